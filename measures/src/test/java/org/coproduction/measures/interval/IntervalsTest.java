package org.coproduction.measures.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference cases from the measures notes (/shared/domain/measures.md, "Reference cases": R-W, R-N, R-Z),
 * each also checked against an independent computation written out here.
 */
class IntervalsTest {

    /** Φ⁻¹(0.975), as printed in the measures notes §3.1; the independent checks use it, not Commons Statistics. */
    private static final double Z95 = 1.959963984540054;

    /**
     * Independent Wilson limits: the roots of the score equation (p̂ − p)² = z²p(1 − p)/n, i.e.
     * (1 + z²/n)p² − (2p̂ + z²/n)p + p̂² = 0, solved with the quadratic formula (Wilson 1927's own derivation).
     */
    static double[] wilsonByQuadratic(long x, long n, double z) {
        double p = (double) x / n;
        double a = 1 + z * z / n;
        double b = -(2 * p + z * z / n);
        double c = p * p;
        double root = Math.sqrt(b * b - 4 * a * c);
        return new double[] {(-b - root) / (2 * a), (-b + root) / (2 * a)};
    }

    @ParameterizedTest(name = "{0}: Wilson {1}/{2}")
    @CsvSource({
        // id, x, n, published lower, published upper (measures notes, tolerance 1e-4)
        "R-W-1, 81, 263, 0.2553, 0.3662",
        "R-W-2, 15, 148, 0.0624, 0.1605",
        "R-W-3, 0, 20, 0.0000, 0.1611",
        "R-W-4, 1, 29, 0.0061, 0.1718",
        "R-W-5, 7, 10, 0.3968, 0.8922",
    })
    void wilson_matches_published_cases_and_quadratic_roots(String id, long x, long n, double lower, double upper) {
        ConfidenceInterval ci = Intervals.wilson(x, n);
        assertEquals(lower, ci.lower(), 1e-4, id + " lower");
        assertEquals(upper, ci.upper(), 1e-4, id + " upper");
        double[] independent = wilsonByQuadratic(x, n, Z95);
        assertEquals(independent[0], ci.lower(), 1e-12, id + " lower vs quadratic roots");
        assertEquals(independent[1], ci.upper(), 1e-12, id + " upper vs quadratic roots");
        assertEquals((double) x / n, ci.estimate(), 0);
        assertEquals(IntervalMethod.WILSON_SCORE, ci.method());
        assertEquals(0.95, ci.confidenceLevel());
    }

    @Test
    void wilson_R_W_1_to_six_places_and_exact_zero() {
        ConfidenceInterval ci = Intervals.wilson(81, 263);
        // Exact values printed in the notes for R-W-1.
        assertEquals(0.255289, ci.lower(), 1e-6);
        assertEquals(0.366210, ci.upper(), 1e-6);
        assertEquals(0.0, Intervals.wilson(0, 20).lower(), 0.0, "R-W-3: the lower limit is exactly 0");
        assertEquals(1.0, Intervals.wilson(20, 20).upper(), 0.0, "x = n: the upper limit is exactly 1");
    }

    @Test
    void re_referral_rate_R_R_3() {
        // Measures notes R-R-3: DfE, year to 31 March 2024: 139,080 re-referrals of 621,880 referrals, published
        // as 22%; 139080/621880 = 0.22364 by hand. The Wilson interval is checked against the quadratic roots.
        ConfidenceInterval ci = Intervals.wilson(139_080, 621_880);
        assertEquals(0.2236, ci.estimate(), 1e-4);
        assertEquals(22, Math.round(ci.estimate() * 100));
        double[] independent = wilsonByQuadratic(139_080, 621_880, Z95);
        assertEquals(independent[0], ci.lower(), 1e-12);
        assertEquals(independent[1], ci.upper(), 1e-12);
    }

    @Test
    void wilson_at_other_level_uses_its_own_quantile() {
        // z for 90% is Φ⁻¹(0.95) = 1.6448536269514722 (standard normal table); independent quadratic roots.
        ConfidenceInterval ci = Intervals.wilson(81, 263, 0.90);
        double[] independent = wilsonByQuadratic(81, 263, 1.6448536269514722);
        assertEquals(independent[0], ci.lower(), 1e-9);
        assertEquals(independent[1], ci.upper(), 1e-9);
        assertEquals(0.90, ci.confidenceLevel());
    }

    @ParameterizedTest(name = "{0}: Newcombe {1}/{2} - {3}/{4}")
    @CsvSource({
        // id, x1, n1, x2, n2, D, published lower, upper (measures notes, tolerance 1e-4)
        "R-N-a, 56, 70, 48, 80, 0.2000, 0.0524, 0.3339",
        "R-N-b, 9, 10, 3, 10, 0.6, 0.1705, 0.8090",
        "R-N-c, 6, 7, 2, 7, 0.5714, 0.0582, 0.8062",
        "R-N-d, 5, 56, 0, 29, 0.0893, -0.0381, 0.1926",
        "R-N-e, 0, 10, 0, 20, 0, -0.1611, 0.2775",
        "R-N-f, 0, 10, 0, 10, 0, -0.2775, 0.2775",
        "R-N-g, 10, 10, 0, 20, 1, 0.6791, 1.0000",
        "R-N-h, 10, 10, 0, 10, 1, 0.6075, 1.0000",
        "R-N-i, 84, 101, 89, 105, -0.0159, -0.1177, 0.0851",
    })
    void newcombe_matches_published_cases(String id, long x1, long n1, long x2, long n2, double d, double lower,
            double upper) {
        ConfidenceInterval ci = Intervals.newcombe(x1, n1, x2, n2);
        assertEquals(d, ci.estimate(), 1e-4, id + " difference");
        assertEquals(lower, ci.lower(), 1e-4, id + " lower");
        assertEquals(upper, ci.upper(), 1e-4, id + " upper");
        // Independent: Newcombe's method 10 assembled from Wilson limits found as quadratic roots.
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilsonByQuadratic(x1, n1, Z95);
        double[] w2 = wilsonByQuadratic(x2, n2, Z95);
        double lo = (p1 - p2) - Math.hypot(p1 - w1[0], w2[1] - p2);
        double hi = (p1 - p2) + Math.hypot(w1[1] - p1, p2 - w2[0]);
        assertEquals(lo, ci.lower(), 1e-9, id + " lower vs independent");
        assertEquals(hi, ci.upper(), 1e-9, id + " upper vs independent");
    }

    @Test
    void newcombe_R_N_a_to_six_places_and_antisymmetry() {
        ConfidenceInterval ci = Intervals.newcombe(56, 70, 48, 80);
        assertEquals(0.052431, ci.lower(), 1e-6);
        assertEquals(0.333873, ci.upper(), 1e-6);
        // Antisymmetry (measures notes, tested by one suite on 9/12 vs 20/138): swapping arms gives (−upper, −lower).
        ConfidenceInterval forward = Intervals.newcombe(9, 12, 20, 138);
        ConfidenceInterval swapped = Intervals.newcombe(20, 138, 9, 12);
        assertEquals(-forward.upper(), swapped.lower(), 1e-12);
        assertEquals(-forward.lower(), swapped.upper(), 1e-12);
        assertTrue(ci.excludesZero());
    }

    @Test
    void z_test_R_Z_1() {
        ZTest test = Intervals.zTest(56, 70, 48, 80);
        // Measures notes R-Z-1 (D; cicalc prints 2.65 and one-sided p 0.004).
        assertEquals(0.693333, test.pooledProportion(), 1e-6);
        assertEquals(0.0754668, test.standardError(), 1e-7);
        assertEquals(2.65017, test.z(), 1e-5);
        assertEquals(0.008045, test.pValueTwoSided(), 1e-6);
        assertEquals(0.004023, test.pValueFirstGreater(), 1e-6);
        // Independent arithmetic: p̄ = 104/150; SE = √(p̄(1−p̄)(1/70 + 1/80)); z = 0.2/SE.
        double pooled = 104.0 / 150;
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / 70 + 1.0 / 80));
        assertEquals(0.2 / se, test.z(), 1e-12);
        assertEquals(IntervalMethod.TWO_PROPORTION_Z_TEST, test.method());
    }

    /** Poisson upper-tail probability P(X ≥ x; λ) by direct summation of the probability mass in log space. */
    static double poissonAtLeast(long x, double lambda) {
        double below = 0;
        for (long k = 0; k < x; k++) {
            below += Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
        }
        return 1 - below;
    }

    static double poissonAtMost(long x, double lambda) {
        double sum = 0;
        for (long k = 0; k <= x; k++) {
            sum += Math.exp(-lambda + k * Math.log(lambda) - logFactorial(k));
        }
        return sum;
    }

    static double logFactorial(long k) {
        double sum = 0;
        for (long i = 2; i <= k; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    /** Finds λ in (lo, hi) where an increasing function of λ crosses a target, by bisection. */
    static double bisect(java.util.function.DoubleUnaryOperator increasing, double target, double lo, double hi) {
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (increasing.applyAsDouble(mid) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    @ParameterizedTest(name = "Garwood x = {0}")
    @CsvSource({
        // x, published lower, published upper, tolerance; sources in the comment below
        "0, 0, 3.689, 1e-3",
        "42, 30.27, 56.77, 1e-2",
    })
    void poisson_count_matches_published_limits_and_tail_equations(long x, double lower, double upper, double tol) {
        // Published: x = 0 upper limit 3.689 (epitools pois.exact documentation, "returns 3.689");
        // x = 42: 30.27 to 56.77 (GraphPad's worked example of the exact Poisson interval, quoted by
        // secondary pages). Both are Garwood (1936) limits.
        ConfidenceInterval ci = Intervals.poissonCount(x);
        assertEquals(lower, ci.lower(), tol);
        assertEquals(upper, ci.upper(), tol);
        // Independent: the defining tail equations P(X ≥ x; λ_L) = 0.025 and P(X ≤ x; λ_U) = 0.025,
        // solved by bisection with the Poisson mass summed directly (no chi-square).
        if (x > 0) {
            assertEquals(bisect(l -> poissonAtLeast(x, l), 0.025, 0, 10 * x + 10), ci.lower(), 1e-8);
        }
        assertEquals(bisect(l -> -poissonAtMost(x, l), -0.025, 0, 10 * x + 10), ci.upper(), 1e-8);
    }

    @Test
    void poisson_rate_welsh_nickel_workers() {
        // R's poisson.test documentation example (ISwR data, Welsh nickel workers): 137 deaths against
        // 24.19893 expected. Reference values are the Garwood limits recomputed independently below; the
        // rate itself is 137/24.19893 = 5.661407 by hand.
        ConfidenceInterval ci = Intervals.poissonRate(137, 24.19893);
        assertEquals(137 / 24.19893, ci.estimate(), 1e-12);
        assertEquals(5.661407, ci.estimate(), 1e-6);
        double lowerCount = bisect(l -> poissonAtLeast(137, l), 0.025, 0, 400);
        double upperCount = bisect(l -> -poissonAtMost(137, l), -0.025, 0, 400);
        assertEquals(lowerCount / 24.19893, ci.lower(), 1e-7);
        assertEquals(upperCount / 24.19893, ci.upper(), 1e-7);
        assertEquals(4.753125, ci.lower(), 1e-6);
        assertEquals(6.692709, ci.upper(), 1e-6);
        assertEquals(IntervalMethod.POISSON_EXACT_RATE, ci.method());
    }

    /** Binomial P(X ≥ x; n, p) by direct summation. */
    static double binomialAtLeast(long x, long n, double p) {
        double sum = 0;
        for (long k = x; k <= n; k++) {
            sum += Math.exp(logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * Math.log(p)
                    + (n - k) * Math.log1p(-p));
        }
        return sum;
    }

    @Test
    void rate_ratio_fredericia_against_three_cities() {
        // R's poisson.test documentation example (ISwR eba1977): 11 cases per 800 in Fredericia against
        // 6 + 8 + 7 = 21 per 1083 + 1050 + 878 = 3011 in three other cities, ages 55-59.
        ConfidenceInterval ci = Intervals.rateRatio(11, 800, 21, 3011);
        assertEquals((11.0 / 800) / (21.0 / 3011), ci.estimate(), 1e-12);
        // Independent: Clopper-Pearson limits of 11 of 32 from the binomial tail equations by bisection,
        // then R = π/(1 − π) · 3011/800.
        double piLower = bisect(p -> binomialAtLeast(11, 32, p), 0.025, 0, 1);
        double piUpper = bisect(p -> -(1 - binomialAtLeast(12, 32, p)), -0.025, 0, 1);
        assertEquals(piLower / (1 - piLower) * 3011 / 800, ci.lower(), 1e-7);
        assertEquals(piUpper / (1 - piUpper) * 3011 / 800, ci.upper(), 1e-7);
        assertEquals(1.971488, ci.estimate(), 1e-6);
        assertEquals(0.8584264, ci.lower(), 1e-6);
        assertEquals(4.277266, ci.upper(), 1e-6);
    }

    @Test
    void paired_change_students_sleep_data() {
        // Student (1908), Biometrika 6:1-25: extra hours of sleep for 10 patients with two drugs
        // (Cushny and Peebles' data). Independent arithmetic: differences d = drug1 − drug2 sum to −15.8,
        // mean −1.58; Σ(d − d̄)² = 12.016 − ... written out below; t(0.975; 9) = 2.262157162740992 (t table).
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        ConfidenceInterval ci = Intervals.pairedChange(drug2, drug1);
        double[] d = {-1.2, -2.4, -1.3, -1.3, 0.0, -1.0, -1.8, -0.8, -4.6, -1.4};
        double mean = -15.8 / 10;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double se = Math.sqrt(ss / 9) / Math.sqrt(10);
        assertEquals(-1.58, ci.estimate(), 1e-12);
        assertEquals(mean - 2.262157162740992 * se, ci.lower(), 1e-9);
        assertEquals(mean + 2.262157162740992 * se, ci.upper(), 1e-9);
        // As printed in R's t.test output for this data (paired): −2.4598858 to −0.7001142.
        assertEquals(-2.4598858, ci.lower(), 1e-7);
        assertEquals(-0.7001142, ci.upper(), 1e-7);
        assertEquals(IntervalMethod.T_PAIRED_CHANGE, ci.method());
    }

    @Test
    void mean_interval_matches_hand_computation() {
        // Independent arithmetic: values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 32, s² = 32/7;
        // t(0.975; 7) = 2.364624251592785 (t table).
        ConfidenceInterval ci = Intervals.mean(2, 4, 4, 4, 5, 5, 7, 9);
        double half = 2.364624251592785 * Math.sqrt(32.0 / 7) / Math.sqrt(8);
        assertEquals(5, ci.estimate(), 1e-12);
        assertEquals(5 - half, ci.lower(), 1e-9);
        assertEquals(5 + half, ci.upper(), 1e-9);
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }

    @Test
    void bad_inputs_name_the_field_and_rule() {
        ValidationException tooMany = assertThrows(ValidationException.class, () -> Intervals.wilson(11, 10));
        assertEquals(List.of("successes"), paths(tooMany));
        assertTrue(tooMany.getMessage().contains("successes: must not be more than trials (10), was 11"),
                tooMany.getMessage());
        ValidationException level = assertThrows(ValidationException.class, () -> Intervals.wilson(1, 10, 1.0));
        assertEquals(List.of("confidence"), paths(level));
        ValidationException negative = assertThrows(ValidationException.class, () -> Intervals.poissonCount(-1));
        assertEquals(List.of("count"), paths(negative));
        ValidationException exposure = assertThrows(ValidationException.class,
                () -> Intervals.poissonRate(3, 0));
        assertEquals(List.of("exposure"), paths(exposure));
        ValidationException all = assertThrows(ValidationException.class,
                () -> Intervals.newcombe(-1, 0, 5, 4, 0));
        assertEquals(List.of("trials1", "successes1", "successes2", "confidence"), paths(all));
        ValidationException ratio = assertThrows(ValidationException.class,
                () -> Intervals.rateRatio(3, 10, 0, 10));
        assertEquals(List.of("count2"), paths(ratio));
        ValidationException paired = assertThrows(ValidationException.class,
                () -> Intervals.pairedChange(new double[] {1, 2}, new double[] {1}));
        assertEquals(List.of("after"), paths(paired));
        ValidationException degenerate = assertThrows(ValidationException.class,
                () -> Intervals.zTest(0, 10, 0, 12));
        assertEquals(List.of("successes1 + successes2"), paths(degenerate));
    }

    @Test
    void results_explain_themselves_and_survive_json() {
        ConfidenceInterval ci = Intervals.newcombe(56, 70, 48, 80);
        assertTrue(ci.explanation().contains("Newcombe"), ci.explanation());
        assertTrue(ci.explanation().contains("between 5.2 and 33.4 percentage points"), ci.explanation());
        assertTrue(ci.source().reference().contains("Stat Med 17:873-890"));
        assertEquals("0.2 (95% CI 0.0524 to 0.3339), Newcombe hybrid score interval (method 10)", ci.toString());
        JsonRoundTrip.assertRoundTrip(ci, ConfidenceInterval.class);
        JsonRoundTrip.assertRoundTrip(Intervals.zTest(56, 70, 48, 80), ZTest.class);
        JsonRoundTrip.assertRoundTrip(MeanSummary.of(3, 2.5, 1.25), MeanSummary.class);
        JsonRoundTrip.assertRoundTrip(ProportionCount.of(3, 7), ProportionCount.class);
    }
}
