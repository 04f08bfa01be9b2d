package org.coproduction.measures.interval;

import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A figure with its confidence interval: the point estimate, the lower and upper limits, the confidence
 * level, the method that produced them with its reference, and a sentence a board member can read.
 *
 * <p>Build one with {@link Intervals}, for example {@code Intervals.wilson(81, 263)}.
 *
 * <pre>{@code
 * Intervals.wilson(81, 263)   // 0.308 (95% CI 0.2553 to 0.3662), Wilson score interval
 * }</pre>
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ConfidenceInterval implements WithConfidenceInterval {

    /**
     * The method used, such as the Wilson score interval.
     *
     * @return the method, not null
     */
    public abstract IntervalMethod method();

    /**
     * The publication that defines the method.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The point estimate: a proportion (0 to 1), a difference of proportions (−1 to 1), a count, a rate,
     * a rate ratio or a mean, as the method says.
     *
     * @return the estimate
     */
    public abstract double estimate();

    /**
     * The lower confidence limit.
     *
     * @return the lower limit, at most the estimate
     */
    public abstract double lower();

    /**
     * The upper confidence limit.
     *
     * @return the upper limit, at least the estimate
     */
    public abstract double upper();

    /**
     * The confidence level, such as 0.95 for a 95% interval.
     *
     * @return the level, strictly between 0 and 1
     */
    public abstract double confidenceLevel();

    /**
     * What the interval says, in plain English, with the inputs that produced it.
     *
     * @return the explanation, not blank
     */
    public abstract String explanation();

    /**
     * A builder, for reading stored results; use {@link Intervals} to compute one.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ConfidenceInterval} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableConfidenceInterval.Builder {
        Builder() {
        }
    }

    /**
     * Whether a value lies inside the interval, limits included.
     *
     * @param value  the value to test
     * @return true if {@code lower() <= value <= upper()}
     */
    public boolean contains(double value) {
        return lower() <= value && value <= upper();
    }

    /**
     * Whether the whole interval lies on one side of zero: for a difference, evidence of an increase (or a
     * decrease) at this confidence level.
     *
     * @return true if the lower limit is above zero or the upper limit below it
     */
    public boolean excludesZero() {
        return lower() > 0 || upper() < 0;
    }

    @Value.Check
    ConfidenceInterval check() {
        Violations problems = Violations.of("ConfidenceInterval");
        problems.check(confidenceLevel() > 0 && confidenceLevel() < 1, "confidenceLevel",
                "must be strictly between 0 and 1", confidenceLevel());
        problems.check(Double.isFinite(estimate()), "estimate", "must be a finite number", estimate());
        problems.check(Double.isFinite(lower()), "lower", "must be a finite number", lower());
        problems.check(Double.isFinite(upper()), "upper", "must be a finite number", upper());
        problems.check(lower() <= estimate(), "lower", "must not be above the estimate " + estimate(), lower());
        problems.check(estimate() <= upper(), "upper", "must not be below the estimate " + estimate(), upper());
        problems.notBlank(explanation(), "explanation");
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withEstimate(estimate() + 0.0).withLower(lower() + 0.0).withUpper(upper() + 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s%% CI %s to %s), %s", Intervals.show(estimate()),
                Intervals.show(confidenceLevel() * 100), Intervals.show(lower()), Intervals.show(upper()),
                method().displayName());
    }
}
