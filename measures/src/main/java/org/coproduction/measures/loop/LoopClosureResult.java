package org.coproduction.measures.loop;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.indicator.Share;

/**
 * How well the feedback loop closes.
 *
 * @param closed  items closed (done and the people told of every outcome, or could not and explained back), of
 *     all items, not null
 * @param resolved  items resolved (done with an outcome recorded, told back or not, or could not and explained
 *     back), of all items: what "closed" meant before closing required telling people; not null
 * @param couldNotExplained  "could not" items whose reason was explained back, of all "could not" items, not
 *     null
 * @param done  items done with every outcome told back
 * @param doneNotYetTold  items done with an outcome recorded whose people have not been told of it yet
 * @param closedWithoutKnownTime  closed items whose raising or closing day is not known exactly, so that they
 *     are not in the times
 * @param medianDaysToClose  the nearest-rank median of whole days to close, if any closed item has a known
 *     time (see {@link DayHistogram} for the definition)
 * @param percentile90DaysToClose  the nearest-rank 90th percentile of days to close, likewise
 * @param daysToClose  how many closed items took each number of days, not null
 */
@Stable
public record LoopClosureResult(Share closed, Share resolved, Share couldNotExplained, long done,
        long doneNotYetTold, long closedWithoutKnownTime,
        Optional<Long> medianDaysToClose, Optional<Long> percentile90DaysToClose, Map<Integer, Long> daysToClose) {

    /**
     * Checks the result and copies the histogram in order of days.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part or negative count
     */
    public LoopClosureResult {
        Violations.of("LoopClosureResult")
                .check(closed != null, "closed", "is required")
                .check(resolved != null, "resolved", "is required")
                .check(couldNotExplained != null, "couldNotExplained", "is required")
                .check(done >= 0, "done", "must not be negative", done)
                .check(doneNotYetTold >= 0, "doneNotYetTold", "must not be negative", doneNotYetTold)
                .check(closedWithoutKnownTime >= 0, "closedWithoutKnownTime", "must not be negative",
                        closedWithoutKnownTime)
                .check(daysToClose != null, "daysToClose", "is required")
                .throwIfAny();
        medianDaysToClose = Objects.requireNonNullElse(medianDaysToClose, Optional.empty());
        percentile90DaysToClose = Objects.requireNonNullElse(percentile90DaysToClose, Optional.empty());
        daysToClose = Collections.unmodifiableMap(new TreeMap<>(daysToClose));
    }

    @Override
    public String toString() {
        return "closed " + closed + "; resolved " + resolved + "; could not, explained back " + couldNotExplained + "; median days to close "
                + medianDaysToClose.map(String::valueOf).orElse("n/a") + ", 90th percentile "
                + percentile90DaysToClose.map(String::valueOf).orElse("n/a") + " (nearest rank)";
    }
}
