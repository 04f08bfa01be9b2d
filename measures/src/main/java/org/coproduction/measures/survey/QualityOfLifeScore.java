package org.coproduction.measures.survey;

import java.util.Locale;
import java.util.OptionalDouble;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * ASCOF 1A, social care-related quality of life: the mean over respondents of the sum of their eight ASCOT
 * item scores (each answer scored 3 for the first option down to 0 for the last), a score from 0 to 24.
 * Only respondents who answered all eight items count; those who left any blank are reported in
 * {@link #incomplete()} and are not in the mean.
 *
 * <p>Sources: LG Inform metric type 1091 (scoring, "answered all eight"); NHS England's ASCS pipeline,
 * {@code ASCOF_1A = 32 − sum(q3a … q11)} with {@code skipna=False}, which is the same sum [V].
 *
 * @param respondents  respondents who answered all eight items
 * @param incomplete  respondents who left at least one item blank
 * @param scoreSum  the sum of the respondents' scores
 * @param weightSum  the sum of the respondents' survey weights
 * @param weightedScoreSum  the sum of weight × score
 */
@Stable
public record QualityOfLifeScore(long respondents, long incomplete, long scoreSum, double weightSum,
        double weightedScoreSum)
        implements java.io.Serializable {

    /** The highest possible score: eight items each scoring at most 3. */
    public static final int MAXIMUM = 24;

    /**
     * Checks the sums.
     *
     * @throws org.coproduction.core.validation.ValidationException if a count or sum is negative or the score
     *     sum exceeds 24 per respondent
     */
    public QualityOfLifeScore {
        Violations.of("QualityOfLifeScore")
                .check(respondents >= 0, "respondents", "must not be negative", respondents)
                .check(incomplete >= 0, "incomplete", "must not be negative", incomplete)
                .check(scoreSum >= 0 && scoreSum <= MAXIMUM * respondents, "scoreSum",
                        "must be from 0 to 24 × respondents", scoreSum)
                .check(weightSum >= 0 && Double.isFinite(weightSum), "weightSum", "must be finite and not negative",
                        weightSum)
                .check(weightedScoreSum >= 0 && Double.isFinite(weightedScoreSum), "weightedScoreSum",
                        "must be finite and not negative", weightedScoreSum)
                .throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals: x + 0.0 makes it 0.0 (IEEE 754).
        weightSum += 0.0;
        weightedScoreSum += 0.0;
    }

    /**
     * The 1A score of one respondent: Σ (4 − code) over the eight items, or −1 if any item is blank.
     *
     * @param codes  the eight answer codes, each 0 (blank) to 4, not null
     * @return the score from 0 to 24, or −1 when the respondent does not count
     * @throws IllegalArgumentException if there are not eight codes or a code is out of range
     */
    public static int scoreOf(int... codes) {
        if (codes.length != 8) {
            throw new IllegalArgumentException("codes: must be the 8 quality of life answer codes, was " + codes.length);
        }
        int sum = 0;
        boolean blank = false;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < AscsResponse.NO_ANSWER || codes[i] > AscsResponse.QUALITY_OF_LIFE_CODES) {
                throw new IllegalArgumentException("codes[" + i + "]: must be an answer code from 1 to 4, or 0 for no "
                        + "answer, was " + codes[i]);
            }
            blank |= codes[i] == AscsResponse.NO_ANSWER;
            sum += 4 - codes[i];
        }
        return blank ? -1 : sum;
    }

    /**
     * The weighted mean score, 0 to 24: Σ weight × score ÷ Σ weight.
     *
     * @return the mean, or empty when no respondent answered all eight items
     */
    public OptionalDouble mean() {
        return respondents == 0 ? OptionalDouble.empty() : OptionalDouble.of(weightedScoreSum / weightSum);
    }

    /**
     * The unweighted mean score, 0 to 24: the sum of scores ÷ respondents.
     *
     * @return the mean, or empty when no respondent answered all eight items
     */
    public OptionalDouble unweightedMean() {
        return respondents == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) scoreSum / respondents);
    }

    @Override
    public String toString() {
        return (respondents == 0 ? "no complete responses"
                : String.format(Locale.ROOT, "mean %.2f of 24 (weighted) over %d respondents", weightedScoreSum / weightSum,
                        respondents)) + ", " + incomplete + " incomplete excluded";
    }
}
