package org.coproduction.measures.survey;

import java.util.Locale;
import java.util.OptionalDouble;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.indicator.Share;

/**
 * A survey proportion with its respondent counts and its survey-weighted sums: the shape of an ASCOF
 * percentage measure such as 1B. The weighted value is Σ weight of respondents in the numerator ÷ Σ weight
 * of respondents in the denominator; with every weight 1 it equals the unweighted share.
 *
 * <p>Weighted sums are added in floating point, so merging parts in another order can change the last
 * digits (about one part in 10<sup>15</sup>); the counts are exact.
 *
 * @param counts  respondents in the numerator and the denominator, not null
 * @param weightedNumerator  the summed weights of respondents in the numerator, at least 0
 * @param weightedDenominator  the summed weights of respondents in the denominator, at least 0
 * @param notAnswered  respondents who left the question blank, and so are in neither count
 */
@Stable
public record WeightedShare(Share counts, double weightedNumerator, double weightedDenominator, long notAnswered)
        implements java.io.Serializable {

    /**
     * Checks the sums.
     *
     * @throws org.coproduction.core.validation.ValidationException if a sum is negative or not finite, or the
     *     weighted numerator exceeds the weighted denominator by more than rounding
     */
    public WeightedShare {
        Violations.of("WeightedShare")
                .check(counts != null, "counts", "is required")
                .check(weightedNumerator >= 0 && Double.isFinite(weightedNumerator), "weightedNumerator",
                        "must be finite and not negative", weightedNumerator)
                .check(weightedDenominator >= 0 && Double.isFinite(weightedDenominator), "weightedDenominator",
                        "must be finite and not negative", weightedDenominator)
                .check(weightedNumerator <= weightedDenominator * (1 + 1e-12), "weightedNumerator",
                        "must not exceed the weighted denominator " + weightedDenominator, weightedNumerator)
                .check(notAnswered >= 0, "notAnswered", "must not be negative", notAnswered)
                .throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals: x + 0.0 makes it 0.0 (IEEE 754).
        weightedNumerator += 0.0;
        weightedDenominator += 0.0;
    }

    /**
     * The weighted percentage, 0 to 100.
     *
     * @return the percentage, or empty when no respondent answered
     */
    public OptionalDouble percent() {
        return weightedDenominator == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * weightedNumerator / weightedDenominator);
    }

    /**
     * The unweighted percentage of respondents, 0 to 100.
     *
     * @return the percentage, or empty when no respondent answered
     */
    public OptionalDouble unweightedPercent() {
        return counts.percent();
    }

    @Override
    public String toString() {
        return counts.numerator() + "/" + counts.denominator() + " respondents"
                + (weightedDenominator == 0 ? " (no data)"
                        : String.format(Locale.ROOT, ", weighted %.1f%%", 100.0 * weightedNumerator / weightedDenominator))
                + ", " + notAnswered + " not answered";
    }
}
