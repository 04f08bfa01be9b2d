/**
 * The core of the co-production ladder library: the ladder of co-production and other ladders as data,
 * the crosswalks between them; projects, participants, activities and attendance, and the "you said, we
 * did" feedback loop; validation with every violation named, and the library's JSON mapping.
 *
 * <p>Packages whose name contains {@code internal} are implementation details and are not exported.
 */
module org.coproduction.core {
    requires transitive com.fasterxml.jackson.annotation;
    // Jackson's data binding is needed only by the JSON package (org.coproduction.core.json): a host that
    // reads or writes JSON adds it (the coproduction-json artifact); the domain runs without it.
    requires static transitive com.fasterxml.jackson.databind;
    requires static com.fasterxml.jackson.core;
    requires static com.fasterxml.jackson.datatype.jsr310;
    requires static com.fasterxml.jackson.datatype.jdk8;
    requires static org.immutables.value.annotations;

    exports org.coproduction.core.activity;
    exports org.coproduction.core.api;
    exports org.coproduction.core.disclosure;
    exports org.coproduction.core.feedback;
    exports org.coproduction.core.json;
    exports org.coproduction.core.ladder;
    exports org.coproduction.core.participant;
    exports org.coproduction.core.project;
    exports org.coproduction.core.proportionality;
    exports org.coproduction.core.money;
    exports org.coproduction.core.recompense;
    exports org.coproduction.core.recompense.benefit;
    exports org.coproduction.core.recording;
    exports org.coproduction.core.source;
    exports org.coproduction.core.time;
    exports org.coproduction.core.validation;
    exports org.coproduction.core.value;

    uses org.coproduction.core.json.JsonMigrationProvider;

    opens org.coproduction.core.activity to com.fasterxml.jackson.databind;
    opens org.coproduction.core.feedback to com.fasterxml.jackson.databind;
    opens org.coproduction.core.ladder to com.fasterxml.jackson.databind;
    opens org.coproduction.core.participant to com.fasterxml.jackson.databind;
    opens org.coproduction.core.project to com.fasterxml.jackson.databind;
    opens org.coproduction.core.proportionality to com.fasterxml.jackson.databind;
    opens org.coproduction.core.recording to com.fasterxml.jackson.databind;
    opens org.coproduction.core.time to com.fasterxml.jackson.databind;
    opens org.coproduction.core.source to com.fasterxml.jackson.databind;
    opens org.coproduction.core.money to com.fasterxml.jackson.databind;
    opens org.coproduction.core.recompense to com.fasterxml.jackson.databind;
    opens org.coproduction.core.recompense.benefit to com.fasterxml.jackson.databind;
}
