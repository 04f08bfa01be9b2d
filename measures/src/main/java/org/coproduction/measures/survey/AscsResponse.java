package org.coproduction.measures.survey;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * One person's answers to the Adult Social Care Survey questions the ASCOF measures use, as answer codes
 * in the questionnaire's order (1 is the first option printed), with {@link #NO_ANSWER} (0) where the
 * person left a question blank.
 *
 * <p>Columns follow NHS England's ASCS pipeline: the eight social care-related quality of life items are
 * {@code q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11} (each 1 to 4, 1 the best state) [V: pipeline code
 * {@code generate_1A}]. Which domain each column is, apart from q3a (control over daily life) and q7a
 * (safety), is unverified, and question numbers change between questionnaire years, so these columns
 * describe the current questionnaire only. {@code q1} is overall satisfaction, 1 "extremely satisfied" to 7
 * "extremely dissatisfied" (the seven-point scale is unverified [U]); {@code q12} is how easy it was to find
 * information and advice, 1 "very easy", 2 "fairly easy", 3 "fairly difficult", 4 "very difficult", 5 "I've
 * never tried to find information or advice" (the code of the last option is unverified [U]).
 *
 * <p>An answer code outside its range is an error naming the record and the column, never dropped: a
 * wrong code usually means a wrongly mapped file, and dropping it would bias every measure.
 *
 * @param recordId  the pseudonymous identifier of the survey return row, not blank; used in error messages
 * @param weight  the survey weight (the inverse probability of responding, as the national and regional
 *     results use), positive and finite; 1 for unweighted council results
 * @param q1  overall satisfaction with care and support, 0 to 7
 * @param q3a  control over daily life, 0 to 4
 * @param q4a  quality of life item q4a, 0 to 4
 * @param q5a  quality of life item q5a, 0 to 4
 * @param q6a  quality of life item q6a, 0 to 4
 * @param q7a  feeling safe, 0 to 4
 * @param q8a  quality of life item q8a, 0 to 4
 * @param q9a  quality of life item q9a, 0 to 4
 * @param q11  quality of life item q11, 0 to 4
 * @param q12  ease of finding information and advice, 0 to 5
 */
@Stable
public record AscsResponse(String recordId, double weight, int q1, int q3a, int q4a, int q5a, int q6a, int q7a,
        int q8a, int q9a, int q11, int q12) {

    /** The code of a question left blank. */
    public static final int NO_ANSWER = 0;

    /** The highest answer code of {@code q1}, overall satisfaction. */
    public static final int SATISFACTION_CODES = 7;

    /** The highest answer code of each quality of life item. */
    public static final int QUALITY_OF_LIFE_CODES = 4;

    /** The highest answer code of {@code q12}, finding information. */
    public static final int INFORMATION_CODES = 5;

    /** The {@code q12} code for "I've never tried to find information or advice". */
    public static final int NEVER_TRIED = 5;

    /**
     * Checks every code and the weight, and reports all problems at once.
     *
     * @throws org.coproduction.core.validation.ValidationException naming the record and each field whose code
     *     is out of range, or a weight that is not positive and finite
     */
    public AscsResponse {
        // One cheap pass for the common valid row; the full report is only built for a bad one.
        if (recordId == null || recordId.isBlank() || !(weight > 0 && weight < Double.POSITIVE_INFINITY)
                || outOfRange(q1, SATISFACTION_CODES) || outOfRange(q3a, QUALITY_OF_LIFE_CODES)
                || outOfRange(q4a, QUALITY_OF_LIFE_CODES) || outOfRange(q5a, QUALITY_OF_LIFE_CODES)
                || outOfRange(q6a, QUALITY_OF_LIFE_CODES) || outOfRange(q7a, QUALITY_OF_LIFE_CODES)
                || outOfRange(q8a, QUALITY_OF_LIFE_CODES) || outOfRange(q9a, QUALITY_OF_LIFE_CODES)
                || outOfRange(q11, QUALITY_OF_LIFE_CODES) || outOfRange(q12, INFORMATION_CODES)) {
            reject(recordId, weight, q1, q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11, q12);
        }
    }

    private static boolean outOfRange(int code, int max) {
        // Unsigned comparison puts negative codes above every maximum.
        return Integer.compareUnsigned(code, max) > 0;
    }

    private static void reject(String recordId, double weight, int q1, int q3a, int q4a, int q5a, int q6a,
            int q7a, int q8a, int q9a, int q11, int q12) {
        Violations problems = Violations.of("AscsResponse " + (recordId == null ? "(no record id)" : recordId));
        problems.check(recordId != null && !recordId.isBlank(), "recordId", "must not be blank", recordId);
        problems.check(weight > 0 && weight < Double.POSITIVE_INFINITY, "weight", "must be positive and finite",
                weight);
        code(problems, "q1", q1, SATISFACTION_CODES);
        String[] names = {"q3a", "q4a", "q5a", "q6a", "q7a", "q8a", "q9a", "q11"};
        int[] codes = {q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11};
        for (int i = 0; i < names.length; i++) {
            code(problems, names[i], codes[i], QUALITY_OF_LIFE_CODES);
        }
        code(problems, "q12", q12, INFORMATION_CODES);
        problems.throwIfAny();
    }

    private static void code(Violations problems, String field, int code, int max) {
        problems.check(!outOfRange(code, max), field, "must be an answer code from 1 to " + max + ", or "
                + NO_ANSWER + " for no answer", code);
    }

    /**
     * The eight quality of life answer codes in the order of the 1A sum.
     *
     * @return a new array of the codes {@code q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11}
     */
    public int[] qualityOfLifeCodes() {
        return new int[] {q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11};
    }

    /**
     * The record's identifier and how many of the ten questions were answered; never an answer, which is one
     * person's data and would reach a host's logs with any message that prints this value.
     *
     * @return a short description, not null
     */
    @Override
    public String toString() {
        int[] codes = {q1, q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11, q12};
        int answered = 0;
        for (int code : codes) {
            answered += code == NO_ANSWER ? 0 : 1;
        }
        return "AscsResponse " + recordId + " (" + answered + " of " + codes.length + " questions answered)";
    }
}
