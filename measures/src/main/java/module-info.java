/**
 * Measures of change: confidence intervals, agreement between raters, disclosure control of published
 * counts, representation of participants against their population; every aggregate is a mergeable
 * {@link org.coproduction.measures.Accumulator}.
 */
module org.coproduction.measures {
    requires transitive org.coproduction.core;
    requires static org.immutables.value.annotations;
    requires org.apache.commons.statistics.distribution;

    exports org.coproduction.measures;
    exports org.coproduction.measures.interval;
    exports org.coproduction.measures.agreement;
    exports org.coproduction.measures.disclosure;
    exports org.coproduction.measures.representation;

    opens org.coproduction.measures.interval to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.agreement to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.disclosure to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.representation to com.fasterxml.jackson.databind;
}
