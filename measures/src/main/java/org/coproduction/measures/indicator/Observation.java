package org.coproduction.measures.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * One value of an indicator for a reporting period, dated at the end of the period it covers.
 *
 * @param date  the last day of the period the value covers, not null
 * @param period  the period's label as published, such as {@code 2023-24}, if there is one
 * @param value  the value in the indicator's unit, not null
 * @param counts  the numerator and denominator behind a proportion, where they are known
 */
@Stable
public record Observation(LocalDate date, Optional<String> period, BigDecimal value, Optional<Share> counts) {

    /**
     * Checks the observation.
     *
     * @throws org.coproduction.core.validation.ValidationException if the date or value is missing
     */
    public Observation {
        Violations.of("Observation")
                .check(date != null, "date", "is required")
                .check(value != null, "value", "is required")
                .throwIfAny();
        period = Objects.requireNonNullElse(period, Optional.empty());
        counts = Objects.requireNonNullElse(counts, Optional.empty());
    }

    /**
     * An observation with a date and a value only.
     *
     * @param date  the last day of the period, not null
     * @param value  the value, such as {@code "72"}, not null
     * @return the observation, not null
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static Observation of(LocalDate date, String value) {
        return new Observation(date, Optional.empty(), new BigDecimal(value), Optional.empty());
    }

    @Override
    public String toString() {
        return value.toPlainString() + " on " + date + period.map(p -> " (" + p + ")").orElse("");
    }
}
