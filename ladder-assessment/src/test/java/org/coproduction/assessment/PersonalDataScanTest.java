package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.assessment.evidence.ImmutableResponses;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.ProjectRecord;
import org.coproduction.assessment.evidence.RecordEvidence;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.perspective.PerspectiveComparison;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.PersonalDataRules;
import org.coproduction.core.time.PartialDate;
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
        List<Question> questions = Instruments.tlap().questions();
        ImmutableResponses.Builder builder = Responses.builder().instrumentId(Instruments.TLAP_ID).subject("forum")
                .perspective(perspective).date(LocalDate.of(2025, 3, 4));
        for (Question q : questions) {
            builder.addAnswer(Answer.builder().questionId(q.id())
                    .optionId(q.options().get(Math.min(option, q.options().size() - 1)).id())
                    .addEvidence(EvidenceRef.of("minutes", "forum-2025-02", "ZQX-SHOWS"))
                    .justification("ZQX-JUSTIFICATION").build());
        }
        return builder.build();
    }

    private static CoproductionRecord record() {
        Participant person = Participant.builder().id("p-001").addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"))
                .demographics(Demographics.builder().ageBand("ZQX-AGE-BAND").ethnicity("ZQX-ETHNICITY")
                        .area("ZQX-AREA").build())
                .build();
        return CoproductionRecord.builder().id("forum").title("Carers forum").addParticipant(person)
                .addProject(Project.builder().id("forum").title("Carers forum").kind(ProjectKind.FORUM)
                        .purpose("Shape carers' services").currentRung(Rung.CO_DESIGN).targetRung(Rung.CO_PRODUCTION)
                        .build())
                .addActivity(Activity.builder().id("a-001").projectId("forum").type(ActivityType.MEETING)
                        .date(PartialDate.parse("2024-02-05")).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
                        .durationMinutes(120)
                        .addAttendance(Attendance.builder().participantId("p-001").activityId("a-001").minutes(120).build())
                        .build())
                .addFeedbackItem(FeedbackItem.builder().id("f-001").projectId("forum").youSaid("ZQX-YOU-SAID")
                        .addRaisedBy("p-001").addRaisedAt("a-001").raisedOn(PartialDate.parse("2024-02-05")).build())
                .build();
    }

    @Test
    void assessmentsGapsAndComparisonsShowNoFreeText() {
        Assessor assessor = Assessments.tlap();
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
        ProjectRecord project = ProjectRecord.from(record(), "forum", LocalDate.of(2024, 12, 31));
        int scanned = PersonalDataRules.assertNoMarkerReachable(project, MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(RecordEvidence.tlap(project), MARKERS);
        assertTrue(scanned > 5, "the scan should reach the record's values, reached " + scanned);
    }
}
