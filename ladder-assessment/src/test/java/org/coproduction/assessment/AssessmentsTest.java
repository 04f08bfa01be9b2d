package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.placement.Assessment;
import org.junit.jupiter.api.Test;

/** The JShell entry points, used as the README shows them. */
class AssessmentsTest {

    @Test
    void theReadmeExampleGivesEngagementHalfWayToCoDesign() {
        Assessment a = Assessments.tlapAssessor().assess(Assessments.tlapResponses("carers-forum")
                .addAnswer(Answer.of("started", "peoples-priorities"))
                .addAnswer(Answer.of("stages", "design"))
                .addAnswer(Answer.of("decisions", "staff-some-influence"))
                .addAnswer(Answer.of("agenda", "jointly"))
                .addAnswer(Answer.of("feedback", "you-said-we-did"))
                .addAnswer(Answer.of("recompense", "expenses"))
                .addAnswer(Answer.of("continuity", "ongoing"))
                .build());
        // decisions and recompense support engagement, the rest co-design or co-production: engagement.
        assertEquals("engagement", a.rung().orElseThrow().id());
        // started, stages, agenda, feedback and continuity support co-design or higher: 5 of 10 questions = 50.
        assertEquals(50, a.progress().orElseThrow());
        assertEquals(70, a.completeness());
        assertEquals("Instruments: tlap-default, nef-six-principles",
                "Instruments: " + Assessments.tlapAssessor().instrument().id() + ", " + Assessments.nefAssessor().instrument().id());
    }
}
