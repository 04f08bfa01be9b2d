package org.coproduction.measures.interval;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The two counts behind a proportion: how many have the outcome (successes) out of how many were counted
 * (trials), such as 70 of 100 respondents with control over their daily life. What a
 * {@link ProportionAccumulator} produces.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ProportionCount implements WithProportionCount, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * How many have the outcome (the numerator).
     *
     * @return the count, 0 to {@link #trials()}
     */
    public abstract long successes();

    /**
     * How many were counted (the denominator).
     *
     * @return the count, at least 0
     */
    public abstract long trials();

    /**
     * Counts for a proportion.
     *
     * @param successes  the numerator, 0 to trials
     * @param trials  the denominator, at least 0
     * @return the counts, not null
     * @throws org.coproduction.core.validation.ValidationException if the numerator is negative or larger
     *     than the denominator
     */
    public static ProportionCount of(long successes, long trials) {
        return ImmutableProportionCount.builder().successes(successes).trials(trials).build();
    }

    /**
     * The proportion successes/trials.
     *
     * @return the proportion, 0 to 1, or NaN when nothing was counted
     */
    public double proportion() {
        return trials() == 0 ? Double.NaN : (double) successes() / trials();
    }

    /**
     * The Wilson score interval at 95% confidence.
     *
     * @return the interval, not null
     * @throws org.coproduction.core.validation.ValidationException if nothing was counted
     */
    public ConfidenceInterval wilson() {
        return Intervals.wilson(successes(), trials());
    }

    /**
     * The Wilson score interval at the given confidence level.
     *
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval, not null
     * @throws org.coproduction.core.validation.ValidationException if nothing was counted or the level is
     *     outside (0, 1)
     */
    public ConfidenceInterval wilson(double confidence) {
        return Intervals.wilson(successes(), trials(), confidence);
    }

    /**
     * Newcombe's interval for the change from an earlier proportion to this one (this − earlier), at 95%.
     *
     * @param earlier  the earlier counts, not null
     * @return the interval for the difference, not null
     * @throws org.coproduction.core.validation.ValidationException if either has nothing counted
     */
    public ConfidenceInterval changeSince(ProportionCount earlier) {
        return Intervals.newcombe(successes(), trials(), earlier.successes(), earlier.trials());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("ProportionCount");
        problems.check(trials() >= 0, "trials", "must not be negative", trials());
        problems.check(successes() >= 0, "successes", "must not be negative", successes());
        problems.check(successes() <= trials() || trials() < 0, "successes",
                "must not be more than trials (" + trials() + ")", successes());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return successes() + " of " + trials();
    }
}
