package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * The value of all outcomes in one year, before and after discounting, rounded for display; the totals of
 * {@link SroiResult} are summed before rounding.
 *
 * @param year  the year, from 1
 * @param value  the impact in the year, undiscounted, not null
 * @param discountFactor  the discount factor, to six decimal places, not null
 * @param presentValue  the discounted value, not null
 */
@Experimental
public record YearValue(int year, BigDecimal value, BigDecimal discountFactor, BigDecimal presentValue) {

    /**
     * Checks the year.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public YearValue {
        Violations.of("YearValue")
                .check(year >= 1, "year", "must be at least 1", year)
                .check(value != null, "value", "is required")
                .check(discountFactor != null, "discountFactor", "is required")
                .check(presentValue != null, "presentValue", "is required")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "Year " + year + ": " + value.toPlainString() + " × " + discountFactor.toPlainString() + " = "
                + presentValue.toPlainString();
    }
}
