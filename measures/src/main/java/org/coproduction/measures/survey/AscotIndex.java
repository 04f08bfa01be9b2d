package org.coproduction.measures.survey;

import java.util.OptionalDouble;
import org.coproduction.core.api.Stable;

/**
 * The preference-weighted ASCOT index of one respondent: each of the eight quality of life answers is
 * recoded to a preference weight, and the index is {@code 0.203 × Σ weights − 0.466}. It runs from about 1.00
 * (all best answers: 0.998645) to −0.17 (all worst: −0.170635), where 0 is a state equal to death. It is the
 * first step of the adjusted quality of life measure (old ASCOF 1J, "impact of adult social care services").
 *
 * <p>Sources: NHS England's ASCS pipeline, {@code generate_1J} (the weights below) [V: code]; PSSRU, ASCOT
 * v2.0 updates (the 1.00 to −0.17 range) [V]. The weights come from PSSRU's model and are specific to this
 * version; they may change.
 */
@Stable
public final class AscotIndex {

    /** Preference weights by item (q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11) and answer code 1 to 4. */
    private static final double[][] WEIGHTS = {
        {1, 0.919, 0.541, 0},
        {0.911, 0.789, 0.265, 0.195},
        {0.879, 0.775, 0.294, 0.184},
        {0.863, 0.78, 0.374, 0.288},
        {0.88, 0.452, 0.298, 0.114},
        {0.873, 0.748, 0.497, 0.241},
        {0.962, 0.927, 0.567, 0.17},
        {0.847, 0.637, 0.295, 0.263},
    };

    private AscotIndex() {
    }

    /**
     * The index of one respondent's eight answers.
     *
     * @param codes  the answer codes of q3a, q4a, q5a, q6a, q7a, q8a, q9a and q11, each 1 to 4, or 0 for no
     *     answer, not null
     * @return the index, or empty if any item is blank (the pipeline sets it missing)
     * @throws IllegalArgumentException if there are not eight codes or a code is out of range, naming it
     */
    public static OptionalDouble of(int... codes) {
        if (codes.length != WEIGHTS.length) {
            throw new IllegalArgumentException("codes: must be the 8 quality of life answer codes, was " + codes.length);
        }
        double sum = 0;
        boolean blank = false;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < AscsResponse.NO_ANSWER || codes[i] > AscsResponse.QUALITY_OF_LIFE_CODES) {
                throw new IllegalArgumentException("codes[" + i + "]: must be an answer code from 1 to 4, or 0 for no "
                        + "answer, was " + codes[i]);
            }
            if (codes[i] == AscsResponse.NO_ANSWER) {
                blank = true;
            } else {
                sum += WEIGHTS[i][codes[i] - 1];
            }
        }
        return blank ? OptionalDouble.empty() : OptionalDouble.of(0.203 * sum - 0.466);
    }

    /**
     * The index of a response's eight quality of life answers.
     *
     * @param response  the response, not null
     * @return the index, or empty if any item is blank
     */
    public static OptionalDouble of(AscsResponse response) {
        return of(response.qualityOfLifeCodes());
    }
}
