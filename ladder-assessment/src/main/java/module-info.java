/**
 * Ladder assessment: place a project on a rung of the ladder from evidence, explain why, and show what it
 * would take to climb.
 *
 * <ul>
 * <li>{@code instrument}: assessment instruments as data, and the shipped presets;</li>
 * <li>{@code evidence}: answers, their evidence and origin, and answers derived from a project's record;</li>
 * <li>{@code placement}: the placement rule, the explanation, profiles and the gap to a target rung;</li>
 * <li>{@code perspective}: lived-experience and professional answers compared and combined;</li>
 * <li>{@code history}: dated assessments of one project as a trajectory;</li>
 * <li>{@code picture}: an accessible SVG of the ladder with a text alternative;</li>
 * <li>{@code audit}: audit-style instruments that give a profile with totals and the weakest areas, not a rung.</li>
 * </ul>
 */
module org.coproduction.assessment {
    requires transitive org.coproduction.core;
    requires static org.immutables.value.annotations;

    exports org.coproduction.assessment;
    exports org.coproduction.assessment.instrument;
    exports org.coproduction.assessment.evidence;
    exports org.coproduction.assessment.placement;
    exports org.coproduction.assessment.perspective;
    exports org.coproduction.assessment.history;
    exports org.coproduction.assessment.picture;
    exports org.coproduction.assessment.audit;

    opens org.coproduction.assessment.instrument to com.fasterxml.jackson.databind;
    opens org.coproduction.assessment.evidence to com.fasterxml.jackson.databind;
    opens org.coproduction.assessment.placement to com.fasterxml.jackson.databind;
    opens org.coproduction.assessment.perspective to com.fasterxml.jackson.databind;
    opens org.coproduction.assessment.history to com.fasterxml.jackson.databind;
    opens org.coproduction.assessment.audit to com.fasterxml.jackson.databind;
}
