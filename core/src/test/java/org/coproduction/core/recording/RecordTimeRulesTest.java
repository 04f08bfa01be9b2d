package org.coproduction.core.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a record refuses what a payment statement would refuse about one person's time, so that a record
 * that reads is one a statement can price. The figures are worked by hand in each test.
 */
class RecordTimeRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 10, 7);

    private static Activity activity(String id, LocalDate day, LocalTime start, int minutes) {
        Activity.Builder b = Activity.builder().id(id).projectId("forum").type(ActivityType.MEETING)
                .date(PartialDate.of(day)).rung(Rung.CO_PRODUCTION).setting(Setting.ONLINE)
                .addAttendance(Attendance.builder().participantId("p-1").activityId(id).minutes(minutes).build());
        if (start != null) {
            b.startTime(start);
        }
        return b.build();
    }

    private static CoproductionRecord record(Activity... activities) {
        return CoproductionRecord.builder().id("record").title("Forum")
                .addProject(Project.builder().id("forum").title("Forum").kind(ProjectKind.FORUM)
                        .purpose("Shape services together").addAim("Better services").currentRung(Rung.CO_DESIGN)
                        .targetRung(Rung.CO_PRODUCTION).build())
                .addParticipant(Participant.builder().id("p-1").addRole(ParticipantRole.LIVED_EXPERIENCE)
                        .involvement(InvolvementLevel.REGULAR_MEMBER)
                        .consent(Consent.given(PartialDate.of(MONDAY.minusYears(1)), "involvement work")).build())
                .activities(List.of(activities)).build();
    }

    private static List<String> refused(Activity... activities) {
        ValidationException e = assertThrows(ValidationException.class, () -> record(activities));
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }

    @Test
    void aDayOfMoreThan1440MinutesIsRefused() {
        // 600 + 600 + 300 = 1,500 minutes on one day, 60 more than its 1,440.
        assertEquals(List.of("activities[2].attendance[0].minutes: the person's attendances on 2024-10-07 add up to"
                        + " 1500 minutes, more than a day, was 300"),
                refused(activity("a-1", MONDAY, null, 600), activity("a-2", MONDAY, null, 600),
                        activity("a-3", MONDAY, null, 300)));
        // 600 + 600 + 240 = 1,440: a whole day, allowed.
        record(activity("a-1", MONDAY, null, 600), activity("a-2", MONDAY, null, 600),
                activity("a-3", MONDAY, null, 240));
    }

    @Test
    void attendancesThatOverlapAcrossMidnightAreRefused() {
        // 23:00 for 120 minutes runs to 01:00 the next day, past the other's start at 00:30.
        assertEquals(List.of("activities[1].attendance[0]: overlaps activities[0].attendance[0] (activities a-1 and"
                        + " a-2 on 2024-10-07 and 2024-10-08): one person cannot attend both"),
                refused(activity("a-1", MONDAY, LocalTime.of(23, 0), 120),
                        activity("a-2", MONDAY.plusDays(1), LocalTime.of(0, 30), 60)));
        // 90 minutes end at 00:30, when the other starts: one after the other.
        record(activity("a-1", MONDAY, LocalTime.of(23, 0), 90),
                activity("a-2", MONDAY.plusDays(1), LocalTime.of(0, 30), 60));
    }
}
