package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * One line of a sensitivity table: one assumption changed down and up with everything else held, the ratio
 * each change gives, and the value at which the ratio would fall to 1:1 where it can be solved exactly.
 *
 * @param assumption  the assumption changed, such as {@code deadweight} or {@code discount rate}, not blank
 * @param outcomeId  the outcome it belongs to, or empty for the discount schedule
 * @param base  the value in the analysis, not null
 * @param low  the lower value tried, not null
 * @param high  the higher value tried, not null
 * @param ratioAtLow  the SROI ratio with the lower value, not null
 * @param ratioAtHigh  the SROI ratio with the higher value, not null
 * @param breakEven  the value of the assumption that gives a ratio of exactly 1:1, if there is one in the
 *     assumption's valid range and it can be solved exactly (quantities, proxies and the three impact shares,
 *     on which present value depends linearly)
 * @param note  what limited the change, such as a share bounded at 0 or 1
 */
@Experimental
public record SensitivityRow(String assumption, Optional<String> outcomeId, BigDecimal base, BigDecimal low,
        BigDecimal high, BigDecimal ratioAtLow, BigDecimal ratioAtHigh, Optional<BigDecimal> breakEven,
        Optional<String> note) {

    /**
     * Checks the row.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part
     */
    public SensitivityRow {
        outcomeId = Objects.requireNonNullElse(outcomeId, Optional.empty());
        breakEven = Objects.requireNonNullElse(breakEven, Optional.empty());
        note = Objects.requireNonNullElse(note, Optional.empty());
        Violations.of("SensitivityRow")
                .check(assumption != null && !assumption.isBlank(), "assumption", "must not be blank")
                .check(base != null && low != null && high != null, "base", "base, low and high are required")
                .check(ratioAtLow != null && ratioAtHigh != null, "ratioAtLow", "both ratios are required")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return outcomeId.map(o -> o + " ").orElse("") + assumption + " " + base.toPlainString() + ": "
                + low.toPlainString() + " → " + ratioAtLow.toPlainString() + ", " + high.toPlainString() + " → "
                + ratioAtHigh.toPlainString() + breakEven.map(b -> "; 1:1 at " + b.toPlainString()).orElse("")
                + note.map(n -> " (" + n + ")").orElse("");
    }
}
