package org.coproduction.measures.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * The value an indicator should reach by a date.
 *
 * @param date  the date by which the value should be reached, not null
 * @param value  the value to reach, in the indicator's unit, not null
 */
@Stable
public record Target(LocalDate date, BigDecimal value) {

    /**
     * Checks the target.
     *
     * @throws org.coproduction.core.validation.ValidationException if the date or value is missing
     */
    public Target {
        Violations.of("Target")
                .check(date != null, "date", "is required")
                .check(value != null, "value", "is required")
                .throwIfAny();
    }

    /**
     * A target of {@code value} by {@code date}.
     *
     * @param date  the date, not null
     * @param value  the value, such as {@code "70"}, not null
     * @return the target, not null
     * @throws NumberFormatException if the value is not a decimal number
     */
    public static Target of(LocalDate date, String value) {
        return new Target(date, new BigDecimal(value));
    }

    @Override
    public String toString() {
        return value.toPlainString() + " by " + date;
    }
}
