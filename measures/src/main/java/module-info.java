/**
 * Measures of change: indicators with baselines, targets and status; confidence intervals; Adult Social Care
 * Survey measures; adult support and protection measures; participation and feedback-loop closure; social
 * return on investment; agreement between raters; disclosure control of published counts; representation of
 * participants against their population; researchers' CSV tables in; every aggregate is a mergeable
 * {@link org.coproduction.measures.Accumulator}.
 */
module org.coproduction.measures {
    requires transitive org.coproduction.core;
    requires static org.immutables.value.annotations;
    requires org.apache.commons.statistics.distribution;
    requires com.fasterxml.jackson.dataformat.csv;
    requires com.fasterxml.jackson.core;

    exports org.coproduction.measures;
    exports org.coproduction.measures.interval;
    exports org.coproduction.measures.agreement;
    exports org.coproduction.measures.chart;
    exports org.coproduction.measures.disclosure;
    exports org.coproduction.measures.representation;
    exports org.coproduction.measures.indicator;
    exports org.coproduction.measures.loop;
    exports org.coproduction.measures.participation;
    exports org.coproduction.measures.safeguarding;
    exports org.coproduction.measures.sroi;
    exports org.coproduction.measures.survey;
    exports org.coproduction.measures.table;

    opens org.coproduction.measures.interval to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.agreement to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.disclosure to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.representation to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.indicator to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.loop to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.participation to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.safeguarding to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.sroi to com.fasterxml.jackson.databind;
    opens org.coproduction.measures.survey to com.fasterxml.jackson.databind;
}
