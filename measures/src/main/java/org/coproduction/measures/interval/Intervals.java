package org.coproduction.measures.interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * Change with confidence: confidence intervals and a test for the figures councils report, each
 * returned as a {@link ConfidenceInterval} (or {@link ZTest}) that names its method and reference.
 *
 * <ul>
 *   <li>{@link #wilson} — a proportion, such as the share of respondents with control over daily life
 *       (Wilson score interval; Newcombe 1998b method 3).</li>
 *   <li>{@link #newcombe} — the change between two independent proportions, such as this year against
 *       last (Newcombe 1998a hybrid score, method 10).</li>
 *   <li>{@link #zTest} — the pooled two-proportion z-test of no difference.</li>
 *   <li>{@link #poissonCount}, {@link #poissonRate}, {@link #rateRatio} — counts and rates of events,
 *       such as re-referrals per 1,000 people (exact Garwood limits; exact conditional rate ratio).</li>
 *   <li>{@link #mean}, {@link #pairedChange} — a mean, and a before/after change measured on the same
 *       people (Student's t).</li>
 *   <li>{@link #newcombePaired}, {@link #mcNemar} — a yes/no answer from the same people before and after
 *       (Newcombe 1998c method 10; McNemar's test).</li>
 *   <li>{@link #welch} — the difference between two independent means (Welch's t).</li>
 *   <li>{@link #weightedShare} — a survey share with weights (Wilson with Kish's effective sample size).</li>
 * </ul>
 *
 * <p>The confidence level defaults to 95%; every method has an overload taking another level. Quantiles
 * of the normal, t, chi-square and beta distributions come from Apache Commons Statistics.
 *
 * <pre>{@code
 * Intervals.wilson(81, 263);                 // 0.308 (95% CI 0.2553 to 0.3662)
 * Intervals.newcombe(56, 70, 48, 80);        // 0.2 (95% CI 0.0524 to 0.3339)
 * Intervals.poissonRate(137, 24.19893);      // 5.6614 (95% CI 4.7531 to 6.6927)
 * }</pre>
 */
@Stable
public final class Intervals {

    /** The default confidence level, 95%. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Intervals() {
    }

    // ----------------------------------------------------------------------------------------------
    // Proportions

    /**
     * The Wilson score interval for a proportion at 95% confidence.
     *
     * @param successes  the number of people (or cases) with the outcome, 0 to {@code trials}
     * @param trials  the number asked (the denominator), at least 1
     * @return the interval, within 0 to 1, not null
     * @throws org.coproduction.core.validation.ValidationException if the counts are impossible
     * @see #wilson(long, long, double)
     */
    public static ConfidenceInterval wilson(long successes, long trials) {
        return wilson(successes, trials, DEFAULT_CONFIDENCE);
    }

    /**
     * The Wilson score interval for a proportion (Wilson 1927; Newcombe 1998b, method 3):
     * {@code centre = (p̂ + z²/2n)/(1 + z²/n)}, {@code half-width = z√(p̂(1 − p̂)/n + z²/4n²)/(1 + z²/n)}.
     * It always lies in [0, 1]; with no successes the lower limit is exactly 0, with all successes the upper
     * limit is exactly 1.
     *
     * @param successes  the number with the outcome, 0 to {@code trials}
     * @param trials  the denominator, at least 1
     * @param confidence  the confidence level, strictly between 0 and 1, such as 0.95
     * @return the interval, within 0 to 1, not null
     * @throws org.coproduction.core.validation.ValidationException if the counts are impossible or the level
     *     is outside (0, 1)
     */
    public static ConfidenceInterval wilson(long successes, long trials, double confidence) {
        Violations problems = Violations.of("Wilson interval");
        checkProportion(problems, "", successes, trials);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double[] limits = wilsonLimits(successes, trials, confidence);
        double p = (double) successes / trials;
        return ConfidenceInterval.builder()
                .method(IntervalMethod.WILSON_SCORE)
                .source(IntervalMethod.WILSON_SCORE.source())
                .estimate(p).lower(limits[0]).upper(limits[1]).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "%d of %d (%s%%). With %s%% confidence the underlying proportion lies between %s%% and %s%% "
                                + "(Wilson score interval).",
                        successes, trials, percent(p), percent(confidence), percent(limits[0]), percent(limits[1])))
                .build();
    }

    /**
     * Newcombe's hybrid score interval for the difference p̂₁ − p̂₂ between two independent proportions at
     * 95% confidence.
     *
     * @param successes1  the number with the outcome in the first group (such as "after")
     * @param trials1  the first group's denominator, at least 1
     * @param successes2  the number with the outcome in the second group (such as "before")
     * @param trials2  the second group's denominator, at least 1
     * @return the interval for p̂₁ − p̂₂, within −1 to 1, not null
     * @throws org.coproduction.core.validation.ValidationException if the counts are impossible
     * @see #newcombe(long, long, long, long, double)
     */
    public static ConfidenceInterval newcombe(long successes1, long trials1, long successes2, long trials2) {
        return newcombe(successes1, trials1, successes2, trials2, DEFAULT_CONFIDENCE);
    }

    /**
     * Newcombe's hybrid score interval for a difference of independent proportions (Newcombe 1998a,
     * method 10). With Wilson limits (l₁, u₁) and (l₂, u₂) and D = p̂₁ − p̂₂:
     * {@code lower = D − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)}, {@code upper = D + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)}.
     * Swapping the groups gives (−upper, −lower).
     *
     * @param successes1  the number with the outcome in the first group
     * @param trials1  the first group's denominator, at least 1
     * @param successes2  the number with the outcome in the second group
     * @param trials2  the second group's denominator, at least 1
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for p̂₁ − p̂₂, within −1 to 1, not null
     * @throws org.coproduction.core.validation.ValidationException if the counts are impossible or the level
     *     is outside (0, 1)
     */
    public static ConfidenceInterval newcombe(long successes1, long trials1, long successes2, long trials2,
            double confidence) {
        Violations problems = Violations.of("Newcombe interval");
        checkProportion(problems, "1", successes1, trials1);
        checkProportion(problems, "2", successes2, trials2);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double p1 = (double) successes1 / trials1;
        double p2 = (double) successes2 / trials2;
        double[] w1 = wilsonLimits(successes1, trials1, confidence);
        double[] w2 = wilsonLimits(successes2, trials2, confidence);
        double d = p1 - p2;
        double lower = d - Math.sqrt(square(p1 - w1[0]) + square(w2[1] - p2));
        double upper = d + Math.sqrt(square(w1[1] - p1) + square(p2 - w2[0]));
        return ConfidenceInterval.builder()
                .method(IntervalMethod.NEWCOMBE_HYBRID_SCORE)
                .source(IntervalMethod.NEWCOMBE_HYBRID_SCORE.source())
                .estimate(d).lower(lower).upper(upper).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "%d of %d (%s%%) against %d of %d (%s%%): a difference of %s percentage points. With %s%% "
                                + "confidence the true difference lies between %s and %s percentage points "
                                + "(Newcombe hybrid score interval, method 10)%s.",
                        successes1, trials1, percent(p1), successes2, trials2, percent(p2), percent(d),
                        percent(confidence), percent(lower), percent(upper),
                        lower > 0 ? "; the whole interval is above zero, so this is an increase at this level"
                                : upper < 0 ? "; the whole interval is below zero, so this is a decrease at this level"
                                : "; the interval includes zero, so no change is shown at this level"))
                .build();
    }

    /**
     * The pooled two-proportion z-test of no difference between two independent proportions.
     *
     * @param successes1  the number with the outcome in the first group
     * @param trials1  the first group's denominator, at least 1
     * @param successes2  the number with the outcome in the second group
     * @param trials2  the second group's denominator, at least 1
     * @return the test result, not null
     * @throws org.coproduction.core.validation.ValidationException if the counts are impossible, or if the
     *     pooled proportion is 0 or 1 (then the standard error is zero and there is no test)
     */
    public static ZTest zTest(long successes1, long trials1, long successes2, long trials2) {
        Violations problems = Violations.of("two-proportion z-test");
        checkProportion(problems, "1", successes1, trials1);
        checkProportion(problems, "2", successes2, trials2);
        problems.throwIfAny();
        long pooledSuccesses = successes1 + successes2;
        long pooledTrials = trials1 + trials2;
        problems.check(pooledSuccesses > 0 && pooledSuccesses < pooledTrials, "successes1 + successes2",
                "must be more than 0 and fewer than trials1 + trials2 (" + pooledTrials
                        + "), otherwise the standard error is zero", pooledSuccesses);
        problems.throwIfAny();
        double p1 = (double) successes1 / trials1;
        double p2 = (double) successes2 / trials2;
        double pooled = (double) pooledSuccesses / pooledTrials;
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / trials1 + 1.0 / trials2));
        double z = (p1 - p2) / se;
        double twoSided = Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
        double firstGreater = STANDARD_NORMAL.survivalProbability(z);
        return ZTest.builder()
                .source(IntervalMethod.TWO_PROPORTION_Z_TEST.source())
                .difference(p1 - p2).pooledProportion(pooled).standardError(se).z(z)
                .pValueTwoSided(twoSided).pValueFirstGreater(firstGreater)
                .explanation(String.format(Locale.ROOT,
                        "%d of %d (%s%%) against %d of %d (%s%%): z = %.4f, two-sided %s. If there were no "
                                + "real difference, a gap at least this large would arise by chance with probability %s "
                                + "(pooled two-proportion z-test).",
                        successes1, trials1, percent(p1), successes2, trials2, percent(p2), z, ZTest.pText(twoSided),
                        ZTest.pText(twoSided).substring(4)))
                .build();
    }

    // ----------------------------------------------------------------------------------------------
    // Counts and rates

    /**
     * The exact (Garwood) interval for a Poisson count at 95% confidence.
     *
     * @param count  the number of events, at least 0
     * @return the interval for the expected count, not null
     * @throws org.coproduction.core.validation.ValidationException if the count is negative
     * @see #poissonCount(long, double)
     */
    public static ConfidenceInterval poissonCount(long count) {
        return poissonCount(count, DEFAULT_CONFIDENCE);
    }

    /**
     * The exact (Garwood 1936) interval for a Poisson count x: lower = χ²(α/2; 2x)/2 (0 when x = 0),
     * upper = χ²(1 − α/2; 2x + 2)/2, with quantiles of the chi-square distribution.
     *
     * @param count  the number of events, at least 0
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for the expected count, not null
     * @throws org.coproduction.core.validation.ValidationException if the count is negative or the level is
     *     outside (0, 1)
     */
    public static ConfidenceInterval poissonCount(long count, double confidence) {
        Violations problems = Violations.of("Poisson interval");
        problems.check(count >= 0, "count", "must not be negative", count);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double[] limits = garwood(count, confidence);
        return ConfidenceInterval.builder()
                .method(IntervalMethod.POISSON_EXACT)
                .source(IntervalMethod.POISSON_EXACT.source())
                .estimate(count).lower(limits[0]).upper(limits[1]).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "%d events. With %s%% confidence the expected number lies between %s and %s "
                                + "(exact Poisson interval, Garwood 1936).",
                        count, percent(confidence), show(limits[0]), show(limits[1])))
                .build();
    }

    /**
     * The exact (Garwood) interval for a rate, count per unit of exposure, at 95% confidence.
     *
     * @param count  the number of events, at least 0
     * @param exposure  the exposure (people, person-years, thousands of referrals), positive and finite
     * @return the interval for the rate, not null
     * @throws org.coproduction.core.validation.ValidationException if the count is negative or the exposure
     *     is not positive
     * @see #poissonRate(long, double, double)
     */
    public static ConfidenceInterval poissonRate(long count, double exposure) {
        return poissonRate(count, exposure, DEFAULT_CONFIDENCE);
    }

    /**
     * The exact (Garwood) interval for a rate: the count's Garwood limits divided by the exposure.
     *
     * @param count  the number of events, at least 0
     * @param exposure  the exposure, positive and finite
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for the rate, not null
     * @throws org.coproduction.core.validation.ValidationException if the count is negative, the exposure is
     *     not positive or the level is outside (0, 1)
     */
    public static ConfidenceInterval poissonRate(long count, double exposure, double confidence) {
        Violations problems = Violations.of("Poisson rate interval");
        problems.check(count >= 0, "count", "must not be negative", count);
        checkExposure(problems, "exposure", exposure);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double[] limits = garwood(count, confidence);
        double rate = count / exposure;
        return ConfidenceInterval.builder()
                .method(IntervalMethod.POISSON_EXACT_RATE)
                .source(IntervalMethod.POISSON_EXACT_RATE.source())
                .estimate(rate).lower(limits[0] / exposure).upper(limits[1] / exposure).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "%d events over an exposure of %s: a rate of %s per unit. With %s%% confidence the "
                                + "underlying rate lies between %s and %s (exact Poisson interval, Garwood 1936).",
                        count, show(exposure), show(rate), percent(confidence), show(limits[0] / exposure),
                        show(limits[1] / exposure)))
                .build();
    }

    /**
     * The ratio of two rates with its exact conditional interval, at 95% confidence.
     *
     * @param count1  events in the first group (the numerator rate), at least 0
     * @param exposure1  the first group's exposure, positive
     * @param count2  events in the comparison group, at least 1
     * @param exposure2  the comparison group's exposure, positive
     * @return the interval for (count1/exposure1)/(count2/exposure2), not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative, the comparison
     *     count is zero (no finite ratio) or an exposure is not positive
     * @see #rateRatio(long, double, long, double, double)
     */
    public static ConfidenceInterval rateRatio(long count1, double exposure1, long count2, double exposure2) {
        return rateRatio(count1, exposure1, count2, exposure2, DEFAULT_CONFIDENCE);
    }

    /**
     * The ratio of two Poisson rates with its exact conditional interval (Ederer and Mantel 1974): given the
     * total x₁ + x₂, x₁ is binomial with proportion π = R·e₁/(R·e₁ + e₂); the Clopper-Pearson limits
     * π_L = Beta(α/2; x₁, x₂ + 1) and π_U = Beta(1 − α/2; x₁ + 1, x₂) give R = π/(1 − π) · e₂/e₁.
     *
     * @param count1  events in the first group, at least 0
     * @param exposure1  the first group's exposure, positive and finite
     * @param count2  events in the comparison group, at least 1
     * @param exposure2  the comparison group's exposure, positive and finite
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for the rate ratio, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative, the comparison
     *     count is zero, an exposure is not positive or the level is outside (0, 1)
     */
    public static ConfidenceInterval rateRatio(long count1, double exposure1, long count2, double exposure2,
            double confidence) {
        Violations problems = Violations.of("rate ratio interval");
        problems.check(count1 >= 0, "count1", "must not be negative", count1);
        problems.check(count2 >= 1, "count2", "must be at least 1, otherwise the ratio has no finite value", count2);
        checkExposure(problems, "exposure1", exposure1);
        checkExposure(problems, "exposure2", exposure2);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double alpha = 1 - confidence;
        double piLower = count1 == 0 ? 0 : BetaDistribution.of(count1, count2 + 1.0)
                .inverseCumulativeProbability(alpha / 2);
        double piUpper = BetaDistribution.of(count1 + 1.0, count2).inverseSurvivalProbability(alpha / 2);
        double scale = exposure2 / exposure1;
        double ratio = (count1 / exposure1) / (count2 / exposure2);
        double lower = piLower / (1 - piLower) * scale;
        double upper = piUpper / (1 - piUpper) * scale;
        return ConfidenceInterval.builder()
                .method(IntervalMethod.RATE_RATIO_EXACT_CONDITIONAL)
                .source(IntervalMethod.RATE_RATIO_EXACT_CONDITIONAL.source())
                .estimate(ratio).lower(lower).upper(upper).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "A rate of %d per %s against %d per %s: a rate ratio of %s. With %s%% confidence the true "
                                + "ratio lies between %s and %s (exact conditional interval)%s.",
                        count1, show(exposure1), count2, show(exposure2), show(ratio), percent(confidence),
                        show(lower), show(upper),
                        lower > 1 ? "; the first rate is higher at this level"
                                : upper < 1 ? "; the first rate is lower at this level"
                                : "; the interval includes 1, so no difference is shown at this level"))
                .build();
    }

    // ----------------------------------------------------------------------------------------------
    // Means

    /**
     * Student's t interval for a mean at 95% confidence.
     *
     * @param values  the observations, at least two, all finite
     * @return the interval for the mean, not null
     * @throws org.coproduction.core.validation.ValidationException if there are fewer than two values or a
     *     value is not finite
     * @see #mean(MeanSummary, double)
     */
    public static ConfidenceInterval mean(double... values) {
        return mean(summarise("values", values), DEFAULT_CONFIDENCE);
    }

    /**
     * Student's t interval for a mean (Student 1908): x̄ ± t(1 − α/2; n − 1)·s/√n, from a summary that
     * can come from a {@link MeanAccumulator}.
     *
     * @param summary  the count, mean and spread of the observations, not null; at least two observations
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for the mean, not null
     * @throws org.coproduction.core.validation.ValidationException if there are fewer than two observations
     *     or the level is outside (0, 1)
     */
    public static ConfidenceInterval mean(MeanSummary summary, double confidence) {
        return tInterval(summary, confidence, IntervalMethod.T_MEAN, "mean");
    }

    /**
     * Student's paired t interval for the mean change after − before, measured on the same people, at 95%
     * confidence.
     *
     * @param before  each person's value before, not null
     * @param after  each person's value after, in the same order, not null, the same length
     * @return the interval for the mean change, not null
     * @throws org.coproduction.core.validation.ValidationException if the lengths differ, there are fewer
     *     than two pairs or a value is not finite
     * @see #pairedChange(double[], double[], double)
     */
    public static ConfidenceInterval pairedChange(double[] before, double[] after) {
        return pairedChange(before, after, DEFAULT_CONFIDENCE);
    }

    /**
     * Student's paired t interval for the mean change after − before (Student 1908): the t interval for the
     * mean of the differences.
     *
     * @param before  each person's value before, not null
     * @param after  each person's value after, in the same order, not null, the same length
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for the mean change, not null
     * @throws org.coproduction.core.validation.ValidationException if the lengths differ, there are fewer
     *     than two pairs, a value is not finite or the level is outside (0, 1)
     */
    public static ConfidenceInterval pairedChange(double[] before, double[] after, double confidence) {
        Violations problems = Violations.of("paired change");
        problems.check(before.length == after.length, "after", "must have as many values as before ("
                + before.length + ")", after.length);
        problems.throwIfAny();
        double[] differences = new double[before.length];
        for (int i = 0; i < before.length; i++) {
            differences[i] = after[i] - before[i];
        }
        return tInterval(summarise("after − before", differences), confidence, IntervalMethod.T_PAIRED_CHANGE,
                "mean change (after − before)");
    }

    private static ConfidenceInterval tInterval(MeanSummary summary, double confidence, IntervalMethod method,
            String what) {
        Violations problems = Violations.of(method.displayName());
        problems.check(summary.count() >= 2, "count", "must be at least 2 for a t interval", summary.count());
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double sd = summary.standardDeviation();
        double se = sd / Math.sqrt(summary.count());
        double t = TDistribution.of(summary.count() - 1.0).inverseSurvivalProbability((1 - confidence) / 2);
        double lower = summary.mean() - t * se;
        double upper = summary.mean() + t * se;
        return ConfidenceInterval.builder()
                .method(method).source(method.source())
                .estimate(summary.mean()).lower(lower).upper(upper).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "A %s of %s from %d observations (standard deviation %s). With %s%% confidence the "
                                + "underlying %s lies between %s and %s (%s, %d degrees of freedom).",
                        what, show(summary.mean()), summary.count(), show(sd), percent(confidence), what,
                        show(lower), show(upper), method.displayName(), summary.count() - 1))
                .build();
    }

    private static MeanSummary summarise(String path, double[] values) {
        Violations problems = Violations.of("mean");
        for (int i = 0; i < values.length; i++) {
            problems.check(Double.isFinite(values[i]), path + "[" + i + "]", "must be a finite number", values[i]);
        }
        problems.throwIfAny();
        MeanAccumulator accumulator = new MeanAccumulator();
        for (double value : values) {
            accumulator.add(value);
        }
        return accumulator.result();
    }

    // ----------------------------------------------------------------------------------------------
    // Paired proportions, two means, weighted shares

    /**
     * Newcombe's interval for the difference between two paired proportions, at 95% confidence.
     *
     * @param yesBoth  people with the outcome both times (a)
     * @param yesFirstOnly  people with the outcome the first time only (b)
     * @param yesSecondOnly  people with the outcome the second time only (c)
     * @param noBoth  people with the outcome neither time (d)
     * @return the interval for p_first − p_second = (b − c)/n, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative or all are 0
     * @see #newcombePaired(long, long, long, long, double)
     */
    public static ConfidenceInterval newcombePaired(long yesBoth, long yesFirstOnly, long yesSecondOnly, long noBoth) {
        return newcombePaired(yesBoth, yesFirstOnly, yesSecondOnly, noBoth, DEFAULT_CONFIDENCE);
    }

    /**
     * Newcombe's score interval for the difference between two paired proportions, the same people asked
     * twice (Newcombe 1998c, method 10). With the 2 × 2 table a, b, c, d (yes/yes, yes/no, no/yes, no/no),
     * n = a + b + c + d, p₁ = (a + b)/n, p₂ = (a + c)/n and D = p₁ − p₂, take the Wilson limits (l₁, u₁) and
     * (l₂, u₂) of p₁ and p₂ and the correlation correction φ = C/√((a + b)(c + d)(a + c)(b + d)), where
     * C = ad − bc − n/2 if ad − bc &gt; n/2, C = ad − bc if it is negative, and C = 0 otherwise (φ = 0 when the
     * square root is 0):
     * {@code lower = D − √((p₁ − l₁)² − 2φ(p₁ − l₁)(u₂ − p₂) + (u₂ − p₂)²)},
     * {@code upper = D + √((p₂ − l₂)² − 2φ(p₂ − l₂)(u₁ − p₁) + (u₁ − p₁)²)}.
     *
     * @param yesBoth  people with the outcome both times (a)
     * @param yesFirstOnly  people with the outcome the first time only (b)
     * @param yesSecondOnly  people with the outcome the second time only (c)
     * @param noBoth  people with the outcome neither time (d)
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for p_first − p_second, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative, all are 0, or the
     *     level is outside (0, 1)
     */
    public static ConfidenceInterval newcombePaired(long yesBoth, long yesFirstOnly, long yesSecondOnly, long noBoth,
            double confidence) {
        Violations problems = Violations.of("Newcombe paired interval");
        problems.check(yesBoth >= 0, "yesBoth", "must not be negative", yesBoth);
        problems.check(yesFirstOnly >= 0, "yesFirstOnly", "must not be negative", yesFirstOnly);
        problems.check(yesSecondOnly >= 0, "yesSecondOnly", "must not be negative", yesSecondOnly);
        problems.check(noBoth >= 0, "noBoth", "must not be negative", noBoth);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        long n = yesBoth + yesFirstOnly + yesSecondOnly + noBoth;
        problems.check(n > 0, "yesBoth + yesFirstOnly + yesSecondOnly + noBoth", "must be at least 1", n);
        problems.throwIfAny();
        long first = yesBoth + yesFirstOnly;
        long second = yesBoth + yesSecondOnly;
        double p1 = (double) first / n;
        double p2 = (double) second / n;
        double[] w1 = wilsonLimits(first, n, confidence);
        double[] w2 = wilsonLimits(second, n, confidence);
        double phi = pairedCorrelation(yesBoth, yesFirstOnly, yesSecondOnly, noBoth);
        double d = p1 - p2;
        double lowerFirst = p1 - w1[0];
        double upperSecond = w2[1] - p2;
        double lowerSecond = p2 - w2[0];
        double upperFirst = w1[1] - p1;
        double lower = d - Math.sqrt(Math.max(0, square(lowerFirst) - 2 * phi * lowerFirst * upperSecond
                + square(upperSecond)));
        double upper = d + Math.sqrt(Math.max(0, square(lowerSecond) - 2 * phi * lowerSecond * upperFirst
                + square(upperFirst)));
        return ConfidenceInterval.builder()
                .method(IntervalMethod.NEWCOMBE_PAIRED_SCORE)
                .source(IntervalMethod.NEWCOMBE_PAIRED_SCORE.source())
                .estimate(d).lower(lower).upper(upper).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "The same %d people asked twice: %d (%s%%) had the outcome the first time and %d (%s%%) the "
                                + "second; %d changed one way and %d the other. A difference of %s percentage points; "
                                + "with %s%% confidence the true difference lies between %s and %s percentage points "
                                + "(Newcombe paired score interval, method 10)%s.",
                        n, first, percent(p1), second, percent(p2), yesFirstOnly, yesSecondOnly, percent(d),
                        percent(confidence), percent(lower), percent(upper), verdict(lower, upper)))
                .build();
    }

    /** Newcombe's (1998c) φ: the correlation of the paired answers, shrunk towards 0 as he prescribes. */
    private static double pairedCorrelation(long a, long b, long c, long d) {
        double n = a + b + c + d;
        double product = (double) (a + b) * (c + d) * (a + c) * (b + d);
        if (product == 0) {
            return 0;
        }
        double cross = (double) a * d - (double) b * c;
        double corrected = cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0;
        return corrected / Math.sqrt(product);
    }

    private static String verdict(double lower, double upper) {
        return lower > 0 ? "; the whole interval is above zero, so this is an increase at this level"
                : upper < 0 ? "; the whole interval is below zero, so this is a decrease at this level"
                : "; the interval includes zero, so no change is shown at this level";
    }

    /**
     * McNemar's test of no change between two paired proportions (McNemar 1947), from the people who changed:
     * χ² = (b − c)²/(b + c), one degree of freedom, no continuity correction.
     *
     * @param yesFirstOnly  people with the outcome the first time only (b)
     * @param yesSecondOnly  people with the outcome the second time only (c)
     * @return the test, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative or nobody changed
     */
    public static McNemarTest mcNemar(long yesFirstOnly, long yesSecondOnly) {
        Violations problems = Violations.of("McNemar's test");
        problems.check(yesFirstOnly >= 0, "yesFirstOnly", "must not be negative", yesFirstOnly);
        problems.check(yesSecondOnly >= 0, "yesSecondOnly", "must not be negative", yesSecondOnly);
        problems.throwIfAny();
        problems.check(yesFirstOnly + yesSecondOnly > 0, "yesFirstOnly + yesSecondOnly",
                "must be at least 1: with nobody changing there is nothing to test", 0);
        problems.throwIfAny();
        double b = yesFirstOnly;
        double c = yesSecondOnly;
        double chiSquare = square(b - c) / (b + c);
        double p = ChiSquaredDistribution.of(1).survivalProbability(chiSquare);
        return McNemarTest.builder()
                .yesFirstOnly(yesFirstOnly).yesSecondOnly(yesSecondOnly).chiSquare(chiSquare).pValue(p)
                .explanation(String.format(Locale.ROOT,
                        "%d people changed from having the outcome to not and %d the other way. If there were no "
                                + "real change, a split at least this uneven would arise by chance with probability %s "
                                + "(McNemar's test, chi-square %.4f, 1 degree of freedom).",
                        yesFirstOnly, yesSecondOnly, ZTest.pText(p).startsWith("p <") ? "below 0.0001"
                                : String.format(Locale.ROOT, "%.4f", p), chiSquare))
                .build();
    }

    /**
     * Welch's t interval for the difference between two independent means, at 95% confidence.
     *
     * @param first  the first group's observations, at least two, all finite
     * @param second  the second group's observations, at least two, all finite
     * @return the interval for mean(first) − mean(second), not null
     * @throws org.coproduction.core.validation.ValidationException if a group has fewer than two values, a
     *     value is not finite, or both groups have no spread
     * @see #welch(MeanSummary, MeanSummary, double)
     */
    public static ConfidenceInterval welch(double[] first, double[] second) {
        return welch(summarise("first", first), summarise("second", second), DEFAULT_CONFIDENCE);
    }

    /**
     * Welch's t interval for the difference of two independent means with unequal variances (Welch 1947):
     * D = x̄₁ − x̄₂, SE = √(s₁²/n₁ + s₂²/n₂), degrees of freedom
     * ν = SE⁴ / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1)) (Welch-Satterthwaite), interval D ± t(1 − α/2; ν)·SE.
     * The summaries can come from two {@link MeanAccumulator}s.
     *
     * @param first  the first group's summary, at least two observations
     * @param second  the second group's summary, at least two observations
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for mean(first) − mean(second), not null
     * @throws org.coproduction.core.validation.ValidationException if a group has fewer than two observations,
     *     both have no spread, or the level is outside (0, 1)
     */
    public static ConfidenceInterval welch(MeanSummary first, MeanSummary second, double confidence) {
        Violations problems = Violations.of(IntervalMethod.WELCH_T.displayName());
        problems.check(first.count() >= 2, "first.count", "must be at least 2", first.count());
        problems.check(second.count() >= 2, "second.count", "must be at least 2", second.count());
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double v1 = first.variance() / first.count();
        double v2 = second.variance() / second.count();
        problems.check(v1 + v2 > 0, "first, second", "must not both have every value the same: the standard error "
                + "is then 0");
        problems.throwIfAny();
        double se = Math.sqrt(v1 + v2);
        double df = square(v1 + v2) / (square(v1) / (first.count() - 1) + square(v2) / (second.count() - 1));
        double t = TDistribution.of(df).inverseSurvivalProbability((1 - confidence) / 2);
        double d = first.mean() - second.mean();
        double lower = d - t * se;
        double upper = d + t * se;
        return ConfidenceInterval.builder()
                .method(IntervalMethod.WELCH_T).source(IntervalMethod.WELCH_T.source())
                .estimate(d).lower(lower).upper(upper).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "A mean of %s from %d observations against %s from %d: a difference of %s, standard error %s. "
                                + "With %s%% confidence the true difference lies between %s and %s (Welch's t interval, "
                                + "%s degrees of freedom)%s.",
                        show(first.mean()), first.count(), show(second.mean()), second.count(), show(d), show(se),
                        percent(confidence), show(lower), show(upper), show(df),
                        lower > 0 ? "; the first mean is higher at this level"
                                : upper < 0 ? "; the first mean is lower at this level"
                                : "; the interval includes zero, so no difference is shown at this level"))
                .build();
    }

    /**
     * The Wilson interval for a weighted share with Kish's effective sample size, at 95% confidence.
     *
     * @param weights  each respondent's survey weight, positive and finite
     * @param outcomes  whether each respondent has the outcome, in the same order, the same length
     * @return the interval for the weighted share, not null
     * @throws org.coproduction.core.validation.ValidationException if the lengths differ, there are no
     *     respondents, or a weight is not positive and finite
     * @see #weightedShare(double, double, double, double)
     */
    public static ConfidenceInterval weightedShare(double[] weights, boolean[] outcomes) {
        Violations problems = Violations.of("weighted share");
        problems.check(weights.length == outcomes.length, "outcomes",
                "must have one entry per weight (" + weights.length + ")", outcomes.length);
        problems.check(weights.length > 0, "weights", "must have at least one respondent", weights.length);
        for (int i = 0; i < weights.length; i++) {
            problems.check(weights[i] > 0 && Double.isFinite(weights[i]), "weights[" + i + "]",
                    "must be positive and finite", weights[i]);
        }
        problems.throwIfAny();
        double yes = 0;
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            sumOfSquares += weights[i] * weights[i];
            yes += outcomes[i] ? weights[i] : 0;
        }
        return weightedShare(yes, sum, sumOfSquares, DEFAULT_CONFIDENCE);
    }

    /**
     * The Wilson score interval for a weighted share p_w = Σw·y/Σw, with Kish's effective sample size
     * n_eff = (Σw)²/Σw² in place of the number of respondents (Kish 1965, 1992). Unequal weights make n_eff
     * smaller than the number of respondents by Kish's design effect 1 + CV² of the weights, and so widen the
     * interval; equal weights give the plain Wilson interval. This accounts for the weighting only, not for
     * clustering or stratification, which the weights alone cannot show.
     *
     * @param weightedSuccesses  Σw over respondents with the outcome, 0 to {@code sumOfWeights}
     * @param sumOfWeights  Σw over all respondents, positive
     * @param sumOfSquaredWeights  Σw² over all respondents, positive, and no more than (Σw)²
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval for the weighted share, not null
     * @throws org.coproduction.core.validation.ValidationException if the sums are impossible or the level is
     *     outside (0, 1)
     */
    public static ConfidenceInterval weightedShare(double weightedSuccesses, double sumOfWeights,
            double sumOfSquaredWeights, double confidence) {
        Violations problems = Violations.of("weighted share");
        problems.check(sumOfWeights > 0 && Double.isFinite(sumOfWeights), "sumOfWeights",
                "must be positive and finite", sumOfWeights);
        problems.check(weightedSuccesses >= 0 && weightedSuccesses <= sumOfWeights * (1 + 1e-12),
                "weightedSuccesses", "must be 0 to sumOfWeights (" + sumOfWeights + ")", weightedSuccesses);
        problems.check(sumOfSquaredWeights > 0 && sumOfSquaredWeights <= sumOfWeights * sumOfWeights * (1 + 1e-12),
                "sumOfSquaredWeights", "must be positive and no more than sumOfWeights² ("
                        + sumOfWeights * sumOfWeights + ")", sumOfSquaredWeights);
        checkConfidence(problems, confidence);
        problems.throwIfAny();
        double p = Math.min(1, weightedSuccesses / sumOfWeights);
        double effective = sumOfWeights * sumOfWeights / sumOfSquaredWeights;
        double[] limits = wilsonLimits(p, effective, confidence);
        return ConfidenceInterval.builder()
                .method(IntervalMethod.WILSON_KISH).source(IntervalMethod.WILSON_KISH.source())
                .estimate(p).lower(limits[0]).upper(limits[1]).confidenceLevel(confidence)
                .explanation(String.format(Locale.ROOT,
                        "A weighted share of %s%%. The weights are worth an effective %s respondents (Kish); with %s%% "
                                + "confidence the underlying share lies between %s%% and %s%% (Wilson score interval "
                                + "with Kish's effective sample size; weighting only, not clustering).",
                        percent(p), show(effective), percent(confidence), percent(limits[0]), percent(limits[1])))
                .build();
    }

    // ----------------------------------------------------------------------------------------------
    // Shared pieces

    /** The Wilson limits as {lower, upper}; x = 0 and x = n give exact 0 and 1. */
    static double[] wilsonLimits(long successes, long trials, double confidence) {
        return wilsonLimits((double) successes / trials, trials, confidence);
    }

    /** The Wilson limits for a proportion p of n (n need not be whole); p = 0 and p = 1 give exact 0 and 1. */
    private static double[] wilsonLimits(double p, double n, double confidence) {
        double z = STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        double lower = p == 0 ? 0 : Math.max(0, centre - half);
        double upper = p == 1 ? 1 : Math.min(1, centre + half);
        // Rounding can put a limit a hair past the estimate when the interval is very narrow.
        return new double[] {Math.min(lower, p), Math.max(upper, p)};
    }

    private static double[] garwood(long count, double confidence) {
        double alpha = 1 - confidence;
        double lower = count == 0 ? 0
                : ChiSquaredDistribution.of(2.0 * count).inverseCumulativeProbability(alpha / 2) / 2;
        double upper = ChiSquaredDistribution.of(2.0 * count + 2).inverseSurvivalProbability(alpha / 2) / 2;
        return new double[] {Math.min(lower, count), Math.max(upper, count)};
    }

    static void checkProportion(Violations problems, String suffix, long successes, long trials) {
        problems.check(trials >= 1, "trials" + suffix, "must be at least 1", trials);
        problems.check(successes >= 0, "successes" + suffix, "must not be negative", successes);
        problems.check(successes <= trials || trials < 1, "successes" + suffix,
                "must not be more than trials" + suffix + " (" + trials + ")", successes);
    }

    static void checkConfidence(Violations problems, double confidence) {
        problems.check(confidence > 0 && confidence < 1, "confidence", "must be strictly between 0 and 1",
                confidence);
    }

    private static void checkExposure(Violations problems, String path, double exposure) {
        problems.check(exposure > 0 && Double.isFinite(exposure), path, "must be positive and finite", exposure);
    }

    private static double square(double x) {
        return x * x;
    }

    /** A proportion as a percentage with one decimal place, half up, as ASCOF outcomes are published. */
    static String percent(double proportion) {
        return BigDecimal.valueOf(proportion * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    /** A figure with four decimal places, for explanations and {@code toString()}. */
    static String show(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
