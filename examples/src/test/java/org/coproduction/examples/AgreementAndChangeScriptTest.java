package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the researchers' JShell script {@code jshell/agreement-and-change.jsh} non-interactively with the
 * {@code jshell} tool of the running JDK, on the class path (no module path), and checks the figures it
 * prints against values computed here independently from the same CSV, with formulas written out below.
 */
class AgreementAndChangeScriptTest {

    private static final Path SCRIPT = Path.of("jshell", "agreement-and-change.jsh");
    private static final Path CSV = Path.of("jshell", "ratings.csv");
    /** The TLAP rungs in order: a rung's position here, plus one, is its order on the ladder. */
    private static final List<String> RUNGS = List.of("coercion", "educating", "informing", "consultation",
            "engagement", "co-design", "co-production");

    private static String output;
    private static List<String> raters;
    private static List<Integer[]> units;

    @BeforeAll
    static void runScript() throws IOException, InterruptedException {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(jshell.toString(), "--class-path", classPath,
                "-R-Dratings.csv=" + CSV.toAbsolutePath(), SCRIPT.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "jshell did not finish; output so far:\n" + output);
        assertEquals(0, process.exitValue(), output);

        raters = null;
        units = new ArrayList<>();
        for (String line : Files.readAllLines(CSV)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (raters == null) {
                raters = Arrays.asList(cells).subList(1, cells.length);
                continue;
            }
            Integer[] row = new Integer[cells.length - 1];
            for (int r = 1; r < cells.length; r++) {
                row[r - 1] = cells[r].isBlank() ? null : RUNGS.indexOf(cells[r].trim()) + 1;
            }
            units.add(row);
        }
    }

    private static double figure(String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + " = (-?[0-9.]+)").matcher(output);
        assertTrue(m.find(), "no \"" + name + " = …\" in the output:\n" + output);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void script_runs_cleanly_and_says_the_data_are_illustrative() throws IOException {
        assertFalse(output.contains("Exception"), output);
        assertFalse(output.contains("Error"), output);
        assertTrue(output.contains("Ratings of 12 units by 5 raters"), output);
        assertTrue(Files.readString(CSV).contains("ILLUSTRATIVE DATA, MADE UP"));
        assertTrue(Files.readString(SCRIPT).strip().endsWith("/exit"));
    }

    /**
     * Krippendorff's alpha from the values, pairwise (Krippendorff 2011): D_o from the pairs inside each unit
     * weighted 1/(m_u − 1), D_e from every pair of pairable values; no coincidence matrix.
     */
    private static double alpha(List<Integer[]> data, boolean ordinal) {
        List<List<Integer>> pairable = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (Integer[] row : data) {
            List<Integer> values = new ArrayList<>();
            for (Integer v : row) {
                if (v != null) {
                    values.add(v);
                }
            }
            if (values.size() >= 2) {
                pairable.add(values);
                all.addAll(values);
            }
        }
        Map<Integer, Long> frequency = new HashMap<>();
        all.forEach(v -> frequency.merge(v, 1L, Long::sum));
        java.util.function.BiFunction<Integer, Integer, Double> delta = (a, b) -> {
            if (a.equals(b)) {
                return 0.0;
            }
            if (!ordinal) {
                return 1.0;
            }
            double between = 0;
            for (int g = Math.min(a, b); g <= Math.max(a, b); g++) {
                between += frequency.getOrDefault(g, 0L);
            }
            double x = between - (frequency.get(a) + frequency.get(b)) / 2.0;
            return x * x;
        };
        double n = all.size();
        double observed = 0;
        for (List<Integer> values : pairable) {
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    if (i != j) {
                        observed += delta.apply(values.get(i), values.get(j)) / (values.size() - 1);
                    }
                }
            }
        }
        double expected = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                if (i != j) {
                    expected += delta.apply(all.get(i), all.get(j));
                }
            }
        }
        return 1 - (observed / n) / (expected / (n * (n - 1)));
    }

    private static List<Integer[]> columns(String... names) {
        List<Integer[]> narrowed = new ArrayList<>();
        for (Integer[] row : units) {
            Integer[] kept = new Integer[names.length];
            for (int k = 0; k < names.length; k++) {
                kept[k] = row[raters.indexOf(names[k])];
            }
            narrowed.add(kept);
        }
        return narrowed;
    }

    @Test
    void krippendorff_alpha_matches_the_pairwise_formula() {
        assertEquals(alpha(units, true), figure("alpha-ordinal"), 5e-5);
        assertEquals(alpha(units, false), figure("alpha-nominal"), 5e-5);
        assertEquals(alpha(columns("lived-1", "lived-2", "lived-3"), true), figure("alpha-lived"), 5e-5);
        assertEquals(alpha(columns("staff-1", "staff-2"), true), figure("alpha-staff"), 5e-5);
    }

    @Test
    void cohen_kappa_matches_direct_and_concordance_formulas() {
        List<int[]> pairs = new ArrayList<>();
        for (Integer[] row : columns("lived-1", "staff-1")) {
            if (row[0] != null && row[1] != null) {
                pairs.add(new int[] {row[0], row[1]});
            }
        }
        double n = pairs.size();
        // Unweighted (Cohen 1960): p_o the share of exact matches, p_e = Σ_k (row_k/N)(col_k/N).
        double po = pairs.stream().filter(p -> p[0] == p[1]).count() / n;
        double pe = 0;
        for (int k = 1; k <= RUNGS.size(); k++) {
            final int rung = k;
            pe += (pairs.stream().filter(p -> p[0] == rung).count() / n) * (pairs.stream().filter(p -> p[1] == rung).count() / n);
        }
        assertEquals((po - pe) / (1 - pe), figure("kappa-unweighted"), 5e-5);
        // Quadratic weights: equals Lin's concordance correlation with population moments (Fleiss and Cohen 1973).
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElseThrow();
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElseThrow();
        double sxx = pairs.stream().mapToDouble(p -> (p[0] - mx) * (p[0] - mx)).sum() / n;
        double syy = pairs.stream().mapToDouble(p -> (p[1] - my) * (p[1] - my)).sum() / n;
        double sxy = pairs.stream().mapToDouble(p -> (p[0] - mx) * (p[1] - my)).sum() / n;
        assertEquals(2 * sxy / (sxx + syy + (mx - my) * (mx - my)), figure("kappa-quadratic"), 5e-5);
    }

    @Test
    void fleiss_kappa_matches_the_1971_formula_on_complete_rows() {
        // Fleiss (1971): P_i = (Σ_j n_ij² − n)/(n(n − 1)), p_j = Σ_i n_ij/(N n), κ = (P̄ − Σ p_j²)/(1 − Σ p_j²).
        int raterCount = raters.size();
        double[] p = new double[RUNGS.size() + 1];
        double meanP = 0;
        int complete = 0;
        for (Integer[] row : units) {
            if (Arrays.stream(row).anyMatch(v -> v == null)) {
                continue;
            }
            complete++;
            int[] counts = new int[RUNGS.size() + 1];
            for (Integer v : row) {
                counts[v]++;
            }
            double squares = 0;
            for (int j = 1; j < counts.length; j++) {
                squares += counts[j] * counts[j];
                p[j] += counts[j];
            }
            meanP += (squares - raterCount) / (raterCount * (raterCount - 1.0));
        }
        meanP /= complete;
        double pe = 0;
        for (int j = 1; j < p.length; j++) {
            double share = p[j] / (complete * raterCount);
            pe += share * share;
        }
        assertTrue(output.contains("over the " + complete + " fully rated projects"), output);
        assertEquals((meanP - pe) / (1 - pe), figure("fleiss-kappa"), 5e-5);
    }

    @Test
    void newcombe_change_matches_wilson_roots() {
        // Newcombe (1998) method 10 from Wilson limits found as roots of (p̂ − p)² = z²p(1 − p)/n, z = 1.959963984540054.
        double z = 1.959963984540054;
        double[] after = wilson(29, 42, z);
        double[] before = wilson(18, 40, z);
        double p1 = 29 / 42.0;
        double p2 = 18 / 40.0;
        assertEquals(p1 - p2, figure("change"), 5e-5);
        Matcher m = Pattern.compile("change = [-0-9.]+ \\(95% CI (-?[0-9.]+) to (-?[0-9.]+)\\)").matcher(output);
        assertTrue(m.find(), output);
        assertEquals(p1 - p2 - Math.hypot(p1 - after[0], before[1] - p2), Double.parseDouble(m.group(1)), 5e-5);
        assertEquals(p1 - p2 + Math.hypot(after[1] - p1, p2 - before[0]), Double.parseDouble(m.group(2)), 5e-5);
    }

    private static double[] wilson(long x, long n, double z) {
        double p = (double) x / n;
        double a = 1 + z * z / n;
        double b = -(2 * p + z * z / n);
        double root = Math.sqrt(b * b - 4 * a * p * p);
        return new double[] {(-b - root) / (2 * a), (-b + root) / (2 * a)};
    }
}
