package org.coproduction.core.disclosure;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * The library's small-number rule: counts below a threshold are suppressed, and published counts are not
 * rounded.
 *
 * <p>The standard threshold is 3, as NHS England's Adult Social Care Outcomes Framework pipeline suppresses
 * a cell of the Survey of Adult Carers in England when its base is below 3 (the {@code carers.py} code of
 * that pipeline, as recorded in the library's measures notes; for the Adult Social Care Survey the
 * pipeline's threshold is not visible, so it is unverified there). Many UK publications use a stricter
 * "fewer than 5"; choose it with {@link #fewerThan(int)}.
 *
 * <p>It suits a single figure that is published on its own or not at all, such as a share of event ratings:
 *
 * <pre>{@code
 * EventFeedback feedback = new EventFeedback(SmallNumberRule.standard());    // no share from fewer than 3
 * EventFeedback stricter = new EventFeedback(SmallNumberRule.fewerThan(5));
 * }</pre>
 *
 * <p>This rule does not round. A demographic profile shows an attribute only when the group with any one
 * person fewer would show the same cells (see {@link org.coproduction.core.participant.DemographicProfile},
 * "Why stability"), and an exact count always changes when one of its people leaves: under this rule a
 * profile shows only attributes whose every cell is suppressed. To publish counts, use a rule that rounds,
 * such as the measures module's {@code DisclosureRule.fewerThan(3).withRoundingBase(5)}.
 *
 * @param threshold  counts strictly below this are suppressed, at least 3 (the documented minimum)
 */
@Stable
public record SmallNumberRule(int threshold) implements DisclosureControl {

    /** The standard threshold: counts below 3 are suppressed (NHS England ASCOF pipeline, carers' survey). */
    public static final int STANDARD_THRESHOLD = 3;

    /**
     * Checks the threshold.
     *
     * @throws org.coproduction.core.validation.ValidationException if the threshold is below {@link #MINIMUM_THRESHOLD} (3)
     */
    public SmallNumberRule {
        Violations.of("SmallNumberRule").check(threshold >= MINIMUM_THRESHOLD, "threshold",
                "must be at least " + MINIMUM_THRESHOLD + " (the documented minimum)", threshold)
                .throwIfAny();
    }

    /**
     * The standard rule: counts below 3 are suppressed.
     *
     * @return the rule, not null
     */
    public static SmallNumberRule standard() {
        return new SmallNumberRule(STANDARD_THRESHOLD);
    }

    /**
     * A rule that suppresses counts below a threshold.
     *
     * @param threshold  counts strictly below this are suppressed, at least 3 ({@link #MINIMUM_THRESHOLD})
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the threshold is below {@link #MINIMUM_THRESHOLD} (3)
     */
    public static SmallNumberRule fewerThan(int threshold) {
        return new SmallNumberRule(threshold);
    }

    /**
     * Says what the rule suppresses.
     *
     * @return a text such as "suppress counts below 3", not null
     */
    @Override
    public String toString() {
        return "suppress counts below " + threshold;
    }
}
