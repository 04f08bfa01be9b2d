package org.coproduction.measures.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Reference cases from the measures notes (/shared/domain/measures.md, "Reference cases", Agreement: R-K, R-F,
 * R-A), each also checked against an independent computation written out in the test.
 */
class AgreementTest {

    private static final Scale YES_NO = Scale.nominal("yes", "no");

    /** Builds two-rater ratings that reproduce a 2 × 2 (or k × k) cross-table. */
    static Ratings fromTable(Scale scale, long[][] table) {
        Ratings.Builder builder = Ratings.builder(scale).raters("A", "B");
        int unit = 0;
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table.length; j++) {
                for (long c = 0; c < table[i][j]; c++) {
                    builder.unit("u" + unit++, scale.categories().get(i), scale.categories().get(j));
                }
            }
        }
        return builder.build();
    }

    @Test
    void cohen_R_K_1_wikipedia_example() {
        // 50 items: both yes 20; A yes/B no 5; A no/B yes 10; both no 15 (measures notes R-K-1, V).
        Agreement kappa = fromTable(YES_NO, new long[][] {{20, 5}, {10, 15}}).cohenKappa(Weighting.UNWEIGHTED);
        // Independent arithmetic: p_o = 35/50; A says yes 25/50, B says yes 30/50;
        // p_e = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
        double po = 35.0 / 50;
        double pe = (25.0 / 50) * (30.0 / 50) + (25.0 / 50) * (20.0 / 50);
        assertEquals(0.70, kappa.observed(), 1e-12);
        assertEquals(0.50, kappa.expected(), 1e-12);
        assertEquals(0.40, kappa.coefficient(), 1e-12);
        assertEquals((po - pe) / (1 - pe), kappa.coefficient(), 1e-12);
        assertEquals(AgreementMethod.COHEN_KAPPA, kappa.method());
        assertEquals(50, kappa.units());
    }

    @Test
    void cohen_R_K_2_R_K_3_same_agreement_different_kappa() {
        Agreement k2 = PairTable.of(YES_NO, new long[][] {{45, 15}, {25, 15}}, 0).cohenKappa(Weighting.UNWEIGHTED);
        Agreement k3 = PairTable.of(YES_NO, new long[][] {{25, 35}, {5, 35}}, 0).cohenKappa(Weighting.UNWEIGHTED);
        // Measures notes: κ = 3/23 and 7/27 (exact fractions).
        assertEquals(0.60, k2.observed(), 1e-12);
        assertEquals(0.54, k2.expected(), 1e-12);
        assertEquals(3.0 / 23, k2.coefficient(), 1e-12);
        assertEquals(0.130435, k2.coefficient(), 1e-6);
        assertEquals(0.46, k3.expected(), 1e-12);
        assertEquals(7.0 / 27, k3.coefficient(), 1e-12);
        assertEquals(0.259259, k3.coefficient(), 1e-6);
    }

    @Test
    void cohen_R_K_4_identical_ratings() {
        Ratings same = Ratings.builder(Scale.rungs()).raters("A", "B")
                .unit("p1", Rung.INFORMING, Rung.INFORMING)
                .unit("p2", Rung.CO_DESIGN, Rung.CO_DESIGN)
                .unit("p3", Rung.ENGAGEMENT, Rung.ENGAGEMENT)
                .build();
        for (Weighting w : Weighting.values()) {
            assertEquals(1.0, same.cohenKappa(w).coefficient(), 0.0, w.name());
        }
    }

    /** Ratings on a 5-point ordered scale by two raters, made up for the weighted-kappa checks. */
    private static final int[][] ORDERED_PAIRS = {
        {1, 1}, {1, 2}, {2, 2}, {2, 3}, {3, 3}, {3, 3}, {4, 3}, {4, 4}, {5, 4}, {5, 5},
        {2, 1}, {3, 4}, {1, 3}, {5, 5}, {4, 5}, {2, 2}, {3, 2}, {4, 4}, {1, 1}, {5, 3},
    };

    private static Ratings orderedRatings() {
        Ratings.Builder builder = Ratings.builder(Scale.numeric(1, 2, 3, 4, 5)).raters("A", "B");
        for (int i = 0; i < ORDERED_PAIRS.length; i++) {
            builder.unit("u" + i, String.valueOf(ORDERED_PAIRS[i][0]), String.valueOf(ORDERED_PAIRS[i][1]));
        }
        return builder.build();
    }

    @Test
    void quadratic_kappa_equals_lins_concordance_correlation() {
        // Independent: quadratic-weighted kappa equals Lin's concordance correlation with population moments,
        // 2·s_xy/(s_x² + s_y² + (x̄ − ȳ)²) (Fleiss and Cohen 1973; Lin 1989), computed from the raw pairs.
        double n = ORDERED_PAIRS.length;
        double mx = 0;
        double my = 0;
        for (int[] p : ORDERED_PAIRS) {
            mx += p[0] / n;
            my += p[1] / n;
        }
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int[] p : ORDERED_PAIRS) {
            sxx += (p[0] - mx) * (p[0] - mx) / n;
            syy += (p[1] - my) * (p[1] - my) / n;
            sxy += (p[0] - mx) * (p[1] - my) / n;
        }
        double ccc = 2 * sxy / (sxx + syy + (mx - my) * (mx - my));
        assertEquals(ccc, orderedRatings().cohenKappa(Weighting.QUADRATIC).coefficient(), 1e-12);
    }

    @Test
    void linear_kappa_matches_brute_force_over_all_pairs() {
        // Independent: agreement weights 1 − |a − b|/(k − 1); p_o averaged over the units, p_e averaged over
        // every (unit of A, unit of B) combination, N² of them, straight from the raw ratings.
        int n = ORDERED_PAIRS.length;
        double po = 0;
        double pe = 0;
        for (int[] p : ORDERED_PAIRS) {
            po += 1 - Math.abs(p[0] - p[1]) / 4.0;
        }
        for (int[] a : ORDERED_PAIRS) {
            for (int[] b : ORDERED_PAIRS) {
                pe += 1 - Math.abs(a[0] - b[1]) / 4.0;
            }
        }
        po /= n;
        pe /= (double) n * n;
        Agreement linear = orderedRatings().cohenKappa(Weighting.LINEAR);
        assertEquals(po, linear.observed(), 1e-12);
        assertEquals(pe, linear.expected(), 1e-12);
        assertEquals((po - pe) / (1 - pe), linear.coefficient(), 1e-12);
        assertEquals(AgreementMethod.COHEN_KAPPA_LINEAR, linear.method());
    }

    /** Fleiss (1971) / Wikipedia worked example: 10 subjects, 14 raters, 5 categories (measures notes R-F-1). */
    static final int[][] FLEISS = {
        {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
        {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
    };

    static Ratings fleissRatings() {
        Scale scale = Scale.numeric(1, 2, 3, 4, 5);
        List<String> raters = new ArrayList<>();
        for (int r = 1; r <= 14; r++) {
            raters.add("r" + r);
        }
        List<RatedUnit> units = new ArrayList<>();
        for (int i = 0; i < FLEISS.length; i++) {
            List<String> row = new ArrayList<>();
            for (int j = 0; j < 5; j++) {
                for (int c = 0; c < FLEISS[i][j]; c++) {
                    row.add(String.valueOf(j + 1));
                }
            }
            units.add(new RatedUnit("s" + (i + 1), row));
        }
        return Ratings.of(scale, raters, units);
    }

    @Test
    void fleiss_R_F_1() {
        Agreement kappa = fleissRatings().fleissKappa();
        // Published: 0.20993070442195522 (many suites); exact 4211/20059 (notes).
        assertEquals(0.20993070442195522, kappa.coefficient(), 1e-9);
        assertEquals(4211.0 / 20059, kappa.coefficient(), 1e-15);
        assertEquals(172.0 / 455, kappa.observed(), 1e-12);
        assertEquals(417.0 / 1960, kappa.expected(), 1e-12);
        // Independent: the per-subject P_i and p_j of Fleiss (1971), summed directly from the table.
        double meanP = 0;
        double[] p = new double[5];
        for (int[] row : FLEISS) {
            double sq = 0;
            for (int j = 0; j < 5; j++) {
                sq += row[j] * row[j];
                p[j] += row[j] / 140.0;
            }
            meanP += (sq - 14) / (14 * 13) / 10;
        }
        double pe = 0;
        for (double pj : p) {
            pe += pj * pj;
        }
        assertEquals((meanP - pe) / (1 - pe), kappa.coefficient(), 1e-12);
    }

    @Test
    void fleiss_with_two_raters_is_scotts_pi() {
        // Notes §4.2: with two raters Fleiss' kappa equals Scott's pi. On R-K-1: p_o = 0.7, pooled shares
        // yes (25 + 30)/100 = 0.55, no 0.45; π = (0.7 − (0.55² + 0.45²))/(1 − (0.55² + 0.45²)).
        double pe = 0.55 * 0.55 + 0.45 * 0.45;
        Agreement fleiss = fromTable(YES_NO, new long[][] {{20, 5}, {10, 15}}).fleissKappa();
        assertEquals((0.7 - pe) / (1 - pe), fleiss.coefficient(), 1e-12);
    }

    /** Krippendorff's canonical data, 4 observers × 12 units, "." missing (measures notes R-A-1..4). */
    static final String[][] KRIPPENDORFF = {
        {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."},
        {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"},
        {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."},
        {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."},
    };

    /** Wikipedia's 3 coders × 15 units (measures notes R-A-5, R-A-6). */
    static final String[][] WIKIPEDIA = {
        {".", ".", ".", ".", ".", "3", "4", "1", "2", "1", "1", "3", "3", ".", "3"},
        {"1", ".", "2", "1", "3", "3", "4", "3", ".", ".", ".", ".", ".", ".", "."},
        {".", ".", "2", "1", "3", "4", "4", ".", "2", "1", "1", "3", "3", ".", "4"},
    };

    /** Turns an observers × units grid into units × raters ratings. */
    static Ratings transpose(String[][] grid, Scale scale) {
        List<String> raters = new ArrayList<>();
        for (int r = 0; r < grid.length; r++) {
            raters.add("obs" + r);
        }
        List<RatedUnit> units = new ArrayList<>();
        for (int u = 0; u < grid[0].length; u++) {
            List<String> row = new ArrayList<>();
            for (String[] observer : grid) {
                row.add(observer[u].equals(".") ? null : observer[u]);
            }
            units.add(new RatedUnit("unit" + (u + 1), row));
        }
        return Ratings.of(scale, raters, units);
    }

    /**
     * Independent Krippendorff's alpha from the values themselves (Krippendorff 2011, the pairwise form):
     * D_o = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ²(v_i, v_j) and D_e = 1/(n(n − 1)) Σ_{i≠j over all pairable
     * values} δ²(v_i, v_j), without a coincidence matrix.
     */
    static double alphaByPairs(String[][] grid, String metric) {
        List<List<Double>> units = new ArrayList<>();
        for (int u = 0; u < grid[0].length; u++) {
            List<Double> values = new ArrayList<>();
            for (String[] observer : grid) {
                if (!observer[u].equals(".")) {
                    values.add(Double.parseDouble(observer[u]));
                }
            }
            if (values.size() >= 2) {
                units.add(values);
            }
        }
        List<Double> all = units.stream().flatMap(List::stream).collect(Collectors.toList());
        double n = all.size();
        java.util.function.BiFunction<Double, Double, Double> delta = (a, b) -> {
            if (a.equals(b)) {
                return 0.0;
            }
            switch (metric) {
                case "interval":
                    return (a - b) * (a - b);
                case "ratio":
                    return ((a - b) / (a + b)) * ((a - b) / (a + b));
                case "ordinal": {
                    double lo = Math.min(a, b);
                    double hi = Math.max(a, b);
                    double between = all.stream().filter(v -> v >= lo && v <= hi).count();
                    double na = all.stream().filter(v -> v.equals(a)).count();
                    double nb = all.stream().filter(v -> v.equals(b)).count();
                    double x = between - (na + nb) / 2;
                    return x * x;
                }
                default:
                    return 1.0;
            }
        };
        double dObserved = 0;
        for (List<Double> values : units) {
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    if (i != j) {
                        dObserved += delta.apply(values.get(i), values.get(j)) / (values.size() - 1);
                    }
                }
            }
        }
        dObserved /= n;
        double dExpected = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                if (i != j) {
                    dExpected += delta.apply(all.get(i), all.get(j));
                }
            }
        }
        dExpected /= n * (n - 1);
        return 1 - dObserved / dExpected;
    }

    @Test
    void krippendorff_R_A_1_to_4_canonical_data() {
        Ratings ratings = transpose(KRIPPENDORFF, Scale.numeric(1, 2, 3, 4, 5));
        Agreement nominal = ratings.krippendorffAlpha(Metric.NOMINAL);
        assertEquals(0.743421, nominal.coefficient(), 1e-6);          // published 0.743 (Krippendorff 2011)
        assertEquals(113.0 / 152, nominal.coefficient(), 1e-12);      // exact fraction in the notes
        assertEquals(40, ratings.coincidences().pairableValues(), 1e-12); // n = 40 pairable values
        assertEquals(11, nominal.units());
        assertEquals(1, nominal.unitsLeftOut());                      // unit 12 has one value
        assertEquals(0.815388, ratings.krippendorffAlpha(Metric.ORDINAL).coefficient(), 1e-6);  // published 0.815
        Agreement interval = ratings.krippendorffAlpha(Metric.INTERVAL);
        assertEquals(0.849107, interval.coefficient(), 1e-6);         // published 0.849
        assertEquals(951.0 / 1120, interval.coefficient(), 1e-12);
        assertEquals(0.797403, ratings.krippendorffAlpha(Metric.RATIO).coefficient(), 1e-6);    // published 0.797
        for (Metric metric : Metric.values()) {
            String id = metric.id();
            assertEquals(alphaByPairs(KRIPPENDORFF, id), ratings.krippendorffAlpha(metric).coefficient(), 1e-12, id);
        }
    }

    @Test
    void krippendorff_R_A_5_and_6_wikipedia_data() {
        Ratings ratings = transpose(WIKIPEDIA, Scale.numeric(1, 2, 3, 4));
        assertEquals(0.691358, ratings.krippendorffAlpha(Metric.NOMINAL).coefficient(), 1e-6);
        assertEquals(56.0 / 81, ratings.krippendorffAlpha(Metric.NOMINAL).coefficient(), 1e-12);
        assertEquals(0.810845, ratings.krippendorffAlpha(Metric.INTERVAL).coefficient(), 1e-6);
        assertEquals(alphaByPairs(WIKIPEDIA, "ordinal"), ratings.krippendorffAlpha(Metric.ORDINAL).coefficient(), 1e-12);
    }

    @Test
    void krippendorff_R_A_7_no_pairable_unit_is_an_error() {
        Ratings lonely = Ratings.builder(Scale.numeric(1, 2, 3)).raters("A", "B")
                .unit("u1", "1", null).unit("u2", null, "3").build();
        ValidationException e = assertThrows(ValidationException.class, () -> lonely.krippendorffAlpha(Metric.NOMINAL));
        assertEquals("units", e.violations().get(0).path());
        assertTrue(e.getMessage().contains("at least one unit with 2 or more ratings"), e.getMessage());
    }

    @Test
    void rungs_are_read_in_any_common_spelling() {
        Ratings ratings = Ratings.builder(Scale.rungs()).raters("A", "B", "C")
                .unit("p1", "Co-design", "CO_DESIGN", "co design")
                .unit("p2", "informing", "consultation", null)
                .build();
        Agreement alpha = ratings.krippendorffAlpha(Metric.ORDINAL);
        assertEquals(2, alpha.units());
        assertEquals(AgreementMethod.KRIPPENDORFF_ALPHA_ORDINAL, alpha.method());
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }

    @Test
    void bad_tables_name_every_problem() {
        ValidationException e = assertThrows(ValidationException.class, () -> Ratings.builder(Scale.rungs())
                .raters("A", "A").unit("p1", "co-design").unit("p2", "top rung", "informing").build());
        assertEquals(List.of("raters[1].id", "units[0].ratings", "units[1].ratings[0]"), paths(e));
        ValidationException fleiss = assertThrows(ValidationException.class, () -> Ratings.builder(Scale.rungs())
                .raters("A", "B", "C").unit("p1", "co-design", null, "informing").build().fleissKappa());
        assertEquals(List.of("units[0].ratings"), paths(fleiss));
        ValidationException undefined = assertThrows(ValidationException.class,
                () -> PairTable.of(YES_NO, new long[][] {{4, 0}, {0, 0}}, 0).cohenKappa(Weighting.UNWEIGHTED));
        assertTrue(undefined.getMessage().contains("undefined"), undefined.getMessage());
    }

    @Test
    void results_explain_themselves_and_survive_json() {
        Ratings ratings = transpose(KRIPPENDORFF, Scale.numeric(1, 2, 3, 4, 5));
        Agreement alpha = ratings.krippendorffAlpha(Metric.INTERVAL);
        assertTrue(alpha.explanation().contains("40 pairable ratings of 11 units"), alpha.explanation());
        assertTrue(alpha.explanation().contains("1 unit was left out (fewer than two ratings)"), alpha.explanation());
        assertEquals("Krippendorff's alpha, interval = 0.849 (11 units)", alpha.toString());
        JsonRoundTrip.assertRoundTrip(alpha, Agreement.class);
        JsonRoundTrip.assertRoundTrip(ratings, Ratings.class);
        JsonRoundTrip.assertRoundTrip(ratings.coincidences(), CoincidenceMatrix.class);
        JsonRoundTrip.assertRoundTrip(fleissRatings().fleissTable(), FleissTable.class);
        JsonRoundTrip.assertRoundTrip(orderedRatings().pairTable("A", "B"), PairTable.class);
        JsonRoundTrip.assertRoundTrip(Scale.rungs(), Scale.class);
    }
}
