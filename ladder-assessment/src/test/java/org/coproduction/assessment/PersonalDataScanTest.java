package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.ProjectRecord;
import org.coproduction.assessment.evidence.RecordEvidence;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.perspective.PerspectiveComparison;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.core.testing.PersonalDataRules;
import org.junit.jupiter.api.Test;

/**
 * Assessment values never show personal data in their text: what assessors wrote to justify an answer and
 * what a piece of evidence shows are free text that may name people or repeat what they said, and the
 * record an assessment is derived from holds participants' demographic attributes and what they said.
 * Each personal field holds a marker; the scan walks every value reachable from the results.
 */
class PersonalDataScanTest {

    private static final List<String> MARKERS = List.of("ZQX-JUSTIFICATION", "ZQX-SHOWS", "ZQX-AGE-BAND",
            "ZQX-ETHNICITY", "ZQX-AREA", "ZQX-YOU-SAID");

    private static Responses responses(Perspective perspective, int option) {
        List<Question> questions = Instruments.tlapDefault().questions();
        Responses.Builder builder = Responses.builder().instrumentId(Instruments.TLAP_ID).subject("forum")
                .perspective(perspective).date(LocalDate.of(2025, 3, 4));
        for (Question q : questions) {
            builder.addAnswer(Answer.builder().questionId(q.id())
                    .optionId(q.options().get(Math.min(option, q.options().size() - 1)).id())
                    .addEvidence(EvidenceRef.of("minutes", "forum-2025-02", "ZQX-SHOWS"))
                    .justification("ZQX-JUSTIFICATION").build());
        }
        return builder.build();
    }

    @Test
    void assessmentsGapsAndComparisonsShowNoFreeText() {
        Assessor assessor = Assessments.tlapAssessor();
        Responses lived = responses(Perspective.LIVED_EXPERIENCE, 0);
        Assessment livedAssessment = assessor.assess(lived);
        Assessment professional = assessor.assess(responses(Perspective.PROFESSIONAL, 2));
        int scanned = PersonalDataRules.assertNoMarkerReachable(lived, MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(livedAssessment, MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(assessor.gap(livedAssessment), MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(PerspectiveComparison.of(livedAssessment, professional),
                        MARKERS);
        assertTrue(scanned > 20, "the scan should reach the answers and explanations, reached " + scanned);
    }

    @Test
    void answersDerivedFromARecordShowNoDemographicsOrWhatPeopleSaid() {
        ProjectRecord project = ProjectRecord.from(PersonalDataRules.markedRecord(), "forum", LocalDate.of(2024, 12, 31));
        int scanned = PersonalDataRules.assertNoMarkerReachable(project, MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(RecordEvidence.tlap(project), MARKERS);
        assertTrue(scanned > 5, "the scan should reach the record's values, reached " + scanned);
    }
}
