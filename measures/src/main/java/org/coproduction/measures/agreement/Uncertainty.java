package org.coproduction.measures.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.IntervalMethod;

/** The pieces the agreement intervals share: the normal quantile, the z-test and the interval value. */
final class Uncertainty {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Uncertainty() {
    }

    static void checkConfidence(Violations problems, double confidence) {
        problems.check(confidence > 0 && confidence < 1, "confidence", "must be strictly between 0 and 1",
                confidence);
    }

    /** The two-sided normal quantile z(1 − α/2) for a confidence level 1 − α. */
    static double z(double confidence) {
        return STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
    }

    /** The two-sided p-value 2(1 − Φ(|z|)). */
    static double twoSided(double z) {
        return Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)));
    }

    static ConfidenceInterval interval(IntervalMethod method, double estimate, double lower, double upper,
            double confidence, String explanation) {
        return ConfidenceInterval.builder().method(method).source(method.source()).estimate(estimate)
                .lower(lower).upper(upper).confidenceLevel(confidence).explanation(explanation).build();
    }

    static String percent(double confidence) {
        return BigDecimal.valueOf(confidence * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static String p(double p) {
        return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }

    /** The sentence on the z-test, the same for every kappa. */
    static String testSentence(double z, double p) {
        return String.format(Locale.ROOT, "If the raters agreed no more than chance, a coefficient at least this far "
                + "from 0 would arise with probability %s (z = %.4f).",
                p < 0.0001 ? "below 0.0001" : String.format(Locale.ROOT, "%.4f", p), z);
    }
}
