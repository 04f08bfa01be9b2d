package org.coproduction.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coproduction.measures.safeguarding.EvaluationFeedback;
import org.coproduction.measures.safeguarding.Report;
import org.coproduction.measures.survey.AscsResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code toString()} of a type that holds one person's answers shows identifiers and counts only: two values
 * for the same person that differ only in their answers print the same text (issue 16, point 7 and "no
 * personal data anywhere in an exception"), so a host that logs the value logs nobody's answers.
 */
class PersonalToStringTest {

    @Test
    void anAscsResponsePrintsItsIdAndHowManyQuestionsWereAnsweredNotTheAnswers() {
        AscsResponse happy = new AscsResponse("R17", 1.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
        AscsResponse unhappy = new AscsResponse("R17", 1.0, 7, 4, 4, 4, 4, 4, 4, 4, 4, 4);
        assertEquals(happy.toString(), unhappy.toString());
        assertTrue(happy.toString().contains("R17"), happy.toString());
        // Ten questions, all answered in both; one left blank changes the count, not an answer.
        assertTrue(happy.toString().contains("10 of 10"), happy.toString());
        AscsResponse blank = new AscsResponse("R17", 1.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, AscsResponse.NO_ANSWER);
        assertTrue(blank.toString().contains("9 of 10"), blank.toString());
    }

    @Test
    void anEvaluationResponsePrintsItsAnswerCountNotTheIdAnswersOrDay() {
        EvaluationFeedback better = new EvaluationFeedback("p-1", LocalDate.of(2024, 3, 4), Report.BETTER,
                Report.BETTER, Report.BETTER);
        EvaluationFeedback worse = new EvaluationFeedback("p-1", LocalDate.of(2024, 5, 6), Report.NOT_BETTER,
                Report.NOT_BETTER, Report.NOT_ANSWERED);
        assertEquals(better.toString().replace("3 of 3", "2 of 3"), worse.toString());
        assertTrue(!better.toString().contains("p-1"), better.toString());
    }
}
