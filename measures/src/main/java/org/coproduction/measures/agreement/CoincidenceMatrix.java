package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * Krippendorff's coincidence matrix, held exactly: for each number m of ratings a unit has, the count of
 * ordered pairs of ratings (c, k) from units with m ratings. The coincidences are
 * o_ck = Σ_m pairs_m(c, k)/(m − 1), so parts merge by adding whole numbers. What a
 * {@link CoincidenceAccumulator} builds, and all Krippendorff's alpha needs, for any metric.
 *
 * <p>This class is immutable and thread-safe.
 */
@Experimental
public final class CoincidenceMatrix implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Scale scale;
    private final long[][][] pairsByUnitSize;
    private final long units;
    private final long unitsLeftOut;

    private CoincidenceMatrix(Scale scale, long[][][] pairsByUnitSize, long units, long unitsLeftOut) {
        this.scale = scale;
        this.pairsByUnitSize = pairsByUnitSize;
        this.units = units;
        this.unitsLeftOut = unitsLeftOut;
    }

    /**
     * A matrix from its pair counts.
     *
     * @param scale  the scale rated on, not null
     * @param pairsByUnitSize  at index m − 2, the k × k counts of ordered pairs of ratings from units with m
     *     ratings; none negative
     * @param units  the number of units with at least two ratings
     * @param unitsLeftOut  the number of units with fewer than two ratings
     * @return the matrix, not null
     * @throws org.coproduction.core.validation.ValidationException if a table has the wrong shape or a
     *     negative count
     */
    @JsonCreator
    public static CoincidenceMatrix of(@JsonProperty("scale") Scale scale,
            @JsonProperty("pairsByUnitSize") long[][][] pairsByUnitSize, @JsonProperty("units") long units,
            @JsonProperty("unitsLeftOut") long unitsLeftOut) {
        Objects.requireNonNull(scale, "scale");
        Violations problems = Violations.of("CoincidenceMatrix");
        int k = scale.size();
        problems.check(pairsByUnitSize != null, "pairsByUnitSize", "is required");
        problems.check(units >= 0, "units", "must not be negative", units);
        problems.check(unitsLeftOut >= 0, "unitsLeftOut", "must not be negative", unitsLeftOut);
        problems.throwIfAny();
        int last = -1;
        long[][][] copy = new long[pairsByUnitSize.length][][];
        for (int m = 0; m < pairsByUnitSize.length; m++) {
            long[][] layer = pairsByUnitSize[m];
            boolean square = layer != null && layer.length == k && Arrays.stream(layer).allMatch(r -> r != null && r.length == k);
            problems.check(square, "pairsByUnitSize[" + m + "]", "must be " + k + " × " + k);
            if (square) {
                copy[m] = new long[k][];
                for (int c = 0; c < k; c++) {
                    copy[m][c] = layer[c].clone();
                    for (int d = 0; d < k; d++) {
                        problems.check(layer[c][d] >= 0, "pairsByUnitSize[" + m + "][" + c + "][" + d + "]",
                                "must not be negative", layer[c][d]);
                        if (layer[c][d] != 0) {
                            last = m;
                        }
                    }
                }
            }
        }
        problems.throwIfAny();
        return new CoincidenceMatrix(scale, Arrays.copyOf(copy, last + 1), units, unitsLeftOut);
    }

    /**
     * The scale rated on.
     *
     * @return the scale, not null
     */
    @JsonProperty("scale")
    public Scale scale() {
        return scale;
    }

    /**
     * The exact pair counts: index m − 2 holds the ordered pairs from units with m ratings.
     *
     * @return a copy, not null
     */
    @JsonProperty("pairsByUnitSize")
    public long[][][] pairsByUnitSize() {
        long[][][] copy = new long[pairsByUnitSize.length][][];
        for (int m = 0; m < copy.length; m++) {
            copy[m] = new long[pairsByUnitSize[m].length][];
            for (int c = 0; c < copy[m].length; c++) {
                copy[m][c] = pairsByUnitSize[m][c].clone();
            }
        }
        return copy;
    }

    /**
     * The number of units with at least two ratings (pairable units).
     *
     * @return the count
     */
    @JsonProperty("units")
    public long units() {
        return units;
    }

    /**
     * The number of units left out because they had fewer than two ratings.
     *
     * @return the count
     */
    @JsonProperty("unitsLeftOut")
    public long unitsLeftOut() {
        return unitsLeftOut;
    }

    /**
     * The coincidences o_ck = Σ_m pairs_m(c, k)/(m − 1).
     *
     * @return a k × k matrix, not null
     */
    public double[][] coincidences() {
        int k = scale.size();
        double[][] o = new double[k][k];
        for (int m = 0; m < pairsByUnitSize.length; m++) {
            for (int c = 0; c < k; c++) {
                for (int d = 0; d < k; d++) {
                    o[c][d] += pairsByUnitSize[m][c][d] / (m + 1.0);
                }
            }
        }
        return o;
    }

    /**
     * The number of pairable values, n = Σ_c Σ_k o_ck.
     *
     * @return n
     */
    public double pairableValues() {
        return Arrays.stream(coincidences()).flatMapToDouble(Arrays::stream).sum();
    }

    /**
     * Krippendorff's alpha (Krippendorff 2011): α = 1 − D_o/D_e = 1 − (n − 1)·Σ o_ck δ²_ck / Σ n_c n_k δ²_ck,
     * with n_c the row sums of the coincidences and δ² the {@link Metric}'s distance.
     *
     * @param metric  the distance between values, not null
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if no unit has two or more ratings, every
     *     pairable value is in one category (alpha undefined), or the ratio metric meets a negative value
     */
    public Agreement alpha(Metric metric) {
        Violations problems = Violations.of("Krippendorff's alpha");
        problems.check(units > 0, "units", "must include at least one unit with 2 or more ratings", units);
        if (metric == Metric.RATIO) {
            for (int c = 0; c < scale.size(); c++) {
                problems.check(scale.values().get(c) >= 0, "scale.values[" + c + "]",
                        "must not be negative for the ratio metric", scale.values().get(c));
            }
        }
        problems.throwIfAny();
        double[] parts = parts(scale, metric, coincidences());
        double n = parts[0];
        double observed = parts[1];
        double expected = parts[2];
        problems.check(expected > 0, "ratings", "must not all fall in one category: alpha is then undefined");
        problems.throwIfAny();
        double alpha = 1 - (n - 1) * observed / expected;
        double dObserved = observed / n;
        double dExpected = expected / (n * (n - 1));
        AgreementMethod method = AgreementMethod.krippendorff(metric);
        return Agreement.builder().method(method).source(method.source())
                .coefficient(alpha).observed(dObserved).expected(dExpected).units(units).unitsLeftOut(unitsLeftOut)
                .explanation(String.format(Locale.ROOT,
                        "%s pairable ratings of %d units. Observed disagreement %s against %s expected by chance: "
                                + "%s = %s, where 1 is perfect agreement and 0 is no better than chance. Krippendorff "
                                + "suggests relying on alpha of at least 0.800 and drawing only tentative conclusions "
                                + "from 0.667 to 0.800 (thresholds not verified against the original).%s",
                        Agreement.show(n).replaceAll("\\.?0+$", ""), units, Agreement.show(dObserved),
                        Agreement.show(dExpected), method.displayName(), Agreement.show(alpha),
                        Agreement.leftOut(unitsLeftOut, "fewer than two ratings")))
                .build();
    }

    /**
     * The sums alpha is made of, from coincidences o: {n, Σ o_ck δ²_ck, Σ n_c n_k δ²_ck}; alpha is
     * 1 − (n − 1)·second/third, undefined when the third is 0.
     */
    static double[] parts(Scale scale, Metric metric, double[][] o) {
        int k = scale.size();
        double[] marginal = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                marginal[c] += o[c][d];
            }
            n += marginal[c];
        }
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                double delta = distance(scale, metric, c, d, marginal);
                observed += o[c][d] * delta;
                expected += marginal[c] * marginal[d] * delta;
            }
        }
        return new double[] {n, observed, expected};
    }

    private static double distance(Scale scale, Metric metric, int c, int d, double[] marginal) {
        if (c == d) {
            return 0;
        }
        switch (metric) {
            case ORDINAL: {
                int low = Math.min(c, d);
                int high = Math.max(c, d);
                double sum = 0;
                for (int g = low; g <= high; g++) {
                    sum += marginal[g];
                }
                double x = sum - (marginal[c] + marginal[d]) / 2;
                return x * x;
            }
            case INTERVAL: {
                double x = scale.values().get(c) - scale.values().get(d);
                return x * x;
            }
            case RATIO: {
                double a = scale.values().get(c);
                double b = scale.values().get(d);
                double x = a + b == 0 ? 0 : (a - b) / (a + b);
                return x * x;
            }
            default:
                return 1;
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof CoincidenceMatrix)) {
            return false;
        }
        CoincidenceMatrix that = (CoincidenceMatrix) other;
        return scale.equals(that.scale) && Arrays.deepEquals(pairsByUnitSize, that.pairsByUnitSize)
                && units == that.units && unitsLeftOut == that.unitsLeftOut;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, Arrays.deepHashCode(pairsByUnitSize), units, unitsLeftOut);
    }

    @Override
    public String toString() {
        return "CoincidenceMatrix of " + units + " units on " + scale.categories();
    }

    /** Java serialisation reads the fields back through {@link #of}, so that a table read is checked. */
    private Object readResolve() {
        return of(scale, pairsByUnitSize, units, unitsLeftOut);
    }
}
