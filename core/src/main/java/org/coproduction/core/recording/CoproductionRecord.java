package org.coproduction.core.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.FeedbackAction;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.feedback.FeedbackStatus;
import org.coproduction.core.internal.Sources;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.AccessNeed;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.UserLedOrganisation;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.LivedExperienceShare;
import org.coproduction.core.project.Phase;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.RungChange;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.Finding;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One whole record of co-production, sent or stored as a single JSON document: the projects and groups, the
 * people taking part, the activities with their attendance, and the "you said, we did" feedback items, with
 * every cross-reference between them checked.
 *
 * <p>A council's case-management system can send its involvement records in this one document; the library's
 * case studies (North Tyneside's Inspire forum, Shropshire's Direct Payments Board and others) are records of
 * this type. Reading it with {@link org.coproduction.core.json.CoproductionJson} checks every rule of every
 * object inside and reports all violations together with their paths, such as
 * {@code activities[4].attendance[2].participantId: must name a participant in this record, was "p-999"}.
 *
 * <p>Rules, besides each object's own: identifiers are unique within projects, participants, activities and
 * feedback items; every reference names something in this record (a project's parent, governance members, an
 * activity's project, an attendee, a feedback item's project, raisers, activities and decision activities);
 * a project is not its own ancestor; no one is recorded as attending an activity certainly before the day their
 * consent was given, or after the day it was withdrawn (an activity known only to the month or year must lie
 * wholly on or before that day). Records from before a withdrawal stay. As a payment statement holds too, one
 * person's attendances on one day add up to at most 1,440 minutes, and their attendances at activities with a
 * start time do not overlap (each runs from the start for the person's own minutes, on the local clock and
 * across midnight: 23:00 for two hours overlaps 00:30 the next day), so a record that reads is one a statement
 * can price.
 *
 * <pre>{@code
 * CoproductionRecord record = CoproductionJson.read(json, CoproductionRecord.class);
 * record.timeline("inspire-forum");                         // phases, activities, feedback, rung changes
 * record.involvement("p-001").hours();                      // hours taken part
 * record.accessSummary("a-001").count(AccessNeed.EASY_READ);
 * record.overdueFeedback(LocalDate.of(2025, 3, 31), 90);    // open more than 90 days
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class CoproductionRecord implements WithCoproductionRecord {

    /**
     * The record's identifier, such as {@code direct-payments-board}.
     *
     * @return the identifier, not null
     */
    public abstract String id();

    /**
     * The record's title, such as {@code Shropshire Council: Direct Payments Board}.
     *
     * @return the title, not blank
     */
    public abstract String title();

    /**
     * Where the record's facts come from.
     *
     * @return the citations, not null
     */
    public abstract List<Citation> sources();

    /**
     * Notes on the record, such as assumptions made where a source is silent.
     *
     * @return the notes, not null
     */
    public abstract List<String> notes();

    /**
     * The projects and groups.
     *
     * @return the projects, not null
     */
    public abstract List<Project> projects();

    /**
     * The people taking part, by pseudonymous identifier.
     *
     * @return the participants, not null
     */
    public abstract List<Participant> participants();

    /**
     * The activities, each with its attendance.
     *
     * @return the activities, not null
     */
    public abstract List<Activity> activities();

    /**
     * The "you said, we did" feedback items.
     *
     * @return the feedback items, not null
     */
    public abstract List<FeedbackItem> feedbackItems();

    /**
     * The user-led organisations taking part, as organisations with their own checks (see
     * {@link UserLedOrganisation}); their representatives are participants with the
     * {@link org.coproduction.core.participant.ParticipantRole#USER_LED_ORGANISATION} role.
     *
     * @return the organisations, each name once, not null
     */
    public abstract List<UserLedOrganisation> userLedOrganisations();

    /**
     * A builder for a record.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link CoproductionRecord} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableCoproductionRecord.Builder {
        Builder() {
        }
    }

    @Value.Lazy
    Map<String, Project> projectsById() {
        return index(projects(), Project::id);
    }

    /**
     * The participants by identifier, for example to work out a group's
     * {@linkplain Governance#livedExperienceShare(Map) lived-experience share}.
     *
     * @return an unmodifiable map, not null
     */
    @Value.Lazy
    public Map<String, Participant> participantsById() {
        return index(participants(), Participant::id);
    }

    @Value.Lazy
    Map<String, Activity> activitiesById() {
        return index(activities(), Activity::id);
    }

    @Value.Lazy
    Map<String, FeedbackItem> feedbackById() {
        return index(feedbackItems(), FeedbackItem::id);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> byId = new HashMap<>(values.size() * 2);
        values.forEach(v -> byId.putIfAbsent(key.apply(v), v));
        return Collections.unmodifiableMap(byId);
    }

    /**
     * The project with an identifier, if there is one.
     *
     * @param projectId  the identifier, not null
     * @return the project, or empty
     */
    public Optional<Project> project(String projectId) {
        return Optional.ofNullable(projectsById().get(projectId));
    }

    /**
     * The participant with an identifier, if there is one.
     *
     * @param participantId  the identifier, not null
     * @return the participant, or empty
     */
    public Optional<Participant> participant(String participantId) {
        return Optional.ofNullable(participantsById().get(participantId));
    }

    /**
     * The activity with an identifier, if there is one.
     *
     * @param activityId  the identifier, not null
     * @return the activity, or empty
     */
    public Optional<Activity> activity(String activityId) {
        return Optional.ofNullable(activitiesById().get(activityId));
    }

    /**
     * The feedback item with an identifier, if there is one.
     *
     * @param itemId  the identifier, not null
     * @return the item, or empty
     */
    public Optional<FeedbackItem> feedbackItem(String itemId) {
        return Optional.ofNullable(feedbackById().get(itemId));
    }

    private Project requireProject(String projectId) {
        return project(projectId).orElseThrow(() -> new NoSuchElementException(
                "Record " + id() + " has no project \"" + projectId + "\""));
    }

    /**
     * The activities of a project, in the record's order.
     *
     * @param projectId  the project's identifier, not null
     * @return the activities, not null
     * @throws NoSuchElementException if the record has no such project
     */
    public List<Activity> activitiesOf(String projectId) {
        requireProject(projectId);
        return activities().stream().filter(a -> a.projectId().equals(projectId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The share of a group's voting members who bring lived experience.
     *
     * @param projectId  the project's identifier, not null
     * @return the share, not null
     * @throws NoSuchElementException if the record has no such project or it has no governance
     */
    public LivedExperienceShare livedExperienceShare(String projectId) {
        Governance governance = requireProject(projectId).governance().orElseThrow(() -> new NoSuchElementException(
                "Project " + projectId + " has no governance recorded"));
        return governance.livedExperienceShare(participantsById());
    }

    /**
     * A project's timeline: its start and end, its phases, its activities, the feedback items raised in it and
     * what came of them, and its moves on the ladder, in date order. Events without a date, or with an
     * {@linkplain PartialDate#UNKNOWN unknown} one, are left out;
     * events on the same date keep the order above.
     *
     * @param projectId  the project's identifier, not null
     * @return the entries, oldest first, not null
     * @throws NoSuchElementException if the record has no such project
     */
    public List<TimelineEntry> timeline(String projectId) {
        Project project = requireProject(projectId);
        List<TimelineEntry> entries = new ArrayList<>();
        project.start().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.PROJECT_STARTED, projectId,
                project.title() + " started")));
        for (Phase phase : project.phases()) {
            phase.start().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.PHASE_STARTED,
                    phase.type().id(), "Phase started: " + phase.type().id())));
            phase.end().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.PHASE_ENDED,
                    phase.type().id(), "Phase ended: " + phase.type().id())));
        }
        for (Activity a : activities()) {
            if (a.projectId().equals(projectId)) {
                entries.add(TimelineEntry.of(a.date(), TimelineEntry.Kind.ACTIVITY, a.id(),
                        a.title().orElse(a.type().id()) + " at " + a.rung().id() + ", " + a.attendance().size()
                                + " took part"));
            }
        }
        for (FeedbackItem item : feedbackItems()) {
            if (item.projectId().filter(projectId::equals).isPresent()) {
                addFeedback(entries, item);
            }
        }
        for (RungChange change : project.rungChanges()) {
            entries.add(TimelineEntry.of(change.on(), TimelineEntry.Kind.RUNG_CHANGED, projectId,
                    "Moved from " + change.from().id() + " to " + change.to().id()
                            + change.reason().map(r -> ": " + r).orElse("")));
        }
        project.end().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.PROJECT_ENDED, projectId,
                project.title() + " ended")));
        entries.removeIf(e -> !e.date().isKnown());
        // A stable sort keeps same-date events in the order they were added.
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return List.copyOf(entries);
    }

    private static void addFeedback(List<TimelineEntry> entries, FeedbackItem item) {
        entries.add(TimelineEntry.of(item.raisedOn(), TimelineEntry.Kind.FEEDBACK_RAISED, item.id(),
                "You said: " + item.youSaid()));
        for (FeedbackAction action : item.actions()) {
            action.startedOn().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.ACTION_STARTED,
                    item.id(), "We did: " + action.weDid())));
            action.completedOn().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.ACTION_COMPLETED,
                    item.id(), "Completed: " + action.weDid())));
        }
        for (FeedbackOutcome outcome : item.outcomes()) {
            outcome.on().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.OUTCOME, item.id(),
                    "Which resulted in: " + outcome.resultedIn())));
            outcome.toldBackOn().ifPresent(d -> entries.add(TimelineEntry.of(d, TimelineEntry.Kind.TOLD_BACK,
                    item.id(), "Told back: " + outcome.resultedIn())));
        }
        item.couldNot().ifPresent(c -> c.explainedBackOn().ifPresent(d -> entries.add(TimelineEntry.of(d,
                TimelineEntry.Kind.EXPLAINED_BACK, item.id(), "Explained back: we could not, because " + c.because()))));
    }

    /**
     * A participant's involvement: the activities they took part in, the time they gave, and the rungs they
     * took part at.
     *
     * @param participantId  the participant's identifier, not null
     * @return the involvement, not null
     * @throws NoSuchElementException if the record has no such participant
     */
    public Involvement involvement(String participantId) {
        if (!participantsById().containsKey(participantId)) {
            throw new NoSuchElementException("Record " + id() + " has no participant \"" + participantId + "\"");
        }
        List<String> activityIds = new ArrayList<>();
        long minutes = 0;
        long preparation = 0;
        long travel = 0;
        int chaired = 0;
        Map<Rung, long[]> byRung = new EnumMap<>(Rung.class);
        for (Activity activity : activities()) {
            for (Attendance a : activity.attendance()) {
                if (a.participantId().equals(participantId)) {
                    activityIds.add(activity.id());
                    minutes += a.minutes();
                    preparation += a.preparationMinutes();
                    travel += a.travelMinutes();
                    chaired += a.chaired() ? 1 : 0;
                    long[] totals = byRung.computeIfAbsent(activity.rung(), r -> new long[2]);
                    totals[0]++;
                    totals[1] += a.minutes();
                }
            }
        }
        Involvement.Builder result = Involvement.builder().participantId(participantId)
                .activityIds(activityIds).minutes(minutes).preparationMinutes(preparation).travelMinutes(travel)
                .activitiesChaired(chaired);
        byRung.forEach((rung, totals) -> result.addByRung(RungTime.of(rung, (int) totals[0], totals[1])));
        return result.build();
    }

    /**
     * Everything in the record its owner should look at as of a day, each with the source that raises it:
     * the {@linkplain #involvementFindings() involvement findings}, then terms of reference overdue for review
     * ({@link org.coproduction.core.project.TermsOfReference#reviewFinding(LocalDate)}), then the criteria of
     * user-led organisations not met or not recorded ({@link UserLedOrganisation#findings()}). None is an error.
     *
     * @param asOf  the day to judge on, not null
     * @return the findings, not null
     */
    public List<Finding> findings(LocalDate asOf) {
        List<Finding> findings = new ArrayList<>(involvementFindings());
        for (int i = 0; i < projects().size(); i++) {
            String path = "projects[" + i + "].termsOfReference";
            projects().get(i).termsOfReference().flatMap(t -> t.reviewFinding(asOf))
                    .ifPresent(f -> findings.add(new Finding(path, f.code(), f.message(), f.source())));
        }
        for (int i = 0; i < userLedOrganisations().size(); i++) {
            String path = "userLedOrganisations[" + i + "]";
            userLedOrganisations().get(i).findings()
                    .forEach(f -> findings.add(new Finding(path, f.code(), f.message(), f.source())));
        }
        return List.copyOf(findings);
    }

    /**
     * Where what a person asked for and what the record shows of them differ: a person who did not ask to
     * lead but is recorded chairing an activity or a group, and a person who asked to lead but has only ever
     * taken part in activities at the consultation rung or below. These are findings for the record's owner,
     * not errors: the record may be out of date, or the person may have changed their mind.
     *
     * <p>People choose how far to take part in steps that suit them, "in incremental steps that suited the
     * level of participation the service user indicated they wanted" (the Scottish adult support and
     * protection project, chapter 5); {@link org.coproduction.core.participant.InvolvementLevel} records that
     * level, and chairing is its top step.
     *
     * @return the findings, in the order of the participants, not null
     */
    public List<Finding> involvementFindings() {
        Map<String, List<String>> chairsOf = new HashMap<>();
        for (Project project : projects()) {
            project.governance().ifPresent(g -> g.chairs().forEach(
                    c -> chairsOf.computeIfAbsent(c, k -> new ArrayList<>()).add(project.id())));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < participants().size(); i++) {
            Participant person = participants().get(i);
            List<String> chaired = new ArrayList<>();
            boolean tookPart = false;
            boolean aboveConsultation = false;
            for (Activity activity : activities()) {
                for (Attendance a : activity.attendance()) {
                    if (a.participantId().equals(person.id())) {
                        tookPart = true;
                        aboveConsultation |= activity.rung().compareTo(Rung.CONSULTATION) > 0;
                        if (a.chaired()) {
                            chaired.add(activity.id());
                        }
                    }
                }
            }
            List<String> groupsChaired = chairsOf.getOrDefault(person.id(), List.of());
            String path = "participants[" + i + "]";
            InvolvementLevel wanted = person.involvement();
            if (wanted != InvolvementLevel.LEAD && !(chaired.isEmpty() && groupsChaired.isEmpty())) {
                findings.add(new Finding(path, "chaired-without-asking-to-lead", person.id() + " asked "
                        + asked(wanted) + " but is recorded chairing"
                        + (chaired.isEmpty() ? "" : " activities " + String.join(", ", chaired))
                        + (chaired.isEmpty() || groupsChaired.isEmpty() ? "" : " and")
                        + (groupsChaired.isEmpty() ? "" : " groups " + String.join(", ", groupsChaired))
                        + ": check the level they want, or the record", Sources.SCOTLAND_ASP));
            }
            if (wanted == InvolvementLevel.LEAD && tookPart && !aboveConsultation && chaired.isEmpty()
                    && groupsChaired.isEmpty()) {
                findings.add(new Finding(path, "asked-to-lead-but-only-consulted", person.id()
                        + " asked to lead but has only taken part at the consultation rung or below",
                        Sources.SCOTLAND_ASP));
            }
        }
        return List.copyOf(findings);
    }

    private static String asked(InvolvementLevel wanted) {
        switch (wanted) {
            case KEEP_INFORMED:
                return "only to be kept informed";
            case SHARE_VIEWS:
                return "to share views";
            case ONE_OFF_ACTIVITIES:
                return "to take part in one-off activities";
            case REGULAR_MEMBER:
                return "to be a regular member";
            default:
                return "to lead";
        }
    }

    /**
     * The access arrangements an activity's attendees need, counted, without saying who needs what.
     *
     * @param activityId  the activity's identifier, not null
     * @return the summary, not null
     * @throws NoSuchElementException if the record has no such activity
     */
    public AccessSummary accessSummary(String activityId) {
        Activity activity = activity(activityId).orElseThrow(() -> new NoSuchElementException(
                "Record " + id() + " has no activity \"" + activityId + "\""));
        Map<AccessNeed, Integer> counts = new EnumMap<>(AccessNeed.class);
        for (Attendance a : activity.attendance()) {
            for (AccessNeed need : participantsById().get(a.participantId()).accessNeeds()) {
                counts.merge(need, 1, Integer::sum);
            }
        }
        return AccessSummary.builder().activityId(activityId).attendees(activity.attendance().size()).needs(counts)
                .build();
    }

    /**
     * The feedback items with one of the given statuses, in the record's order.
     *
     * @param statuses  the statuses wanted, not null
     * @return the items, not null
     */
    public List<FeedbackItem> feedbackWithStatus(Set<FeedbackStatus> statuses) {
        return feedbackWhere(item -> statuses.contains(item.status()));
    }

    /**
     * The feedback items still being worked on: raised, or in progress.
     *
     * @return the items, not null
     */
    public List<FeedbackItem> openFeedback() {
        return feedbackWhere(item -> item.status().isOpen());
    }

    /**
     * The feedback items whose loop is closed: resulted, or could not be done and explained back.
     *
     * @return the items, not null
     */
    public List<FeedbackItem> closedFeedback() {
        return feedbackWhere(item -> item.status().isClosed());
    }

    /**
     * The feedback items that could not be done but have not yet been explained back to the people who raised
     * them.
     *
     * @return the items, not null
     */
    public List<FeedbackItem> notYetExplainedBack() {
        return feedbackWhere(item -> item.status() == FeedbackStatus.COULD_NOT_NOT_YET_EXPLAINED);
    }

    /**
     * The feedback items whose loop is not closed more than a number of days after they were raised, as of a
     * day; see {@link FeedbackItem#isOverdue(LocalDate, int)}.
     *
     * @param asOf  the day to judge on, not null
     * @param days  how many days the council allows to close the loop, not negative
     * @return the items, not null
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public List<FeedbackItem> overdueFeedback(LocalDate asOf, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Invalid number of days allowed to close the loop: must not be "
                    + "negative, was " + days);
        }
        return feedbackWhere(item -> item.isOverdue(asOf, days));
    }

    private List<FeedbackItem> feedbackWhere(Predicate<FeedbackItem> wanted) {
        return feedbackItems().stream().filter(wanted).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The activities where a feedback item was raised.
     *
     * @param itemId  the item's identifier, not null
     * @return the activities, not null
     * @throws NoSuchElementException if the record has no such item
     */
    public List<Activity> whereRaised(String itemId) {
        return requireItem(itemId).raisedAt().stream().map(activitiesById()::get)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * The activities where decisions were made in answer to a feedback item, in the order of its actions.
     *
     * @param itemId  the item's identifier, not null
     * @return the activities, not null
     * @throws NoSuchElementException if the record has no such item
     */
    public List<Activity> whereDecided(String itemId) {
        return requireItem(itemId).actions().stream().flatMap(a -> a.decidedAt().stream()).distinct()
                .map(activitiesById()::get).collect(Collectors.toUnmodifiableList());
    }

    private FeedbackItem requireItem(String itemId) {
        return feedbackItem(itemId).orElseThrow(() -> new NoSuchElementException(
                "Record " + id() + " has no feedback item \"" + itemId + "\""));
    }

    @Value.Check
    void check() {
        RecordRules.check(this);
    }

    @Override
    public String toString() {
        return "Record " + id() + " \"" + title() + "\": " + projects().size() + " projects, " + participants().size()
                + " participants, " + activities().size() + " activities, "
                + activities().stream().mapToInt(a -> a.attendance().size()).sum() + " attendances, "
                + feedbackItems().size() + " feedback items";
    }
}
