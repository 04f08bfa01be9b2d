package org.coproduction.measures.interval;

import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The count, mean and spread of a set of observations, which is all a t interval needs: what a
 * {@link MeanAccumulator} produces, and what {@link Intervals#mean(MeanSummary, double)} takes.
 *
 * <p>The spread is held as the sum of squared deviations from the mean (Welford's M₂), from which the
 * sample variance is M₂/(n − 1).
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class MeanSummary implements WithMeanSummary, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The number of observations.
     *
     * @return the count, at least 0
     */
    public abstract long count();

    /**
     * The mean of the observations; 0 when there are none.
     *
     * @return the mean
     */
    public abstract double mean();

    /**
     * The sum of squared deviations from the mean, Σ(x − x̄)².
     *
     * @return the sum, at least 0
     */
    public abstract double sumOfSquaredDeviations();

    /**
     * A summary from its parts.
     *
     * @param count  the number of observations, at least 0
     * @param mean  the mean, finite
     * @param sumOfSquaredDeviations  Σ(x − x̄)², at least 0
     * @return the summary, not null
     * @throws org.coproduction.core.validation.ValidationException if a part is out of range
     */
    public static MeanSummary of(long count, double mean, double sumOfSquaredDeviations) {
        return ImmutableMeanSummary.builder().count(count).mean(mean)
                .sumOfSquaredDeviations(sumOfSquaredDeviations).build();
    }

    /**
     * The sample variance, Σ(x − x̄)²/(n − 1).
     *
     * @return the variance, or NaN with fewer than two observations
     */
    public double variance() {
        return count() < 2 ? Double.NaN : sumOfSquaredDeviations() / (count() - 1);
    }

    /**
     * The sample standard deviation, the square root of {@link #variance()}.
     *
     * @return the standard deviation, or NaN with fewer than two observations
     */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /**
     * Student's t interval for the mean at 95% confidence.
     *
     * @return the interval, not null
     * @throws org.coproduction.core.validation.ValidationException with fewer than two observations
     */
    public ConfidenceInterval tInterval() {
        return Intervals.mean(this, Intervals.DEFAULT_CONFIDENCE);
    }

    @Value.Check
    MeanSummary check() {
        Violations problems = Violations.of("MeanSummary");
        problems.check(count() >= 0, "count", "must not be negative", count());
        problems.check(Double.isFinite(mean()), "mean", "must be a finite number", mean());
        problems.check(sumOfSquaredDeviations() >= 0 && Double.isFinite(sumOfSquaredDeviations()),
                "sumOfSquaredDeviations", "must be finite and not negative", sumOfSquaredDeviations());
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withMean(mean() + 0.0).withSumOfSquaredDeviations(sumOfSquaredDeviations() + 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n = %d, mean = %s, sd = %s", count(), Intervals.show(mean()),
                count() < 2 ? "n/a" : Intervals.show(standardDeviation()));
    }
}
