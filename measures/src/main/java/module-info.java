/**
 * Module placeholder; see the package documentation.
 */
module org.coproduction.measures {
    requires transitive org.coproduction.core;
    requires static org.immutables.value.annotations;
    requires org.apache.commons.statistics.distribution;

    exports org.coproduction.measures;
    exports org.coproduction.measures.indicator;
    exports org.coproduction.measures.loop;
    exports org.coproduction.measures.participation;
    exports org.coproduction.measures.safeguarding;
    exports org.coproduction.measures.sroi;
    exports org.coproduction.measures.survey;

    opens org.coproduction.measures.indicator to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.loop to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.participation to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.safeguarding to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.sroi to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.survey to com.fasterxml.jackson.databind;
}
