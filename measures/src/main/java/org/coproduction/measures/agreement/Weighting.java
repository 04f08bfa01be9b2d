package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * How Cohen's kappa counts a near miss between two raters on an ordered scale (Cohen 1968): not at all
 * (unweighted), in proportion to the distance between the categories (linear), or in proportion to its
 * square (quadratic). With categories at positions i and j of k, the disagreement weight is 0 when i = j
 * and otherwise 1, |i − j|/(k − 1), or ((i − j)/(k − 1))².
 *
 * <p>The two {@code _BY_VALUE} weightings measure the distance with the scale's own numbers instead of the
 * positions: on {@code Scale.numeric(1, 2, 3, 4, 6)} a miss between 4 and 6 is twice a miss between 3 and
 * 4. With values v, the weight is |v_i − v_j|/(v_max − v_min), or its square. On a scale numbered 1, 2, 3 …
 * they equal {@link #LINEAR} and {@link #QUADRATIC}.
 */
@Experimental
public enum Weighting {
    /** Every disagreement counts fully: Cohen's (1960) kappa. */
    UNWEIGHTED,
    /** Disagreement in proportion to the distance between the categories. */
    LINEAR,
    /** Disagreement in proportion to the squared distance; close to an intraclass correlation. */
    QUADRATIC,
    /** Disagreement in proportion to the distance between the scale's values. */
    LINEAR_BY_VALUE,
    /** Disagreement in proportion to the squared distance between the scale's values. */
    QUADRATIC_BY_VALUE;

    /**
     * The disagreement weight between categories at positions i and j of a scale of k categories.
     *
     * @param i  the first position, 0 to k − 1
     * @param j  the second position, 0 to k − 1
     * @param k  the number of categories, at least 2
     * @return the weight, 0 to 1
     * @throws UnsupportedOperationException for the {@code _BY_VALUE} weightings, which need the scale's
     *     values: use {@link #disagreement(Scale, int, int)}
     */
    public double disagreement(int i, int j, int k) {
        if (byValue()) {
            throw new UnsupportedOperationException(id() + " weights need the scale's values: use disagreement(scale, i, j)");
        }
        if (i == j) {
            return 0;
        }
        double distance = Math.abs(i - j) / (k - 1.0);
        return shape(distance);
    }

    /**
     * The disagreement weight between the categories at positions i and j of a scale.
     *
     * @param scale  the scale, not null
     * @param i  the first position, 0 to size − 1
     * @param j  the second position, 0 to size − 1
     * @return the weight, 0 to 1
     */
    public double disagreement(Scale scale, int i, int j) {
        if (!byValue()) {
            return disagreement(i, j, scale.size());
        }
        if (i == j) {
            return 0;
        }
        double low = scale.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double high = scale.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return shape(Math.abs(scale.values().get(i) - scale.values().get(j)) / (high - low));
    }

    /** Whether the weights come from the scale's values rather than the positions of its categories. */
    boolean byValue() {
        return this == LINEAR_BY_VALUE || this == QUADRATIC_BY_VALUE;
    }

    private double shape(double distance) {
        switch (this) {
            case LINEAR:
            case LINEAR_BY_VALUE:
                return distance;
            case QUADRATIC:
            case QUADRATIC_BY_VALUE:
                return distance * distance;
            default:
                return 1;
        }
    }

    /**
     * The weighting's identifier as written in JSON, such as {@code quadratic}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a weighting from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the weighting, not null
     * @throws IllegalArgumentException if the text names no weighting
     */
    @JsonCreator
    public static Weighting parse(String text) {
        return EnumIds.parse(Weighting.class, text, "weighting");
    }
}
