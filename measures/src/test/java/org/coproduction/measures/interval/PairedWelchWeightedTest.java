package org.coproduction.measures.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Paired proportions (Newcombe's method 10 and McNemar's test), Welch's interval and the weighted share,
 * each against a published output or an independent calculation written out here.
 */
class PairedWelchWeightedTest {

    private static final double Z95 = 1.959963984540054;

    /** The Wilson limits, written out from Wilson (1927) for this test. */
    private static double[] wilson(double x, double n) {
        double p = x / n;
        double centre = (p + Z95 * Z95 / (2 * n)) / (1 + Z95 * Z95 / n);
        double half = Z95 / (1 + Z95 * Z95 / n) * Math.sqrt(p * (1 - p) / n + Z95 * Z95 / (4 * n * n));
        return new double[] {x == 0 ? 0 : centre - half, x == n ? 1 : centre + half};
    }

    /** Newcombe's paired method 10, written out afresh from its definition, for tables without empty margins. */
    private static double[] newcombePaired(double a, double b, double c, double d) {
        double n = a + b + c + d;
        double p1 = (a + b) / n;
        double p2 = (a + c) / n;
        double[] w1 = wilson(a + b, n);
        double[] w2 = wilson(a + c, n);
        double cross = a * d - b * c;
        double corrected = cross > n / 2 ? cross - n / 2 : Math.min(cross, 0);
        double phi = corrected / Math.sqrt((a + b) * (c + d) * (a + c) * (b + d));
        double dl = Math.hypot(p1 - w1[0], w2[1] - p2);
        double du = Math.hypot(p2 - w2[0], w1[1] - p1);
        double lower = p1 - p2 - Math.sqrt(dl * dl - 2 * phi * (p1 - w1[0]) * (w2[1] - p2));
        double upper = p1 - p2 + Math.sqrt(du * du - 2 * phi * (p2 - w2[0]) * (w1[1] - p1));
        return new double[] {p1 - p2, lower, upper};
    }

    @Test
    void newcombe_paired_matches_the_cavo_example_of_fagerland_lydersen_and_laake() {
        // Cavo et al. (2012), complete response before and after consolidation therapy, [[59, 6], [16, 80]];
        // the contingencytables package (Fagerland, Lydersen and Laake) prints, in its tests,
        // "estimate = -0.0621 (95% CI -0.1186 to -0.0046)".
        ConfidenceInterval ci = Intervals.newcombePaired(59, 6, 16, 80);
        assertEquals(-0.0621, ci.estimate(), 5e-5);
        assertEquals(-0.1186, ci.lower(), 5e-5);
        assertEquals(-0.0046, ci.upper(), 5e-5);
        double[] independent = newcombePaired(59, 6, 16, 80);
        assertEquals(independent[0], ci.estimate(), 1e-12);
        assertEquals(independent[1], ci.lower(), 1e-9);
        assertEquals(independent[2], ci.upper(), 1e-9);
        assertEquals(IntervalMethod.NEWCOMBE_PAIRED_SCORE, ci.method());
        assertTrue(ci.explanation().contains("decrease"), ci.explanation());
    }

    @Test
    void newcombe_paired_table_ii_example_a() {
        // Newcombe (1998c) Table II, example (a): a = 36, b = 12, c = 2, d = 0, θ = 0.2; method 10 gives
        // 0.0569 to 0.3404 (as recalled from the paper, which was not read here; the independent calculation
        // below carries the check to 1e-9). Here ad − bc = −24 < 0, so φ = −24/√(48·2·38·12).
        ConfidenceInterval ci = Intervals.newcombePaired(36, 12, 2, 0);
        assertEquals(0.2, ci.estimate(), 1e-12);
        assertEquals(0.0569, ci.lower(), 5e-5);
        assertEquals(0.3404, ci.upper(), 5e-5);
        double[] w1 = wilson(48, 50);
        double[] w2 = wilson(38, 50);
        double phi = -24 / Math.sqrt(48.0 * 2 * 38 * 12);
        double lower = 0.2 - Math.sqrt(Math.pow(0.96 - w1[0], 2) - 2 * phi * (0.96 - w1[0]) * (w2[1] - 0.76)
                + Math.pow(w2[1] - 0.76, 2));
        double upper = 0.2 + Math.sqrt(Math.pow(0.76 - w2[0], 2) - 2 * phi * (0.76 - w2[0]) * (w1[1] - 0.96)
                + Math.pow(w1[1] - 0.96, 2));
        assertEquals(lower, ci.lower(), 1e-9);
        assertEquals(upper, ci.upper(), 1e-9);
        // The same table read as before/after answers: after − before.
        PairedCount answers = PairedCount.of(36, 2, 12, 0);
        assertEquals(ci, answers.change());
        assertEquals(ProportionCount.of(38, 50), answers.before());
        assertEquals(ProportionCount.of(48, 50), answers.after());
    }

    @Test
    void newcombe_paired_with_an_empty_margin_uses_phi_zero() {
        // Everyone said yes before (c + d = 0): the product under φ's root is 0, and Newcombe sets φ = 0, so the
        // interval is the square-and-add of the two Wilson intervals.
        ConfidenceInterval ci = Intervals.newcombePaired(5, 5, 0, 0);
        double[] w1 = wilson(10, 10);
        double[] w2 = wilson(5, 10);
        assertEquals(0.5 - Math.hypot(1 - w1[0], w2[1] - 0.5), ci.lower(), 1e-12);
        assertEquals(0.5 + Math.hypot(0.5 - w2[0], w1[1] - 1), ci.upper(), 1e-12);
    }

    @Test
    void mcnemar_matches_the_normal_form() {
        // Independent: with one degree of freedom, P(χ² ≥ x) = 2(1 − Φ(√x)), and √χ² = |b − c|/√(b + c).
        McNemarTest test = PairedCount.of(59, 16, 6, 80).mcNemar();
        double z = 10 / Math.sqrt(22);
        assertEquals(100.0 / 22, test.chiSquare(), 1e-12);
        assertEquals(2 * NormalDistribution.of(0, 1).survivalProbability(z), test.pValue(), 1e-12);
        assertEquals(0.0330, test.pValue(), 5e-5);
        assertTrue(test.toString().startsWith("chi-square = 4.5455, p = 0.0330 (McNemar's test"), test.toString());
        JsonRoundTrip.assertRoundTrip(test, McNemarTest.class);
        ValidationException nobody = assertThrows(ValidationException.class, () -> PairedCount.of(5, 0, 0, 5).mcNemar());
        assertTrue(nobody.getMessage().contains("nobody changing"), nobody.getMessage());
    }

    @Test
    void welch_matches_r_t_test_on_students_sleep_data() {
        // R: t.test(extra ~ group, data = sleep), Welch by default: "t = -1.8608, df = 17.776, p-value = 0.07939;
        // 95 percent confidence interval: -3.3654832 0.2054832; mean in group 1 0.75, mean in group 2 2.33".
        double[] group1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] group2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        ConfidenceInterval ci = Intervals.welch(group1, group2);
        assertEquals(-1.58, ci.estimate(), 1e-12);
        assertEquals(-3.3654832, ci.lower(), 1e-6);
        assertEquals(0.2054832, ci.upper(), 1e-6);
        assertTrue(ci.explanation().contains("17.7765 degrees of freedom"), ci.explanation());
        assertEquals(IntervalMethod.WELCH_T, ci.method());
        // From two accumulators, merged in parts, the same.
        MeanAccumulator a = new MeanAccumulator();
        MeanAccumulator b = new MeanAccumulator();
        for (double v : group1) {
            a.add(v);
        }
        for (double v : group2) {
            b.add(v);
        }
        ConfidenceInterval fromSummaries = Intervals.welch(a.result(), b.result(), 0.95);
        assertEquals(ci.lower(), fromSummaries.lower(), 1e-12);
        ValidationException flat = assertThrows(ValidationException.class,
                () -> Intervals.welch(new double[] {1, 1}, new double[] {2, 2}));
        assertTrue(flat.getMessage().contains("standard error"), flat.getMessage());
    }

    @Test
    void weighted_share_uses_kish_effective_size() {
        double[] weights = {0.5, 1.5, 1.0, 2.5, 0.8, 1.2, 3.0, 0.7, 1.1, 0.9, 2.0, 1.3};
        boolean[] yes = {true, false, true, true, false, true, false, true, true, false, true, true};
        ConfidenceInterval ci = Intervals.weightedShare(weights, yes);
        // Independent: Kish's design effect 1 + CV² (population variance of the weights over their squared
        // mean), n_eff = n / deff, and the Wilson formula with n_eff.
        int n = weights.length;
        double mean = 0;
        double yesWeight = 0;
        for (int i = 0; i < n; i++) {
            mean += weights[i] / n;
            yesWeight += yes[i] ? weights[i] : 0;
        }
        double variance = 0;
        for (double w : weights) {
            variance += (w - mean) * (w - mean) / n;
        }
        double effective = n / (1 + variance / (mean * mean));
        double p = yesWeight / (mean * n);
        double[] limits = wilson(p * effective, effective);
        assertEquals(p, ci.estimate(), 1e-12);
        assertEquals(limits[0], ci.lower(), 1e-9);
        assertEquals(limits[1], ci.upper(), 1e-9);
        assertTrue(ci.explanation().contains("effective " + Intervals.show(effective) + " respondents"), ci.explanation());
        // Equal weights: the plain Wilson interval.
        ConfidenceInterval equal = Intervals.weightedShare(new double[] {2, 2, 2, 2, 2}, new boolean[] {true, true, false,
            false, true});
        ConfidenceInterval plain = Intervals.wilson(3, 5);
        assertEquals(plain.lower(), equal.lower(), 1e-12);
        assertEquals(plain.upper(), equal.upper(), 1e-12);
        ValidationException bad = assertThrows(ValidationException.class,
                () -> Intervals.weightedShare(new double[] {1, -2}, new boolean[] {true, false}));
        assertTrue(bad.getMessage().contains("weights[1]"), bad.getMessage());
    }

    @Test
    void paired_counts_survive_json() {
        JsonRoundTrip.assertRoundTrip(PairedCount.of(36, 2, 12, 0), PairedCount.class);
        ValidationException negative = assertThrows(ValidationException.class, () -> PairedCount.of(1, -1, 0, 0));
        assertTrue(negative.getMessage().contains("yesBeforeOnly"), negative.getMessage());
    }
}
