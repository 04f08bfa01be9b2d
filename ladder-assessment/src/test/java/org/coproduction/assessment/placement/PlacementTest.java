package org.coproduction.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Dimension;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.InstrumentKind;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.testing.TlapAnswers;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The placement rule. Expected rungs follow from the rule (the lowest rung any core dimension supports) applied
 * by hand to the options' rungs in the instrument; progress figures are counted by hand in each test.
 */
class PlacementTest {

    private final Assessor tlap = Assessments.tlapAssessor();

    private static String rung(Optional<RungDefinition> r) {
        return r.map(RungDefinition::id).orElse("none");
    }

    @Test
    void allAnswersAtTheTopPlaceTheProjectAtCoProduction() {
        Assessment a = tlap.assess(TlapAnswers.all("co-production").build());
        assertEquals("co-production", rung(a.rung()));
        assertTrue(a.nextRung().isEmpty());
        assertEquals(Optional.of(100), a.progress());
        assertEquals(List.of(), a.holdingBack(), "nothing holds a project back at the top");
        assertEquals(100, a.completeness());
        assertEquals("You are at co-production. People and staff work as equals, from the first idea to the end.",
                a.summary());
    }

    @Test
    void oneCoreDimensionAtTheBottomHoldsTheWholeProjectAtTheBottom() {
        Assessment a = tlap.assess(TlapAnswers.all("co-production").with("decisions", "coercion").build());
        assertEquals("coercion", rung(a.rung()));
        assertEquals(List.of("decisions"), a.holdingBack());
        assertEquals("educating", rung(a.nextRung()));
        // 9 of the 10 questions support educating or higher: 9 * 100 / 10 = 90.
        assertEquals(Optional.of(90), a.progress());
    }

    @Test
    void theBoardExampleSitsAtEngagementAndSaysWhyInPlainEnglish() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design")
                .with("decisions", "engagement").with("recompense", "engagement").build());
        assertEquals("engagement", rung(a.rung()));
        assertEquals(List.of("decisions", "recompense"), a.holdingBack());
        // 8 of 10 answers already support co-design: 80.
        assertEquals(Optional.of(80), a.progress());
        assertEquals("You are at engagement. People's views shape ideas, but decisions are still made by staff alone."
                + " To reach co-design, work on: who takes decisions, recompense and practical support.", a.summary());
    }

    @Test
    void eachDimensionExplainsItsAnswerRungAndEvidence() {
        Responses r = TlapAnswers.all("co-design").build()
                .withAnswer(Answer.of("agenda", "jointly", EvidenceRef.of("document", "terms-of-reference-2025",
                        "the work plan is agreed by the whole group")));
        DimensionResult agenda = tlap.assess(r).dimension("agenda");
        AnswerExplanation answer = agenda.answers().get(0);
        assertEquals("Staff and people with lived experience together", answer.answer());
        assertEquals("co-design", answer.supports().id());
        assertEquals("terms-of-reference-2025", answer.evidence().get(0).reference());
        assertEquals(SourceStatus.LIBRARY_OWN, answer.source().status());
        assertEquals("co-design", rung(agenda.supports()));
    }

    @Test
    void supportingDimensionsDoNotHoldTheProjectBack() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design").with("access", "consultation").build());
        assertEquals("co-design", rung(a.rung()));
        assertEquals("consultation", rung(a.dimension("access").supports()));
        // No answer supports co-production: 0 of 10.
        assertEquals(Optional.of(0), a.progress());
    }

    @Test
    void aMissingCoreAnswerGivesNotEnoughEvidenceNeverAGuess() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design").without("agenda").build());
        assertFalse(a.isPlaced());
        assertTrue(a.rung().isEmpty());
        assertTrue(a.progress().isEmpty());
        assertEquals("co-design", rung(a.ceiling()), "the other core dimensions allow at most co-design");
        assertFalse(a.dimension("agenda").hasEvidence());
        assertEquals(List.of("agenda"), a.dimension("agenda").unanswered());
        assertEquals(List.of("agenda"), a.holdingBack());
        assertEquals(9, a.answered());
        assertEquals(90, a.completeness());
        assertEquals("We cannot say where you are yet. We need answers about: who sets the agenda.", a.summary());
    }

    @Test
    void aMissingSupportingAnswerLeavesThePlacementButLowersCompleteness() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design").without("reach").build());
        assertEquals("co-design", rung(a.rung()));
        assertFalse(a.dimension("reach").hasEvidence());
        assertEquals(90, a.completeness());
    }

    @Test
    void noAnswersAtAllGiveNoPlacementAndNoCeiling() {
        Assessment a = tlap.assess(Responses.builder().instrumentId(Instruments.TLAP_ID).subject("forum").build());
        assertTrue(a.rung().isEmpty());
        assertTrue(a.ceiling().isEmpty());
        assertEquals(0, a.completeness());
        assertEquals(List.of("started", "stages", "decisions", "agenda", "feedback", "recompense", "continuity"),
                a.holdingBack());
    }

    @Test
    void responsesThatDoNotFitTheInstrumentAreRejectedWithEveryProblemNamed() {
        Responses r = Responses.builder().instrumentId("someone-elses").subject("forum")
                .addAnswer(Answer.of("decisions", "the-mayor"))
                .addAnswer(Answer.of("weather", "sunny"))
                .build();
        ValidationException e = assertThrows(ValidationException.class, () -> tlap.assess(r));
        assertEquals(List.of("instrumentId", "answers[0].optionId", "answers[1].questionId"),
                e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    }

    @Test
    void aDimensionWithSeveralQuestionsSupportsTheLowestOfThem() {
        Citation own = Citation.of("Anytown Council", SourceStatus.VERIFIED);
        Question paid = Question.builder().id("paid").text("Is time paid?").source(own)
                .addOption(AnswerOption.of("no", "No", "consultation")).addOption(AnswerOption.of("yes", "Yes", "co-design")).build();
        Question support = Question.builder().id("support").text("Is support offered?").source(own)
                .addOption(AnswerOption.of("no", "No", "engagement")).addOption(AnswerOption.of("yes", "Yes", "co-production")).build();
        Instrument two = Instrument.builder().id("two").name("Two questions").kind(InstrumentKind.PLACEMENT)
                .ladder(Ladders.tlap()).source(own)
                .addDimension(Dimension.builder().id("recompense").name("Recompense").addQuestion(paid).addQuestion(support).build())
                .build();
        Assessor assessor = Assessor.of(two);
        Responses both = Responses.builder().instrumentId("two").subject("x")
                .addAnswer(Answer.of("paid", "yes")).addAnswer(Answer.of("support", "no")).build();
        // co-design and engagement: the lower is engagement.
        assertEquals("engagement", rung(assessor.assess(both).rung()));
        Responses one = both.withoutAnswer("support");
        assertFalse(assessor.assess(one).dimension("recompense").hasEvidence(), "half the questions is not enough");
        assertEquals(50, assessor.assess(one).completeness());
    }

    @Test
    void theScoringTableAgreesWithTheFullAssessment() {
        ScoringTable table = tlap.scoringTable();
        Responses engagement = TlapAnswers.all("co-design").with("decisions", "engagement").build();
        // engagement is rung 5 of the TLAP ladder.
        assertEquals(5, table.placeOrder(table.positions(engagement)));
        assertEquals(ScoringTable.NOT_ENOUGH_EVIDENCE,
                table.placeOrder(table.positions(engagement.withoutAnswer("stages"))));
        assertThrows(IllegalArgumentException.class, () -> table.placeOrder(new int[3]));
    }

    @Test
    void aProfileInstrumentRatesEachPrincipleWithoutARung() {
        Assessor nef = Assessments.nefAssessor();
        Responses r = Responses.builder().instrumentId(Instruments.NEF_ID).subject("autism-better-together")
                .addAnswer(Answer.of("peer-support", "established"))
                .addAnswer(Answer.of("facilitating", "good-progress"))
                .build();
        Profile p = nef.profile(r);
        assertEquals(6, p.dimensions().size());
        assertEquals("established", p.dimensions().get(3).supports().orElseThrow().id());
        assertEquals("good-progress", p.dimensions().get(5).supports().orElseThrow().id());
        assertFalse(p.dimensions().get(0).hasEvidence());
        assertEquals(2, p.answered());
        assertThrows(IllegalStateException.class, () -> nef.assess(r));
    }
}
