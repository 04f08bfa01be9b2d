package org.coproduction.core.disclosure;

import org.coproduction.core.api.Stable;

/**
 * A small-number disclosure rule for published counts about people: counts below a threshold are hidden
 * (primary suppression), and the code that applies the rule hides further counts where needed (secondary
 * suppression) so that a hidden count cannot be worked out from the totals.
 *
 * <p>Demographic attributes of participants are read out only through such a rule (see
 * {@link org.coproduction.core.participant.DemographicProfile}). {@link SmallNumberRule} is the library's
 * own rule; the measures module's {@code DisclosureRule} is one too, so a council that publishes its
 * measures under that rule can use the same rule for demographic profiles.
 *
 * <p>Implementations must be immutable.
 */
@Stable
public interface DisclosureControl {

    /**
     * The lowest threshold the library accepts: 3. A threshold of 1 hides nothing (every listed count is at
     * least 1) and 2 hides only single people, whom a reader can then find by elimination. 3 is NHS England's
     * ASCOF pipeline threshold for the Survey of Adult Carers in England (cells with a base below 3 are
     * suppressed, in the pipeline's {@code carers.py}, as the library's measures notes record from its code);
     * no published source seen sets a lower one. Stricter rules (such as fewer than 5) are always allowed.
     */
    int MINIMUM_THRESHOLD = 3;

    /**
     * Counts strictly below this are never published.
     *
     * @return the threshold, at least {@link #MINIMUM_THRESHOLD}
     */
    int threshold();

    /**
     * The base published counts are rounded to, half up (1 for no rounding), as NHS England's ASCOF
     * pipeline rounds counts to the nearest 5. Rounding is what lets a count survive one person leaving the
     * group unchanged (12 and 11 both round to 10), which a demographic profile requires before it shows an
     * attribute; without rounding a profile shows only attributes whose every cell is suppressed.
     *
     * @return the base, at least 1
     */
    default int roundingBase() {
        return 1;
    }
}
