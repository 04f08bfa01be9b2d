package org.coproduction.measures;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Governance;
import org.coproduction.core.testing.PersonalDataRules;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.indicator.PeriodGrouping;
import org.coproduction.measures.indicator.SharesByPeriod;
import org.coproduction.measures.participation.AttendanceRecord;
import org.coproduction.measures.participation.LivedExperienceInGovernance;
import org.coproduction.measures.participation.Participation;
import org.coproduction.measures.safeguarding.EvaluationFeedback;
import org.coproduction.measures.safeguarding.EvaluationInvitation;
import org.coproduction.measures.safeguarding.Referral;
import org.coproduction.measures.safeguarding.RepeatReferrals;
import org.coproduction.measures.safeguarding.Report;
import org.coproduction.measures.safeguarding.SafeguardingMeasures;
import org.junit.jupiter.api.Test;

/**
 * Measures never show personal data in their text: participants' demographic attributes, and the
 * identifiers of people in safeguarding records (which may be case numbers from the council's own
 * system), each hold a marker, and every value reachable from the inputs and results is scanned.
 */
class PersonalDataScanTest {

    private static final List<String> MARKERS = List.of("ZQX-AGE-BAND", "ZQX-ETHNICITY", "ZQX-AREA",
            "ZQX-PERSON-1", "ZQX-PERSON-2");

    private static Participant person(String id, ParticipantRole role) {
        return Participant.builder().id(id).addRole(role).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"))
                .demographics(Demographics.builder().ageBand("ZQX-AGE-BAND").ethnicity("ZQX-ETHNICITY")
                        .area("ZQX-AREA").build())
                .build();
    }

    @Test
    void participationAndGovernanceShowNoDemographics() {
        Map<String, Participant> people = Map.of("p-001", person("p-001", ParticipantRole.LIVED_EXPERIENCE),
                "p-002", person("p-002", ParticipantRole.UNPAID_CARER));
        Activity meeting = Activity.builder().id("a-001").projectId("forum").type(ActivityType.MEETING)
                .date(PartialDate.parse("2024-02-05")).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
                .durationMinutes(120)
                .addAttendance(Attendance.builder().participantId("p-001").activityId("a-001").minutes(120).build())
                .addAttendance(Attendance.builder().participantId("p-002").activityId("a-001").minutes(90).build())
                .build();
        List<AttendanceRecord> records = AttendanceRecord.allOf(meeting, people);
        Participation participation = Participation.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31));
        records.forEach(participation::add);
        Governance board = Governance.builder().addChair("p-001").addVotingMember("p-002").build();
        int scanned = PersonalDataRules.assertNoMarkerReachable(records, MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(participation.result(), MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(LivedExperienceInGovernance.of(board, people), MARKERS);
        assertTrue(scanned > 3, "the scan should reach the records and results, reached " + scanned);
    }

    @Test
    void safeguardingRecordsShowNoPersonIdentifier() {
        List<Referral> referrals = List.of(new Referral("r-1", "ZQX-PERSON-1", LocalDate.of(2024, 3, 1), true),
                new Referral("r-2", "ZQX-PERSON-1", LocalDate.of(2024, 9, 1), false),
                new Referral("r-3", "ZQX-PERSON-2", LocalDate.of(2024, 5, 1), false));
        RepeatReferrals repeats = RepeatReferrals.within12Months(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        referrals.forEach(repeats::add);
        SharesByPeriod<Referral> self = SafeguardingMeasures.selfReferrals(PeriodGrouping.QUARTER);
        referrals.forEach(self::add);
        EvaluationFeedback feedback = new EvaluationFeedback("ZQX-PERSON-2", LocalDate.of(2024, 6, 1), Report.BETTER,
                Report.NOT_BETTER, Report.NOT_ANSWERED);
        SharesByPeriod<EvaluationFeedback> understanding = SafeguardingMeasures.betterUnderstanding(PeriodGrouping.QUARTER);
        understanding.add(feedback);
        EvaluationInvitation invitation = new EvaluationInvitation("ZQX-PERSON-1", LocalDate.of(2024, 6, 1), true);
        int scanned = PersonalDataRules.assertNoMarkerReachable(referrals, MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(repeats.result(), MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(self.result(), MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(understanding.result(), MARKERS)
                + PersonalDataRules.assertNoMarkerReachable(List.of(feedback, invitation), MARKERS);
        assertTrue(scanned > 5, "the scan should reach the records and results, reached " + scanned);
        ValidationException late = assertThrows(ValidationException.class,
                () -> new Referral("r-4", "ZQX-PERSON-1", null, false));
        PersonalDataRules.assertNoMarker(late.getMessage(), MARKERS, "message");
    }
}
