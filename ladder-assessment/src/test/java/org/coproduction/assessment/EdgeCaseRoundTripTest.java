package org.coproduction.assessment;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.assessment.testing.AssessmentGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.core.testing.PolicyGenerators;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost at the edges in assessment documents: Unicode subjects, justifications and evidence
 * (emoji, right-to-left scripts, combining marks, control characters), the days year 1 and 9999, and no
 * answers or no evidence at all, chosen at random, survive JSON unchanged, as do the assessments and gaps
 * worked out from them, and generated instruments.
 */
class EdgeCaseRoundTripTest {

    private static final List<String> TEXTS = PolicyGenerators.EDGE_TEXTS;

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(2000, 2, 29));

    private static <T> T any(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static Responses responses(SplittableRandom r) {
        Responses.Builder builder = Responses.builder().instrumentId(Instruments.TLAP_ID)
                .subject(any(r, TEXTS)).perspective(Perspective.values()[r.nextInt(Perspective.values().length)]);
        if (r.nextBoolean()) {
            builder.date(any(r, DAYS));
        }
        for (Question q : Instruments.tlapDefault().questions()) {
            if (r.nextInt(4) == 0) {
                continue;
            }
            var answer = Answer.builder().questionId(q.id()).optionId(q.options().get(r.nextInt(q.options().size())).id());
            if (r.nextBoolean()) {
                answer.justification(any(r, TEXTS)).addEvidence(EvidenceRef.of(any(r, TEXTS), any(r, TEXTS), any(r, TEXTS)));
            }
            builder.addAnswer(answer.build());
        }
        return builder.build();
    }

    @Test
    void responsesAssessmentsAndGaps() {
        Assessor assessor = Assessments.tlapAssessor();
        Property.forAll(150, EdgeCaseRoundTripTest::responses, responses -> {
            assertRoundTrip(responses, Responses.class);
            Assessment assessment = assessor.assess(responses);
            assertRoundTrip(assessment, Assessment.class);
            assertRoundTrip(assessor.gap(assessment), Gap.class);
        });
    }

    @Test
    void generatedInstruments() {
        Property.forAll(200, AssessmentGenerators::instrument, instrument -> assertRoundTrip(instrument, Instrument.class));
    }
}
