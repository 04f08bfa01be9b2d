package org.coproduction.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Invariants of the placement rule over seeded random responses to the default instrument. */
class PlacementPropertiesTest {

    private static final Instrument TLAP = Instruments.tlapDefault();
    private static final Assessor ASSESSOR = Assessments.tlapAssessor();
    private static final int TRIES = 2000;

    /** Random responses: each question unanswered one time in ten, otherwise a random option. */
    static Responses responses(SplittableRandom random) {
        Responses.Builder r = Responses.builder().instrumentId(TLAP.id()).subject("p-" + random.nextInt(100))
                .perspective(Perspective.values()[random.nextInt(3)])
                .date(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)));
        for (Question q : TLAP.questions()) {
            if (random.nextInt(10) > 0) {
                r.addAnswer(Answer.of(q.id(), q.options().get(random.nextInt(q.options().size())).id()));
            }
        }
        return r.build();
    }

    private static int order(String rungId) {
        return TLAP.ladder().rung(rungId).order();
    }

    @Test
    void improvingAnyOneAnswerNeverLowersThePlacement() {
        Property.forAll(TRIES, random -> {
            Responses before = responses(random);
            Answer changed = before.answers().get(random.nextInt(before.answers().size()));
            Question q = TLAP.question(changed.questionId());
            int now = order(q.option(changed.optionId()).orElseThrow().supports());
            List<AnswerOption> better = q.options().stream().filter(o -> order(o.supports()) >= now).toList();
            AnswerOption pick = better.get(random.nextInt(better.size()));
            return List.of(before, before.withAnswer(Answer.of(q.id(), pick.id())));
        }, pair -> {
            Assessment before = ASSESSOR.assess(pair.get(0));
            Assessment after = ASSESSOR.assess(pair.get(1));
            assertEquals(before.isPlaced(), after.isPlaced(), "changing an answer does not change which are missing");
            before.rung().ifPresent(r -> assertTrue(after.rung().orElseThrow().order() >= r.order(),
                    () -> before + " became " + after));
        });
    }

    @Test
    void thePlacementIsNeverAboveWhatAnyCoreDimensionSupportsAndEqualsTheLowest() {
        Property.forAll(TRIES, PlacementPropertiesTest::responses, responses -> {
            Assessment a = ASSESSOR.assess(responses);
            // Independent calculation: the minimum rung order over the answers to core questions, straight from
            // the instrument's options, with 0 for a missing core answer.
            int expected = Integer.MAX_VALUE;
            for (Question q : TLAP.questions()) {
                if (!TLAP.dimensionOf(q.id()).core()) {
                    continue;
                }
                int o = responses.answer(q.id()).map(ans -> order(q.option(ans.optionId()).orElseThrow().supports())).orElse(0);
                expected = Math.min(expected, o);
            }
            assertEquals(expected, a.rung().map(RungDefinition::order).orElse(0));
            assertEquals(expected, ASSESSOR.scoringTable().placeOrder(ASSESSOR.scoringTable().positions(responses)));
            for (DimensionResult d : a.dimensions()) {
                if (d.core() && a.rung().isPresent()) {
                    assertTrue(a.rung().get().order() <= d.supports().orElseThrow().order(), d::toString);
                }
            }
        });
    }

    @Test
    void theGapListIsEmptyExactlyWhenTheTargetIsReached() {
        Property.forAll(TRIES, random -> List.of(responses(random), TLAP.ladder().rungs().get(random.nextInt(7)).id()),
                pair -> {
                    Assessment a = ASSESSOR.assess((Responses) pair.get(0));
                    RungDefinition target = TLAP.ladder().rung((String) pair.get(1));
                    Gap gap = ASSESSOR.gap(a, target.id());
                    boolean reached = a.rung().map(r -> r.order() >= target.order()).orElse(false);
                    assertEquals(reached, gap.steps().isEmpty(), gap::toString);
                    assertEquals(reached, gap.reached());
                    assertTrue(ASSESSOR.gap(a).steps().isEmpty() == a.rung().map(RungDefinition::id).equals(
                            java.util.Optional.of("co-production")));
                });
    }

    @Test
    void resultsRoundTripThroughJson() {
        Property.forAll(200, PlacementPropertiesTest::responses, responses -> {
            JsonRoundTrip.assertRoundTrip(responses, Responses.class);
            Assessment a = ASSESSOR.assess(responses);
            JsonRoundTrip.assertRoundTrip(a, Assessment.class);
            JsonRoundTrip.assertRoundTrip(ASSESSOR.gap(a), Gap.class);
        });
    }

    @Test
    void profilesRoundTripThroughJson() {
        Property.forAll(100, random -> {
            Responses.Builder r = Responses.builder().instrumentId(Instruments.NEF_ID).subject("group");
            for (Question q : Instruments.nefSixPrinciples().questions()) {
                if (random.nextBoolean()) {
                    r.addAnswer(Answer.of(q.id(), q.options().get(random.nextInt(4)).id()));
                }
            }
            return r.build();
        }, r -> JsonRoundTrip.assertRoundTrip(Assessments.nefAssessor().profile(r), Profile.class));
    }
}
