package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.value.EnumIds;

/**
 * How Cohen's kappa counts a near miss between two raters on an ordered scale (Cohen 1968): not at all
 * (unweighted), in proportion to the distance between the categories (linear), or in proportion to its
 * square (quadratic). With categories at positions i and j of k, the disagreement weight is 0 when i = j
 * and otherwise 1, |i − j|/(k − 1), or ((i − j)/(k − 1))².
 */
public enum Weighting {
    /** Every disagreement counts fully: Cohen's (1960) kappa. */
    UNWEIGHTED,
    /** Disagreement in proportion to the distance between the categories. */
    LINEAR,
    /** Disagreement in proportion to the squared distance; close to an intraclass correlation. */
    QUADRATIC;

    /**
     * The disagreement weight between categories at positions i and j of a scale of k categories.
     *
     * @param i  the first position, 0 to k − 1
     * @param j  the second position, 0 to k − 1
     * @param k  the number of categories, at least 2
     * @return the weight, 0 to 1
     */
    public double disagreement(int i, int j, int k) {
        if (i == j) {
            return 0;
        }
        double distance = Math.abs(i - j) / (k - 1.0);
        switch (this) {
            case LINEAR:
                return distance;
            case QUADRATIC:
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
