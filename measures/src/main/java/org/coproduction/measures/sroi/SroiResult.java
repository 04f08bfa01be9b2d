package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * The calculated social return of an {@link SroiAnalysis}, with the year-by-year values it came from.
 * Money is rounded to the currency's minor unit and ratios to four decimal places, with the analysis's
 * rounding mode, once, after unrounded arithmetic.
 *
 * @param currency  the currency of every amount, not null
 * @param inputs  the total value of the inputs (year 0, not discounted), not null
 * @param years  the value of all outcomes in each year, not null
 * @param presentValue  PV = Σ value in year t × discount factor for year t, not null
 * @param netPresentValue  NPV = PV − inputs, not null
 * @param ratio  the SROI ratio PV ÷ inputs ("£x of social value for every £1 invested"), not null
 * @param netRatio  the net SROI ratio NPV ÷ inputs, not null
 * @param paybackMonths  inputs ÷ (first-year impact ÷ 12) [U: formula from a secondary source], or empty when
 *     the first year has no impact
 * @param discountSchedule  the identifier of the discount schedule used, not blank
 * @param rounding  the rounding mode used, not null
 */
@Experimental
public record SroiResult(Currency currency, BigDecimal inputs, List<YearValue> years, BigDecimal presentValue,
        BigDecimal netPresentValue, BigDecimal ratio, BigDecimal netRatio, Optional<BigDecimal> paybackMonths,
        String discountSchedule, RoundingMode rounding) {

    /**
     * Checks the result.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part
     */
    public SroiResult {
        paybackMonths = Objects.requireNonNullElse(paybackMonths, Optional.empty());
        Violations.of("SroiResult")
                .check(currency != null, "currency", "is required")
                .check(inputs != null, "inputs", "is required")
                .check(years != null, "years", "is required")
                .check(presentValue != null, "presentValue", "is required")
                .check(netPresentValue != null, "netPresentValue", "is required")
                .check(ratio != null, "ratio", "is required")
                .check(netRatio != null, "netRatio", "is required")
                .check(discountSchedule != null && !discountSchedule.isBlank(), "discountSchedule", "must not be blank")
                .check(rounding != null, "rounding", "is required")
                .throwIfAny();
        years = List.copyOf(years);
    }

    @Override
    public String toString() {
        return "SROI " + ratio.toPlainString() + " : 1 (" + currency.getSymbol() + ratio.setScale(2, rounding).toPlainString()
                + " of social value for every " + currency.getSymbol() + "1 invested); PV " + presentValue.toPlainString()
                + ", inputs " + inputs.toPlainString() + ", NPV " + netPresentValue.toPlainString()
                + paybackMonths.map(m -> ", payback " + m.toPlainString() + " months").orElse("")
                + " (" + discountSchedule + ")";
    }
}
