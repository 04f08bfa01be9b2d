package org.coproduction.measures.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.interval.IntervalMethod;
import org.junit.jupiter.api.Test;

/**
 * Standard errors, intervals and tests for the agreement coefficients, each against a published output or
 * an independent calculation written out here.
 */
class AgreementIntervalTest {

    // ------------------------------------------------------------------------------------------------
    // Cohen's kappa: Fleiss, Cohen and Everitt (1969)

    /**
     * The "anxiety" ratings of R's irr package, raters 2 and 3 of 20 subjects, as quoted with irr's printed
     * kappa2 results in the statsmodels test suite (statsmodels/stats/tests/test_inter_rater.py). The values
     * used are 1, 2, 3, 4 and 6; irr takes the categories from the values seen, so 5 is not a category.
     */
    private static final int[] ANXIETY_2 = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
    private static final int[] ANXIETY_3 = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};

    private static Ratings anxiety() {
        Ratings.Builder builder = Ratings.builder(Scale.numeric(1, 2, 3, 4, 6)).raters("rater2", "rater3");
        for (int i = 0; i < ANXIETY_2.length; i++) {
            builder.unit("s" + (i + 1), String.valueOf(ANXIETY_2[i]), String.valueOf(ANXIETY_3[i]));
        }
        return builder.build();
    }

    @Test
    void cohen_matches_irr_kappa2_published_outputs() {
        // irr::kappa2(anxiety[,2:3]) → value -0.006289308, z -0.0604067, p 0.9518317
        AgreementInterval plain = anxiety().cohenKappaInterval("rater2", "rater3", Weighting.UNWEIGHTED);
        assertEquals(-0.006289308, plain.agreement().coefficient(), 1e-9);
        assertEquals(-0.0604067, plain.z().getAsDouble(), 1e-6);
        assertEquals(0.9518317, plain.pValueTwoSided().getAsDouble(), 1e-6);
        // irr::kappa2(anxiety[,2:3], "equal") → 0.1459075, z 1.282472, p 0.1996772 (linear weights)
        AgreementInterval linear = anxiety().cohenKappaInterval("rater2", "rater3", Weighting.LINEAR);
        assertEquals(0.1459075, linear.agreement().coefficient(), 1e-6);
        assertEquals(1.282472, linear.z().getAsDouble(), 1e-6);
        assertEquals(0.1996772, linear.pValueTwoSided().getAsDouble(), 1e-6);
        // irr::kappa2(anxiety[,2:3], "squared") → 0.2520325, z 1.437451, p 0.1505898 (quadratic weights)
        AgreementInterval quadratic = anxiety().cohenKappaInterval("rater2", "rater3", Weighting.QUADRATIC);
        assertEquals(0.2520325, quadratic.agreement().coefficient(), 1e-6);
        assertEquals(1.437451, quadratic.z().getAsDouble(), 1e-6);
        assertEquals(0.1505898, quadratic.pValueTwoSided().getAsDouble(), 1e-6);
    }

    /** SAS's printout for the 3 × 3 table [[0,4,1],[0,8,0],[0,1,5]], quoted in the statsmodels test suite. */
    private static final long[][] SAS_TABLE = {{0, 4, 1}, {0, 8, 0}, {0, 1, 5}};

    @Test
    void cohen_matches_the_sas_printout_and_the_delta_method() {
        PairTable table = PairTable.of(Scale.ordinal("low", "middle", "high"), SAS_TABLE, 0);
        AgreementInterval simple = table.cohenKappaInterval(Weighting.UNWEIGHTED);
        // SAS: Kappa 0.4842, ASE 0.1380, 95% CI 0.2137 to 0.7547; ASE under H0 0.1484, Z 3.2626, two-sided 0.0011
        assertEquals(0.4842, simple.agreement().coefficient(), 5e-5);
        assertEquals(0.1380, simple.standardError().getAsDouble(), 5e-5);
        assertEquals(0.2137, simple.interval().lower(), 5e-5);
        assertEquals(0.7547, simple.interval().upper(), 5e-5);
        assertEquals(0.1484, simple.nullStandardError().getAsDouble(), 5e-5);
        assertEquals(3.2626, simple.z().getAsDouble(), 5e-5);
        assertEquals(0.0011, simple.pValueTwoSided().getAsDouble(), 5e-5);
        // SAS, weighted kappa with Cicchetti-Allison (linear) weights: 0.4701, ASE 0.1457, CI 0.1845 to 0.7558;
        // ASE under H0 0.1426, Z 3.2971, two-sided 0.0010
        AgreementInterval weighted = table.cohenKappaInterval(Weighting.LINEAR);
        assertEquals(0.4701, weighted.agreement().coefficient(), 5e-5);
        assertEquals(0.1457, weighted.standardError().getAsDouble(), 5e-5);
        assertEquals(0.1845, weighted.interval().lower(), 5e-5);
        assertEquals(0.7558, weighted.interval().upper(), 5e-5);
        assertEquals(0.1426, weighted.nullStandardError().getAsDouble(), 5e-5);
        assertEquals(3.2971, weighted.z().getAsDouble(), 5e-5);
        assertEquals(0.0010, weighted.pValueTwoSided().getAsDouble(), 5e-5);

        // To 1e-6 and beyond: the delta method, which is how Fleiss, Cohen and Everitt derived the variance.
        for (Weighting w : List.of(Weighting.UNWEIGHTED, Weighting.LINEAR, Weighting.QUADRATIC)) {
            double[][] agree = agreementWeights(w, 3);
            AgreementInterval result = table.cohenKappaInterval(w);
            assertEquals(deltaMethodSe(proportions(SAS_TABLE), agree, 19), result.standardError().getAsDouble(), 1e-8,
                    w.name());
            assertEquals(deltaMethodSe(independence(SAS_TABLE), agree, 19), result.nullStandardError().getAsDouble(),
                    1e-8, w.name());
            double half = 1.959963984540054 * result.standardError().getAsDouble();
            assertEquals(result.agreement().coefficient() - half, result.interval().lower(), 1e-12);
            assertEquals(result.agreement().coefficient() + half, result.interval().upper(), 1e-12);
        }
        assertEquals(IntervalMethod.KAPPA_LARGE_SAMPLE, simple.interval().method());
    }

    @Test
    void cohen_by_value_weights_use_the_scales_numbers() {
        // On values 1, 2, 3, 4, 6 a miss between 4 and 6 counts twice a miss between 3 and 4.
        Ratings ratings = anxiety();
        AgreementInterval byValue = ratings.cohenKappaInterval("rater2", "rater3", Weighting.LINEAR_BY_VALUE);
        // Independent: kappa = 1 − mean observed |a − b| / mean |a − b| over all cross pairs (Cohen 1968 with
        // linear weights), summed straight from the values.
        double observed = 0;
        double expected = 0;
        int n = ANXIETY_2.length;
        for (int i = 0; i < n; i++) {
            observed += Math.abs(ANXIETY_2[i] - ANXIETY_3[i]);
            for (int j = 0; j < n; j++) {
                expected += Math.abs(ANXIETY_2[i] - ANXIETY_3[j]);
            }
        }
        double kappa = 1 - (observed / n) / (expected / ((double) n * n));
        assertEquals(kappa, byValue.agreement().coefficient(), 1e-12);
        assertNotEquals(ratings.cohenKappa("rater2", "rater3", Weighting.LINEAR).coefficient(),
                byValue.agreement().coefficient(), 1e-3);
        assertEquals(AgreementMethod.COHEN_KAPPA_LINEAR_BY_VALUE, byValue.agreement().method());
        // Quadratic by value on the same data, again straight from the values.
        double observedSq = 0;
        double expectedSq = 0;
        for (int i = 0; i < n; i++) {
            observedSq += Math.pow(ANXIETY_2[i] - ANXIETY_3[i], 2);
            for (int j = 0; j < n; j++) {
                expectedSq += Math.pow(ANXIETY_2[i] - ANXIETY_3[j], 2);
            }
        }
        assertEquals(1 - (observedSq / n) / (expectedSq / ((double) n * n)),
                ratings.cohenKappa("rater2", "rater3", Weighting.QUADRATIC_BY_VALUE).coefficient(), 1e-12);
        // The delta method agrees with the by-value standard error too.
        double[][] agree = new double[5][5];
        double[] values = {1, 2, 3, 4, 6};
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                agree[i][j] = 1 - Math.abs(values[i] - values[j]) / 5;
            }
        }
        long[][] counts = ratings.pairTable("rater2", "rater3").counts();
        assertEquals(deltaMethodSe(proportions(counts), agree, n), byValue.standardError().getAsDouble(), 1e-8);
        // On a scale numbered 1, 2, 3 … by-value weights are the positional ones.
        PairTable sas = PairTable.of(Scale.numeric(1, 2, 3), SAS_TABLE, 0);
        assertEquals(sas.cohenKappa(Weighting.QUADRATIC).coefficient(),
                sas.cohenKappa(Weighting.QUADRATIC_BY_VALUE).coefficient(), 1e-15);
        assertThrows(UnsupportedOperationException.class, () -> Weighting.LINEAR_BY_VALUE.disagreement(0, 1, 3));
        assertEquals(Weighting.QUADRATIC_BY_VALUE, Weighting.parse("quadratic-by-value"));
    }

    @Test
    void perfect_agreement_has_a_standard_error_of_zero_and_a_test() {
        PairTable perfect = PairTable.of(Scale.nominal("yes", "no"), new long[][] {{6, 0}, {0, 4}}, 0);
        AgreementInterval result = perfect.cohenKappaInterval(Weighting.UNWEIGHTED);
        assertEquals(1.0, result.agreement().coefficient(), 0);
        assertEquals(0.0, result.standardError().getAsDouble(), 1e-7);
        // Under independence the delta method still gives a positive standard error.
        assertEquals(deltaMethodSe(independence(new long[][] {{6, 0}, {0, 4}}), agreementWeights(Weighting.UNWEIGHTED, 2),
                10), result.nullStandardError().getAsDouble(), 1e-8);
    }

    private static double[][] agreementWeights(Weighting w, int k) {
        double[][] agree = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                agree[i][j] = 1 - w.disagreement(i, j, k);
            }
        }
        return agree;
    }

    private static double[][] proportions(long[][] counts) {
        double n = Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
        double[][] p = new double[counts.length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                p[i][j] = counts[i][j] / n;
            }
        }
        return p;
    }

    /** The table the margins would give if the raters were independent: p_i· p_·j. */
    private static double[][] independence(long[][] counts) {
        double[][] p = proportions(counts);
        int k = p.length;
        double[][] e = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double row = 0;
                double column = 0;
                for (int m = 0; m < k; m++) {
                    row += p[i][m];
                    column += p[m][j];
                }
                e[i][j] = row * column;
            }
        }
        return e;
    }

    /** Weighted kappa of a table of proportions, written from its definition (Cohen 1968). */
    private static double kappaOf(double[][] p, double[][] agree) {
        int k = p.length;
        double total = Arrays.stream(p).flatMapToDouble(Arrays::stream).sum();
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double row = 0;
                double column = 0;
                for (int m = 0; m < k; m++) {
                    row += p[i][m] / total;
                    column += p[m][j] / total;
                }
                po += agree[i][j] * p[i][j] / total;
                pe += agree[i][j] * row * column;
            }
        }
        return (po - pe) / (1 - pe);
    }

    /**
     * The multinomial delta method: with g the gradient of kappa in the cell proportions (by central
     * differences), Var = (Σ p g² − (Σ p g)²)/N. Written without any of the closed-form sums under test.
     */
    private static double deltaMethodSe(double[][] p, double[][] agree, double n) {
        int k = p.length;
        double h = 1e-6;
        double mean = 0;
        double meanSquare = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double[][] up = copy(p);
                double[][] down = copy(p);
                up[i][j] += h;
                down[i][j] -= h;
                double g = (kappaOf(up, agree) - kappaOf(down, agree)) / (2 * h);
                mean += p[i][j] * g;
                meanSquare += p[i][j] * g * g;
            }
        }
        return Math.sqrt((meanSquare - mean * mean) / n);
    }

    private static double[][] copy(double[][] p) {
        double[][] c = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            c[i] = p[i].clone();
        }
        return c;
    }

    // ------------------------------------------------------------------------------------------------
    // Fleiss' kappa: Fleiss, Nee and Landis (1979)

    private static long[][] fleissCounts() {
        long[][] counts = new long[AgreementTest.FLEISS.length][];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Arrays.stream(AgreementTest.FLEISS[i]).asLongStream().toArray();
        }
        return counts;
    }

    @Test
    void fleiss_standard_error_matches_cardillos_printout_and_the_power_sum_form() {
        FleissTable table = FleissTable.fromCounts(Scale.numeric(1, 2, 3, 4, 5), fleissCounts());
        AgreementInterval result = table.kappaInterval();
        // Cardillo G (2007), Fleiss'es kappa for Matlab, its printed example on this table:
        // kappa 0.2099, kappa error 0.0170, z = 12.3743.
        assertEquals(0.2099, result.agreement().coefficient(), 5e-5);
        assertEquals(0.0170, result.nullStandardError().getAsDouble(), 5e-5);
        assertEquals(12.3743, result.z().getAsDouble(), 5e-5);
        // Independent, in power sums: (Σpq)² − Σpq(q − p) = P₂ + P₂² − 2P₃ with P₂ = Σp², P₃ = Σp³, and
        // Σpq = 1 − P₂, so SE₀² = 2(P₂ + P₂² − 2P₃)/(N n (n − 1)(1 − P₂)²). Shares from the notes:
        // p = 1/7, 1/5, 39/140, 3/20, 8/35.
        double[] p = {1.0 / 7, 1.0 / 5, 39.0 / 140, 3.0 / 20, 8.0 / 35};
        double p2 = Arrays.stream(p).map(x -> x * x).sum();
        double p3 = Arrays.stream(p).map(x -> x * x * x).sum();
        double se0 = Math.sqrt(2 * (p2 + p2 * p2 - 2 * p3) / (10.0 * 14 * 13 * (1 - p2) * (1 - p2)));
        assertEquals(se0, result.nullStandardError().getAsDouble(), 1e-12);
        assertEquals(se0, result.standardError().getAsDouble(), 1e-12);
        assertEquals(4211.0 / 20059 / se0, result.z().getAsDouble(), 1e-9);
        assertEquals(4211.0 / 20059 - 1.959963984540054 * se0, result.interval().lower(), 1e-12);
        assertEquals(IntervalMethod.FLEISS_KAPPA_NULL_SE, result.interval().method());
        assertTrue(result.explanation().contains("approximation"), result.explanation());
    }

    @Test
    void fleiss_from_a_count_table_is_the_same_as_from_the_ratings() {
        FleissTable fromCounts = FleissTable.fromCounts(Scale.numeric(1, 2, 3, 4, 5), fleissCounts());
        assertEquals(AgreementTest.fleissRatings().fleissTable(), fromCounts);
        assertEquals(4211.0 / 20059, fromCounts.kappa().coefficient(), 1e-15);
    }

    /** Fleiss (1971): 30 patients, 6 psychiatrists each, 5 diagnoses; as printed in the statsmodels tests. */
    private static final int[][] DIAGNOSES = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5}, {2, 2, 2, 4, 4, 4},
        {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4}, {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5},
        {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4}, {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5},
        {3, 3, 3, 3, 3, 5}, {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4}, {1, 4, 4, 4, 4, 5},
        {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5},
    };

    @Test
    void fleiss_1971_diagnoses_match_irr() {
        long[][] counts = new long[DIAGNOSES.length][5];
        for (int i = 0; i < DIAGNOSES.length; i++) {
            for (int rating : DIAGNOSES[i]) {
                counts[i][rating - 1]++;
            }
        }
        Scale diagnoses = Scale.nominal("depression", "personality disorder", "schizophrenia", "neurosis", "other");
        AgreementInterval result = FleissTable.fromCounts(diagnoses, counts).kappaInterval();
        // irr::kappam.fleiss(diagnoses) value 0.4302445 (quoted in the statsmodels tests). irr's z uses
        // Fleiss' 1971 variance, which Fleiss, Nee and Landis (1979) corrected, so it is not compared here.
        assertEquals(0.4302445, result.agreement().coefficient(), 1e-6);
        double[] p = new double[5];
        for (long[] row : counts) {
            for (int j = 0; j < 5; j++) {
                p[j] += row[j] / 180.0;
            }
        }
        double p2 = Arrays.stream(p).map(x -> x * x).sum();
        double p3 = Arrays.stream(p).map(x -> x * x * x).sum();
        assertEquals(Math.sqrt(2 * (p2 + p2 * p2 - 2 * p3) / (30.0 * 6 * 5 * (1 - p2) * (1 - p2))),
                result.nullStandardError().getAsDouble(), 1e-12);
    }

    @Test
    void a_count_table_with_unequal_rows_names_each_row() {
        ValidationException e = assertThrows(ValidationException.class, () -> FleissTable.fromCounts(
                Scale.nominal("a", "b", "c"), new long[][] {{2, 1, 0}, {1, 1, 1}, {4, 0, 0}, {1, -1, 3}, {1, 2}}));
        String message = e.getMessage();
        assertTrue(message.contains("counts[2]") && message.contains("must add up to 3 raters"), message);
        assertTrue(message.contains("counts[3][1]") && message.contains("must not be negative"), message);
        assertTrue(message.contains("counts[4]") && message.contains("one count per category (3)"), message);
        assertTrue(!message.contains("counts[1]"), message);
    }

    // ------------------------------------------------------------------------------------------------
    // Krippendorff's alpha: bootstrap over units

    @Test
    void alpha_bootstrap_follows_its_documented_procedure_exactly() {
        Ratings ratings = AgreementTest.transpose(AgreementTest.KRIPPENDORFF, Scale.numeric(1, 2, 3, 4, 5));
        for (Metric metric : List.of(Metric.NOMINAL, Metric.INTERVAL)) {
            AgreementInterval result = ratings.krippendorffAlphaInterval(metric, 1000, 20070101L);
            // Independent: the same draws from SplittableRandom, alpha of each resample by the pairwise form
            // (AgreementTest.alphaByPairs, no coincidence matrix), then R's type-7 quantiles.
            List<Integer> pairable = new ArrayList<>();
            for (int u = 0; u < AgreementTest.KRIPPENDORFF[0].length; u++) {
                int given = 0;
                for (String[] observer : AgreementTest.KRIPPENDORFF) {
                    given += observer[u].equals(".") ? 0 : 1;
                }
                if (given >= 2) {
                    pairable.add(u);
                }
            }
            SplittableRandom random = new SplittableRandom(20070101L);
            double[] alphas = new double[1000];
            for (int r = 0; r < 1000; r++) {
                String[][] grid = new String[AgreementTest.KRIPPENDORFF.length][pairable.size()];
                for (int draw = 0; draw < pairable.size(); draw++) {
                    int u = pairable.get(random.nextInt(pairable.size()));
                    for (int o = 0; o < grid.length; o++) {
                        grid[o][draw] = AgreementTest.KRIPPENDORFF[o][u];
                    }
                }
                alphas[r] = AgreementTest.alphaByPairs(grid, metric == Metric.NOMINAL ? "nominal" : "interval");
            }
            long undefined = Arrays.stream(alphas).filter(Double::isNaN).count();
            double[] sorted = Arrays.stream(alphas).filter(a -> !Double.isNaN(a)).sorted().toArray();
            double lowPos = (sorted.length - 1) * 0.025;
            double highPos = (sorted.length - 1) * 0.975;
            double lower = sorted[(int) lowPos] + (lowPos - (int) lowPos) * (sorted[(int) lowPos + 1] - sorted[(int) lowPos]);
            double upper = sorted[(int) highPos] + (highPos - (int) highPos) * (sorted[(int) highPos + 1] - sorted[(int) highPos]);
            assertEquals(lower, result.interval().lower(), 1e-9, metric.name());
            assertEquals(upper, result.interval().upper(), 1e-9, metric.name());
            assertEquals(undefined, result.undefinedReplicates(), metric.name());
            assertEquals(1000, result.replicates().getAsInt());
            assertEquals(20070101L, result.seed().getAsLong());
        }
        AgreementInterval nominal = ratings.krippendorffAlphaInterval(Metric.NOMINAL, 1000, 20070101L);
        assertEquals(113.0 / 152, nominal.agreement().coefficient(), 1e-12);
        assertEquals(IntervalMethod.ALPHA_BOOTSTRAP, nominal.interval().method());
        assertTrue(nominal.interval().contains(nominal.agreement().coefficient()));
        assertTrue(nominal.toString().endsWith("1000 bootstrap replicates, seed 20070101"), nominal.toString());
    }

    @Test
    void the_same_seed_gives_the_same_interval_and_another_seed_another() {
        Ratings ratings = AgreementTest.transpose(AgreementTest.KRIPPENDORFF, Scale.numeric(1, 2, 3, 4, 5));
        AgreementInterval first = ratings.krippendorffAlphaInterval(Metric.ORDINAL, 500, 7);
        assertEquals(first, ratings.krippendorffAlphaInterval(Metric.ORDINAL, 500, 7));
        assertNotEquals(first.interval(), ratings.krippendorffAlphaInterval(Metric.ORDINAL, 500, 8).interval());
    }

    @Test
    void bad_bootstrap_requests_are_refused() {
        Ratings ratings = AgreementTest.transpose(AgreementTest.KRIPPENDORFF, Scale.numeric(1, 2, 3, 4, 5));
        ValidationException e = assertThrows(ValidationException.class,
                () -> ratings.krippendorffAlphaInterval(Metric.NOMINAL, 1, 1, 1.5));
        assertTrue(e.getMessage().contains("replicates") && e.getMessage().contains("confidence"), e.getMessage());
    }

    @Test
    void intervals_explain_themselves_and_survive_json() {
        AgreementInterval kappa = PairTable.of(Scale.ordinal("low", "middle", "high"), SAS_TABLE, 0)
                .cohenKappaInterval(Weighting.UNWEIGHTED);
        assertEquals("Cohen's kappa = 0.484 (95% CI 0.2137 to 0.7547), z = 3.2626, two-sided p = 0.0011",
                kappa.toString());
        assertTrue(kappa.explanation().contains("standard error 0.1380 (Fleiss, Cohen and Everitt 1969)"),
                kappa.explanation());
        JsonRoundTrip.assertRoundTrip(kappa, AgreementInterval.class);
        Ratings ratings = AgreementTest.transpose(AgreementTest.KRIPPENDORFF, Scale.numeric(1, 2, 3, 4, 5));
        JsonRoundTrip.assertRoundTrip(ratings.krippendorffAlphaInterval(Metric.ORDINAL, 200, 3), AgreementInterval.class);
    }
}
