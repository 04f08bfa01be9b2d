package org.coproduction.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

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
 * when given, is positive; a venue only for an in-person or hybrid activity and not blank; each attendance
 * names this activity, each participant attends once, and no one attends longer than the activity ran.
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
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableActivity.class)
@JsonDeserialize(as = ImmutableActivity.class)
public abstract class Activity {

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
     * When the activity happened (or started, for a survey or diary); a month or year when only that is known.
     *
     * @return the date, not null
     */
    public abstract PartialDate date();

    /**
     * The local start time, when the exact date is known.
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
     * Who took part, each once.
     *
     * @return the attendance records, not null
     */
    public abstract List<Attendance> attendance();

    /**
     * A builder for an activity.
     *
     * @return a new builder, not null
     */
    public static ImmutableActivity.Builder builder() {
        return ImmutableActivity.builder();
    }

    /**
     * The total minutes taken part by everyone who attended, not counting preparation or travel.
     *
     * @return the minutes, not negative
     */
    public long attendedMinutes() {
        return attendance().stream().mapToLong(Attendance::minutes).sum();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Activity");
        Ids.check(problems, id(), "id");
        Ids.check(problems, projectId(), "projectId");
        title().ifPresent(t -> problems.check(!t.isBlank(), "title", "must not be blank when present"));
        startTime().ifPresent(t -> problems.check(date().isExact(), "startTime",
                "needs an exact date, but the date is only known to the " + date().precision().name().toLowerCase(),
                t));
        durationMinutes().ifPresent(d -> problems.check(d > 0, "durationMinutes", "must be positive", d));
        venue().ifPresent(v -> {
            problems.check(!v.isBlank(), "venue", "must not be blank when present");
            problems.check(setting() == Setting.IN_PERSON || setting() == Setting.HYBRID, "venue",
                    "is only for an in-person or hybrid activity, but the setting is " + setting().id(), v);
        });
        problems.unique(attendance(), Attendance::participantId, "attendance", "participantId");
        for (int i = 0; i < attendance().size(); i++) {
            Attendance a = attendance().get(i);
            problems.check(a.activityId().equals(id()), "attendance[" + i + "].activityId",
                    "must be this activity's id \"" + id() + "\"", a.activityId());
            if (durationMinutes().isPresent()) {
                int limit = durationMinutes().get();
                problems.check(a.minutes() <= limit, "attendance[" + i + "].minutes",
                        "must not exceed the activity's duration of " + limit + " minutes", a.minutes());
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
