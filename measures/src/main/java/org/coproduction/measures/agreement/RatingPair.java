package org.coproduction.measures.agreement;

import org.coproduction.core.api.Experimental;

/**
 * Two raters' ratings of the same unit, the record a {@link PairTableAccumulator} counts for Cohen's kappa.
 * Either may be {@code null} (or blank) when that rater gave no rating; such pairs are counted as left out.
 *
 * @param first  the first rater's rating, or null
 * @param second  the second rater's rating, or null
 */
@Experimental
public record RatingPair(String first, String second) {

    /**
     * A pair of ratings.
     *
     * @param first  the first rater's rating, or null
     * @param second  the second rater's rating, or null
     * @return the pair, not null
     */
    public static RatingPair of(String first, String second) {
        return new RatingPair(first, second);
    }

    boolean complete() {
        return first != null && !first.isBlank() && second != null && !second.isBlank();
    }
}
