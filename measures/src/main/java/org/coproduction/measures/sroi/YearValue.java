package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * The value of all outcomes in one year, before and after discounting, rounded for display; the totals of
 * {@link SroiResult} are summed before rounding.
 *
 * <p>The years' present values add up exactly to the result's present value as shown: each year's is the
 * rounded running total of the present value up to that year less the rounded running total up to the year
 * before. So a year's figure can differ by one minor unit (a penny) from rounding that year on its own; the
 * unrounded year value times the discount factor gives the exact figure.
 *
 * @param year  the year, from 1
 * @param value  the impact in the year, undiscounted, not null
 * @param discountFactor  the discount factor, to six decimal places, not null
 * @param presentValue  the discounted value, rounded so that the years add up to the total shown, not null
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
