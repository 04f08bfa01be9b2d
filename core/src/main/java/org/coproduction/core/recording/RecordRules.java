package org.coproduction.core.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.internal.AttendanceTimes;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.UserLedOrganisation;
import org.coproduction.core.project.Project;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;

/**
 * The rules a {@link CoproductionRecord} holds across its parts, checked when it is built: unique
 * identifiers, references that name something in the record, no project its own ancestor, consent before
 * attendance, and each person's time (no day over 1,440 minutes, no two attendances at once).
 */
final class RecordRules {

    private final CoproductionRecord record;

    private RecordRules(CoproductionRecord record) {
        this.record = record;
    }

    /**
     * Checks a record.
     *
     * @param record  the record, not null
     * @throws org.coproduction.core.validation.ValidationException listing every rule the record breaks
     */
    static void check(CoproductionRecord record) {
        new RecordRules(record).checkAll();
    }

    private void checkAll() {
        Violations problems = Violations.of("CoproductionRecord").notBlank(record.title(), "title");
        Ids.check(problems, record.id(), "id");
        for (int i = 0; i < record.notes().size(); i++) {
            problems.check(!record.notes().get(i).isBlank(), "notes[" + i + "]", "must not be blank");
        }
        problems.unique(record.projects(), Project::id, "projects", "id")
                .unique(record.participants(), Participant::id, "participants", "id")
                .unique(record.activities(), Activity::id, "activities", "id")
                .unique(record.feedbackItems(), FeedbackItem::id, "feedbackItems", "id")
                .unique(record.userLedOrganisations(), UserLedOrganisation::name, "userLedOrganisations", "name");
        checkProjects(problems);
        checkActivities(problems);
        checkFeedback(problems);
        problems.throwIfAny();
    }

    private void checkProjects(Violations problems) {
        Map<String, Project> projects = record.projectsById();
        for (int i = 0; i < record.projects().size(); i++) {
            Project project = record.projects().get(i);
            String path = "projects[" + i + "]";
            project.parentId().ifPresent(parent -> {
                problems.check(projects.containsKey(parent), path + ".parentId", "must name a project in this record",
                        parent);
                problems.check(!inCycle(project, projects), path + ".parentId",
                        "must not make the project its own ancestor", parent);
            });
            project.governance().ifPresent(g -> {
                checkParticipants(problems, g.chairs(), path + ".governance.chairs");
                checkParticipants(problems, g.votingMembers(), path + ".governance.votingMembers");
                checkParticipants(problems, g.advisers(), path + ".governance.advisers");
            });
        }
    }

    private static boolean inCycle(Project project, Map<String, Project> projects) {
        Set<String> seen = new HashSet<>();
        Optional<String> next = project.parentId();
        while (next.isPresent()) {
            if (next.get().equals(project.id())) {
                return true;
            }
            if (!seen.add(next.get()) || !projects.containsKey(next.get())) {
                return false;
            }
            next = projects.get(next.get()).parentId();
        }
        return false;
    }

    private void checkParticipants(Violations problems, List<String> ids, String path) {
        for (int i = 0; i < ids.size(); i++) {
            if (!record.participantsById().containsKey(ids.get(i))) {
                problems.add(Violation.of(path + "[" + i + "]", "must name a participant in this record", ids.get(i)));
            }
        }
    }

    private void checkActivities(Violations problems) {
        Map<String, Participant> participants = record.participantsById();
        // Each person's attendances on exact days, for the time rules, grouped by the participant looked up here
        // (by identity: one lookup by id per attendance rather than two), in order of their first attendance.
        Map<Participant, List<AttendanceTimes.Slot>> slotsOf = new IdentityHashMap<>();
        List<List<AttendanceTimes.Slot>> byPerson = new ArrayList<>();
        for (int i = 0; i < record.activities().size(); i++) {
            Activity activity = record.activities().get(i);
            String path = "activities[" + i + "]";
            if (!record.projectsById().containsKey(activity.projectId())) {
                problems.add(Violation.of(path + ".projectId", "must name a project in this record",
                        activity.projectId()));
            }
            LocalDate latestDay = activity.date().latest();
            LocalDate day = activity.date().isExact() ? activity.date().toLocalDate() : null;  // no day, no sum
            for (int j = 0; j < activity.attendance().size(); j++) {
                // Paths and messages are built only for a broken record: valid ones are read in bulk.
                Attendance attendance = activity.attendance().get(j);
                String who = attendance.participantId();
                Participant participant = participants.get(who);
                if (participant == null) {
                    problems.add(Violation.of(path + ".attendance[" + j + "].participantId",
                            "must name a participant in this record", who));
                    continue;
                }
                // Consent comes first (Stronger Together: informed consent always applies): an activity
                // certainly before the day consent was given cannot have been attended with it.
                PartialDate given = participant.consent().givenOn();
                if (activity.date().isCertainlyBefore(given)) {
                    problems.add(Violation.of(path + ".attendance[" + j + "].participantId",
                            "cannot attend an activity dated " + activity.date()
                                    + ", before their consent was given on " + given, who));
                }
                Optional<LocalDate> withdrawn = participant.consent().withdrawnOn();
                if (withdrawn.isPresent() && latestDay.isAfter(withdrawn.get())) {
                    problems.add(Violation.of(path + ".attendance[" + j + "].participantId",
                            "cannot attend an activity dated " + activity.date()
                                    + ", after their consent was withdrawn on " + withdrawn.get(), who));
                }
                if (day != null) {
                    List<AttendanceTimes.Slot> slots = slotsOf.get(participant);
                    if (slots == null) {
                        slots = new ArrayList<>();
                        slotsOf.put(participant, slots);
                        byPerson.add(slots);
                    }
                    slots.add(new AttendanceTimes.Slot(activity.id(), i, j, day, activity.startTime(),
                            attendance.minutes()));
                }
            }
        }
        checkTimes(byPerson, problems);
    }

    /**
     * The rules a payment statement holds too, so that a record accepted here is one a statement can price: each
     * person's days of at most 1,440 minutes, and no two attendances at once.
     */
    private static void checkTimes(List<List<AttendanceTimes.Slot>> byPerson, Violations problems) {
        for (List<AttendanceTimes.Slot> slots : byPerson) {
            slots.sort(AttendanceTimes.ORDER);
            AttendanceTimes.check(slots, problems);
        }
    }

    private void checkFeedback(Violations problems) {
        for (int i = 0; i < record.feedbackItems().size(); i++) {
            FeedbackItem item = record.feedbackItems().get(i);
            String path = "feedbackItems[" + i + "]";
            item.projectId().ifPresent(p -> problems.check(record.projectsById().containsKey(p),
                    path + ".projectId", "must name a project in this record", p));
            checkParticipants(problems, item.raisedBy(), path + ".raisedBy");
            for (int j = 0; j < item.raisedAt().size(); j++) {
                problems.check(record.activitiesById().containsKey(item.raisedAt().get(j)),
                        path + ".raisedAt[" + j + "]", "must name an activity in this record", item.raisedAt().get(j));
            }
            for (int j = 0; j < item.actions().size(); j++) {
                String at = path + ".actions[" + j + "].decidedAt";
                item.actions().get(j).decidedAt().ifPresent(a -> problems.check(
                        record.activitiesById().containsKey(a), at, "must name an activity in this record", a));
            }
        }
    }
}
