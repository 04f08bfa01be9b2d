package org.coproduction.measures.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.interval.ConfidenceInterval;

/**
 * Where an indicator stands against its target on a date, with the reasoning in words so that a board
 * can see why (DESIGN principle 4: every figure explains itself).
 *
 * @param status  the status, not null
 * @param asOf  the date the status was judged on, not null
 * @param reasoning  the rule applied and the numbers it used, in words, not blank
 * @param latest  the observation judged, if there was one
 * @param expected  the value the straight line from baseline to target gives at the latest observation's
 *     date, when the trajectory was used
 * @param change  the 95% Newcombe interval for the change in the proportion from the baseline to the latest
 *     observation, when both carry their counts; it says whether the change is larger than sampling noise,
 *     which the status rule itself does not consider
 */
@Stable
public record IndicatorStatus(Status status, LocalDate asOf, String reasoning, Optional<Observation> latest,
        Optional<BigDecimal> expected, Optional<ConfidenceInterval> change) {

    /**
     * Checks the status.
     *
     * @throws org.coproduction.core.validation.ValidationException if a required field is missing
     */
    public IndicatorStatus {
        Violations.of("IndicatorStatus")
                .check(status != null, "status", "is required")
                .check(asOf != null, "asOf", "is required")
                .check(reasoning != null && !reasoning.isBlank(), "reasoning", "must not be blank", reasoning)
                .throwIfAny();
        latest = Objects.requireNonNullElse(latest, Optional.empty());
        expected = Objects.requireNonNullElse(expected, Optional.empty());
        change = Objects.requireNonNullElse(change, Optional.empty());
    }

    @Override
    public String toString() {
        return status.id() + ": " + reasoning;
    }
}
