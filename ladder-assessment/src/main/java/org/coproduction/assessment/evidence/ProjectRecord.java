package org.coproduction.assessment.evidence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Project;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * What the host's records say about a project, gathered for an assessment: the project and its governance,
 * the participants, the activities with their attendance, the feedback items, the recompense policy, and
 * whose access needs were met; all as of one day.
 *
 * <p>Rules: every activity and feedback item belongs to the project; every attendance, chair and
 * access-needs entry names a participant given here.
 */
@Stable
@Value.Immutable
@ValueStyle
public abstract class ProjectRecord implements WithProjectRecord {

    /**
     * The project.
     *
     * @return the project
     */
    public abstract Project project();

    /**
     * The day the record is read as of; the derived answers carry this date.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * The participants (pseudonymous).
     *
     * @return the participants
     */
    public abstract List<Participant> participants();

    /**
     * The project's activities, with attendance.
     *
     * @return the activities
     */
    public abstract List<Activity> activities();

    /**
     * The project's "you said, we did" feedback items.
     *
     * @return the items
     */
    public abstract List<FeedbackItem> feedback();

    /**
     * The recompense policy the project works under, if the host has one on record.
     *
     * @return the policy, or empty
     */
    public abstract Optional<RecompensePolicySummary> recompense();

    /**
     * The participants whose recorded access needs were met, by identifier.
     *
     * @return the identifiers
     */
    public abstract Set<String> accessNeedsMet();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ProjectRecord} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableProjectRecord.Builder {
        Builder() {
        }
    }

    /**
     * The part of a whole co-production record that concerns one project: the project, every participant of the
     * record, the project's activities and the feedback items that name the project. The recompense policy and
     * whose access needs were met are not in the core record; add them with {@code withRecompense} and
     * {@code withAccessNeedsMet}.
     *
     * @param record  the whole record
     * @param projectId  the project to assess
     * @param asOf  the day the record is read as of
     * @return the project's record
     * @throws java.util.NoSuchElementException if the record has no such project
     */
    public static ProjectRecord from(CoproductionRecord record, String projectId, LocalDate asOf) {
        Project project = record.project(projectId).orElseThrow(() -> new java.util.NoSuchElementException(
                "Record " + record.id() + " has no project \"" + projectId + "\""));
        return builder().project(project).asOf(asOf).participants(record.participants())
                .activities(record.activitiesOf(projectId))
                .feedback(record.feedbackItems().stream().filter(f -> f.projectId().equals(Optional.of(projectId)))
                        .collect(Collectors.toList()))
                .build();
    }

    /**
     * The participants by identifier.
     *
     * @return an unmodifiable map from identifier to participant
     */
    public Map<String, Participant> participantsById() {
        Map<String, Participant> byId = new HashMap<>();
        participants().forEach(p -> byId.putIfAbsent(p.id(), p));
        return Map.copyOf(byId);
    }

    /**
     * The participant with an identifier, if given.
     *
     * @param participantId  the identifier
     * @return the participant, or empty
     */
    public Optional<Participant> participant(String participantId) {
        return participants().stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("ProjectRecord").unique(participants(), Participant::id, "participants", "id");
        Map<String, Participant> byId = participantsById();
        String projectId = project().id();
        for (int i = 0; i < activities().size(); i++) {
            Activity activity = activities().get(i);
            problems.check(activity.projectId().equals(projectId), "activities[" + i + "].projectId",
                    "must be the project " + projectId, activity.projectId());
            for (int j = 0; j < activity.attendance().size(); j++) {
                String who = activity.attendance().get(j).participantId();
                problems.check(byId.containsKey(who), "activities[" + i + "].attendance[" + j
                        + "].participantId", "must be one of the participants given", who);
            }
        }
        for (int i = 0; i < feedback().size(); i++) {
            Optional<String> of = feedback().get(i).projectId();
            problems.check(of.map(projectId::equals).orElse(true), "feedback[" + i + "].projectId",
                    "must be the project " + projectId, of.orElse(""));
        }
        project().governance().ifPresent(g -> {
            for (int i = 0; i < g.chairs().size(); i++) {
                problems.check(byId.containsKey(g.chairs().get(i)), "project.governance.chairs[" + i + "]",
                        "must be one of the participants given", g.chairs().get(i));
            }
        });
        accessNeedsMet().forEach(id -> problems.check(byId.containsKey(id), "accessNeedsMet",
                "must name participants given", id));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Record of " + project().id() + " as of " + asOf() + ": " + participants().size() + " participants, "
                + activities().size() + " activities, " + feedback().size() + " feedback items";
    }
}
