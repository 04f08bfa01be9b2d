package org.coproduction.measures.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.validation.Violations;

/**
 * That a person took part in an activity on a day, at a rung of the ladder of co-production: the record the
 * participation measures count.
 *
 * @param participantId  the pseudonymous identifier of the person, not blank
 * @param activityId  the activity's identifier, not blank
 * @param date  the day of the activity, not null
 * @param rung  the rung of the ladder the activity works at, not null
 * @param livedExperience  whether the person brings lived experience of care and support (as someone who
 *     uses services, an unpaid carer or a family member)
 * @param minutes  the minutes the person took part for, not negative
 */
@Stable
public record AttendanceRecord(String participantId, String activityId, LocalDate date, Rung rung,
        boolean livedExperience, int minutes) {

    /**
     * Checks the record.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every blank or missing field and
     *     negative minutes
     */
    public AttendanceRecord {
        Violations.of("AttendanceRecord")
                .check(participantId != null && !participantId.isBlank(), "participantId", "must not be blank")
                .check(activityId != null && !activityId.isBlank(), "activityId", "must not be blank", activityId)
                .check(date != null, "date", "is required")
                .check(rung != null, "rung", "is required")
                .check(minutes >= 0, "minutes", "must not be negative", minutes)
                .throwIfAny();
    }

    /**
     * The attendance records of a core activity, with each person's lived experience looked up.
     *
     * @param activity  the activity, not null; its date must be known to the day
     * @param participants  the participants by identifier; everyone who attended must be there, not null
     * @return one record per attendance, in the activity's order, not null
     * @throws org.coproduction.core.validation.ValidationException if the activity's date is not a day, or an
     *     attendee is not among the participants, naming the activity and the attendance
     */
    public static List<AttendanceRecord> allOf(Activity activity, Map<String, Participant> participants) {
        Violations problems = Violations.of("Activity " + activity.id());
        problems.check(activity.date().isExact(), "date", "must be known to the day for participation measures",
                activity.date());
        List<Attendance> attendance = activity.attendance();
        for (int i = 0; i < attendance.size(); i++) {
            problems.check(participants.containsKey(attendance.get(i).participantId()),
                    "attendance[" + i + "].participantId", "must be among the participants given");
        }
        problems.throwIfAny();
        List<AttendanceRecord> out = new ArrayList<>(attendance.size());
        for (Attendance a : attendance) {
            out.add(new AttendanceRecord(a.participantId(), activity.id(), activity.date().toLocalDate(),
                    activity.rung(), participants.get(a.participantId()).hasLivedExperience(), a.minutes()));
        }
        return out;
    }

    @Override
    public String toString() {
        return "Attendance at " + activityId + " on " + date + " (" + rung.id() + ", " + minutes + " min)";
    }
}
