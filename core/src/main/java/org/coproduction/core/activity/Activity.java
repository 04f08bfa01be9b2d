package org.coproduction.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Something people take part in as part of a project: a meeting, a workshop, a survey, a guided
 * conversation, a Conversation Café, Journey Mapping, a Futures Workshop, an evaluation diary, training or a
 * conference delivered with experts by experience, tender evaluation, or a task-and-finish group; with when
 * it happened, how long it ran, the rung of the ladder it works at, where, and who took part.
 *
 * <p>An activity's rung can differ from its project's: North Tyneside gathers evidence at the consultation
 * and engagement level before a smaller group co-designs solutions (<i>Stronger Together</i>, 2024).
 *
 * <p>Rules: the identifiers keep the identifier rule; a start time only with an exact date; the duration,
 * when given, is positive; a venue only for an in-person or hybrid activity and not blank; a headcount is not
 * fewer than the attendance records; notes are not blank; each attendance
 * names this activity, each participant attends once, and no one attends longer than the activity ran; there
 * are no more ratings than people who took part (the headcount when given, else the attendance records).
 *
 * <pre>{@code
 * Activity a = Activity.builder()
 *     .id("a-001").projectId("inspire-forum").type(ActivityType.MEETING)
 *     .date(PartialDate.parse("2024-03-05")).durationMinutes(120)
 *     .rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
 *     .addAttendance(Attendance.builder().participantId("p-001").activityId("a-001").minutes(120).build())
 *     .build();
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Activity implements WithActivity {

    /**
     * The activity's identifier, such as {@code a-001}.
     *
     * @return the identifier, not null
     */
    public abstract String id();

    /**
     * The identifier of the project or group the activity belongs to.
     *
     * @return the project's identifier, not null
     */
    public abstract String projectId();

    /**
     * What kind of activity it is.
     *
     * @return the type, not null
     */
    public abstract ActivityType type();

    /**
     * A short title, such as "Learning from Lived Experience conference".
     *
     * @return the title, or empty
     */
    public abstract Optional<String> title();

    /**
     * When the activity happened (or started, for a survey or diary); a month or year when only that is known,
     * or {@link PartialDate#UNKNOWN} when a published source gives no date.
     *
     * @return the date, not null
     */
    public abstract PartialDate date();

    /**
     * The local start time, when the exact date is known; in JSON {@code "10:30"} or {@code "10:30:00"}. A
     * payment statement refuses two attendances of one person whose times, each from its activity's start for
     * the minutes the person attended, overlap on the local clock, across midnight too (23:00 for two hours
     * overlaps 00:30 the next day).
     *
     * @return the start time, or empty
     */
    public abstract Optional<LocalTime> startTime();

    /**
     * How many minutes the activity ran for, when it has a set length.
     *
     * @return the minutes, positive, or empty
     */
    public abstract Optional<Integer> durationMinutes();

    /**
     * The rung of the TLAP ladder the activity works at.
     *
     * @return the rung, not null
     */
    public abstract Rung rung();

    /**
     * Whether the activity is in person, online, hybrid, by phone or in writing.
     *
     * @return the setting, not null
     */
    public abstract Setting setting();

    /**
     * The venue's public name or the kind of place, such as "an Extra Care scheme"; for in-person and hybrid
     * activities only.
     *
     * @return the venue, or empty
     */
    public abstract Optional<String> venue();

    /**
     * How many people took part in all, when a count is known, including people without an attendance record
     * (such as the 185 people at Shropshire's Direct Payments development days). Never fewer than the
     * attendance records.
     *
     * @return the count, or empty
     */
    public abstract Optional<Integer> headcount();

    /**
     * Notes on the activity or on the record of it, such as assumptions made where a source is silent.
     *
     * @return the notes, not null
     */
    public abstract List<String> notes();

    /**
     * Who took part, each once.
     *
     * @return the attendance records, not null
     */
    public abstract List<Attendance> attendance();

    /**
     * Attendees' ratings and comments on the activity, anonymous; empty when none were collected.
     *
     * @return the ratings, not null
     */
    public abstract List<EventRating> feedback();

    /**
     * A builder for an activity.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Activity} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableActivity.Builder {
        Builder() {
        }
    }

    /**
     * The total minutes taken part by everyone who attended, not counting preparation or travel.
     *
     * @return the minutes, not negative
     */
    public long attendedMinutes() {
        return attendance().stream().mapToLong(Attendance::minutes).sum();
    }

    /**
     * Reads an activity from JSON through one factory call rather than one reflective setter per field, as activities come in bulk. Absent fields are left unset, so that the builder names every missing required field.
     */
    @JsonCreator
    static Activity fromJson(
            @JsonProperty("id") String id,
            @JsonProperty("projectId") String projectId,
            @JsonProperty("type") ActivityType type,
            @JsonProperty("title") String title,
            @JsonProperty("date") PartialDate date,
            @JsonProperty("startTime") LocalTime startTime,
            @JsonProperty("durationMinutes") Integer durationMinutes,
            @JsonProperty("rung") Rung rung,
            @JsonProperty("setting") Setting setting,
            @JsonProperty("venue") String venue,
            @JsonProperty("headcount") Integer headcount,
            @JsonProperty("notes") List<String> notes,
            @JsonProperty("attendance") List<Attendance> attendance,
            @JsonProperty("feedback") List<EventRating> feedback) {
        Activity.Builder builder = builder();
        if (id != null) {
            builder.id(id);
        }
        if (projectId != null) {
            builder.projectId(projectId);
        }
        if (type != null) {
            builder.type(type);
        }
        if (title != null) {
            builder.title(title);
        }
        if (date != null) {
            builder.date(date);
        }
        if (startTime != null) {
            builder.startTime(startTime);
        }
        if (durationMinutes != null) {
            builder.durationMinutes(durationMinutes);
        }
        if (rung != null) {
            builder.rung(rung);
        }
        if (setting != null) {
            builder.setting(setting);
        }
        if (venue != null) {
            builder.venue(venue);
        }
        if (headcount != null) {
            builder.headcount(headcount);
        }
        if (notes != null) {
            builder.notes(notes);
        }
        if (attendance != null) {
            builder.attendance(attendance);
        }
        if (feedback != null) {
            builder.feedback(feedback);
        }
        return builder.build();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Activity");
        Ids.check(problems, id(), "id");
        Ids.check(problems, projectId(), "projectId");
        title().ifPresent(t -> problems.check(!t.isBlank(), "title", "must not be blank when present"));
        // Messages that name a value are written only when their rule is broken: valid records are read in bulk.
        if (startTime().isPresent() && !date().isExact()) {
            problems.add(Violation.of("startTime", date().isKnown()
                    ? "needs an exact date, but the date is only known to the "
                            + date().precision().name().toLowerCase(java.util.Locale.ROOT)
                    : "needs an exact date, but the date is unknown", startTime().get()));
        }
        durationMinutes().ifPresent(d -> problems.check(d > 0, "durationMinutes", "must be positive", d));
        venue().ifPresent(v -> {
            problems.check(!v.isBlank(), "venue", "must not be blank when present");
            if (setting() != Setting.IN_PERSON && setting() != Setting.HYBRID) {
                problems.add(Violation.of("venue",
                        "is only for an in-person or hybrid activity, but the setting is " + setting().id(), v));
            }
        });
        if (headcount().isPresent() && headcount().get() < attendance().size()) {
            problems.add(Violation.of("headcount",
                    "must not be fewer than the " + attendance().size() + " attendance records", headcount().get()));
        }
        for (int i = 0; i < notes().size(); i++) {
            problems.check(!notes().get(i).isBlank(), "notes[" + i + "]", "must not be blank");
        }
        // A set finds whether anyone is recorded twice; only then is the indexed report built.
        Set<String> attendees = new HashSet<>(attendance().size() * 2);
        for (Attendance a : attendance()) {
            if (!attendees.add(a.participantId())) {
                problems.unique(attendance(), Attendance::participantId, "attendance", "participantId");
                break;
            }
        }
        int tookPart = headcount().orElse(attendance().size());
        if (feedback().size() > tookPart) {
            problems.add(Violation.of("feedback",
                    "must not hold more ratings than the " + tookPart + " people who took part", feedback().size()));
        }
        int limit = durationMinutes().orElse(Integer.MAX_VALUE);
        for (int i = 0; i < attendance().size(); i++) {
            // Paths and messages are built only for a broken record: valid ones are read in bulk.
            Attendance a = attendance().get(i);
            if (!a.activityId().equals(id())) {
                problems.add(Violation.of("attendance[" + i + "].activityId",
                        "must be this activity's id" + (Ids.isValid(id()) ? " \"" + id() + "\"" : Ids.NOT_SHOWN),
                        a.activityId()));
            }
            if (a.minutes() > limit) {
                problems.add(Violation.of("attendance[" + i + "].minutes",
                        "must not exceed the activity's duration of " + limit + " minutes", a.minutes()));
            }
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Activity " + id() + " (" + type().id() + ", " + date() + ", " + rung().id() + ", "
                + attendance().size() + " attended)";
    }
}
