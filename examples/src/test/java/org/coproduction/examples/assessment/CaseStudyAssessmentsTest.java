package org.coproduction.examples.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Derivation;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.assessment.placement.GapStep;
import org.coproduction.core.testing.JsonRoundTrip;
import org.junit.jupiter.api.Test;

/**
 * The case studies assessed, each result argued from the source text. The answers are in the JSON files beside
 * {@link CaseStudyAssessments}; each cites its passage. The expected rungs follow from the placement rule (the
 * lowest rung any core dimension supports) applied by hand to those answers.
 */
class CaseStudyAssessmentsTest {

    private static final String SHROPSHIRE = "direct-payments-board";
    private static final String INSPIRE = "inspire-forum";
    private static final String CARERS = "learning-disability-carers-forum";

    private static String supports(Assessment a, String dimension) {
        return a.dimension(dimension).supports().map(r -> r.id()).orElse("not enough evidence");
    }

    @Test
    void shropshiresDirectPaymentsBoardReachesCoDesignAtMostBecauseReviewAndEvaluationAreNotDescribed() {
        Assessment a = CaseStudyAssessments.assessment(SHROPSHIRE);
        // Set up by staff and people who use Direct Payments together; co-chaired by an expert by experience and
        // the Director; members "equal to" managers; a standing board: co-production on these four.
        assertEquals("co-production", supports(a, "started"));
        assertEquals("co-production", supports(a, "decisions"));
        assertEquals("co-production", supports(a, "agenda"));
        assertEquals("co-production", supports(a, "continuity"));
        // The vision and working groups are design; the reflection does not describe people reviewing or
        // evaluating; the "said / led to / resulted in" table is "you said, we did": co-design on both.
        assertEquals("co-design", supports(a, "stages"));
        assertEquals("co-design", supports(a, "feedback"));
        // The reflection says nothing about paying experts by experience, so the library does not guess.
        assertEquals("not enough evidence", supports(a, "recompense"));
        assertFalse(a.isPlaced());
        assertEquals("co-design", a.ceiling().orElseThrow().id());
        assertEquals(List.of("recompense"), a.holdingBack());
        assertEquals("We cannot say where you are yet. We need answers about: recompense and practical support.",
                a.summary());
    }

    @Test
    void ifTheBoardPaidTimeWithExpensesAndSupportItWouldSitAtCoDesignTheWeakestLinkBeingStagesAndFeedback() {
        Responses confirmed = CaseStudyAssessments.responses(SHROPSHIRE)
                .withAnswer(Answer.of("recompense", "time-expenses-support-training"));
        Assessment a = Assessments.tlapAssessor().assess(confirmed);
        assertEquals("co-design", a.rung().orElseThrow().id());
        assertEquals(List.of("stages", "feedback"), a.holdingBack());
        Gap gap = Assessments.tlapAssessor().gap(a);
        assertEquals("co-production", gap.target().id());
        assertEquals(List.of("stages", "feedback"), gap.steps().stream().map(GapStep::dimensionId).collect(Collectors.toList()));
        assertEquals("From the idea through design and delivery to review and evaluation", gap.steps().get(0).change());
    }

    @Test
    void theBoardsGapStartsWithTheMissingEvidence() {
        Gap gap = CaseStudyAssessments.gap(SHROPSHIRE);
        assertEquals("co-production", gap.target().id(), "the rung above the ceiling");
        assertEquals(List.of("recompense", "stages", "feedback"),
                gap.steps().stream().map(GapStep::dimensionId).collect(Collectors.toList()));
        assertTrue(gap.steps().get(0).change().startsWith("Gather evidence"));
    }

    @Test
    void inspireIsHeldAtEngagementBecauseStaffStartedItShapedByFeedback() {
        Assessment a = CaseStudyAssessments.assessment(INSPIRE);
        // "established by the Principal Social Worker in late 2022, in collaboration with Commissioning and
        // Healthwatch", in answer to feedback that interviews were one-off: staff, shaped by feedback.
        assertEquals("engagement", supports(a, "started"));
        // Co-designed the assessment framework; set their own work plan; shared on design; ongoing.
        assertEquals("co-design", supports(a, "stages"));
        assertEquals("co-design", supports(a, "decisions"));
        assertEquals("co-design", supports(a, "agenda"));
        assertEquals("co-production", supports(a, "continuity"));
        // Direct recruitment through allocated workers reached people in no existing group.
        assertEquals("co-design", supports(a, "reach"));
        // The document describes no "you said, we did" back to members, and no recompense for the forum itself.
        assertEquals(List.of("feedback", "recompense"), a.holdingBack());
        assertEquals("engagement", a.ceiling().orElseThrow().id());
        assertFalse(a.isPlaced());
    }

    @Test
    void theLearningDisabilityCarersForumIsHeldAtEngagementByWhoDecides() {
        Assessment a = CaseStudyAssessments.assessment(CARERS);
        // "provides ideas, feedback, scrutiny and challenge to ... managers and commissioners": they decide.
        assertEquals("engagement", supports(a, "decisions"));
        // Involved throughout creating the operating model: design.
        assertEquals("co-design", supports(a, "stages"));
        // Monitoring the model's impact is involvement in evaluation, a supporting dimension.
        assertEquals("co-production", supports(a, "evaluation"));
        assertEquals("engagement", a.ceiling().orElseThrow().id());
        assertEquals(List.of("started", "agenda", "feedback", "recompense"), a.holdingBack());
        // 4 of 10 questions answered.
        assertEquals(40, a.completeness());
    }

    @Test
    void theBoardsRecordAgreesWithTheAnswersArguedFromTheSourceWhereItCanTell() {
        Derivation derived = CaseStudyAssessments.fromRecord(SHROPSHIRE, LocalDate.of(2021, 1, 1));
        Responses stated = CaseStudyAssessments.responses(SHROPSHIRE);
        // The record names an expert by experience and the Director as co-chairs, and the "Direct Payments are not
        // well understood" item resulted in a support team: the same answers as the source passages give.
        for (Answer answer : derived.answers()) {
            assertEquals(stated.answer(answer.questionId()).orElseThrow().optionId(), answer.optionId(),
                    answer.questionId() + " derived from " + answer.evidence());
        }
        assertEquals(List.of("agenda", "feedback"),
                derived.answers().stream().map(Answer::questionId).collect(Collectors.toList()));
        // The record holds no attendance or recompense policy for the board, so those are left to people.
        assertTrue(derived.notDerived().stream().anyMatch(n -> n.startsWith("stages")), derived.notDerived().toString());
        assertTrue(derived.notDerived().stream().anyMatch(n -> n.startsWith("recompense")), derived.notDerived().toString());
    }

    @Test
    void theRecordedRungIsShownBesideWhatTheAssessmentOfTheSameEvidenceAllows() {
        // The board's record carries co-production (the reflection: "we are working co-productively"); the answers
        // argued from the same passages support co-design on stages and feedback, and recompense is not described.
        assertEquals("Recorded at Co-production; the assessment of the same evidence allows Co-design at most: the "
                + "source's evidence supports less on stages (Co-design), feedback (Co-design); the source says "
                + "nothing on recompense.", CaseStudyAssessments.recordedBesideAssessed(SHROPSHIRE));
        // Inspire's record carries co-design; staff set it up in answer to feedback (engagement on "started").
        assertTrue(CaseStudyAssessments.recordedBesideAssessed(INSPIRE).startsWith("Recorded at Co-design; the "
                + "assessment of the same evidence allows Engagement at most: the source's evidence supports less on "
                + "started (Engagement)"), CaseStudyAssessments.recordedBesideAssessed(INSPIRE));
        // The carers forum gives "ideas, feedback, scrutiny and challenge" to managers and commissioners, who decide.
        assertTrue(CaseStudyAssessments.recordedBesideAssessed(CARERS).contains("decisions (Engagement)"),
                CaseStudyAssessments.recordedBesideAssessed(CARERS));
    }

    @Test
    void everyAnswerCitesTheSourcePassageItRestsOn() {
        for (String id : CaseStudyAssessments.IDS) {
            for (Answer answer : CaseStudyAssessments.responses(id).answers()) {
                assertFalse(answer.evidence().isEmpty(), id + "/" + answer.questionId());
                assertTrue(answer.evidence().stream().allMatch(e -> e.kind().equals("source") && e.shows().length() > 40),
                        id + "/" + answer.questionId());
            }
        }
    }

    @Test
    void everyCaseStudyAssessmentRoundTripsThroughJsonAndUnknownIdsAreRejected() {
        CaseStudyAssessments.all().values().forEach(a -> JsonRoundTrip.assertRoundTrip(a, Assessment.class));
        assertEquals(CaseStudyAssessments.IDS, List.copyOf(CaseStudyAssessments.all().keySet()));
        assertThrows(NoSuchElementException.class, () -> CaseStudyAssessments.assessment("atlantis"));
    }
}
