package org.coproduction.measures.participation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.indicator.Share;

/**
 * Accumulates attendance records into the participation measures of a period ({@link ParticipationResult}).
 * Retention compares the period with an earlier one that ends the day before it starts: of the people who
 * took part in the earlier period, the share who took part again. Records outside both periods are ignored.
 *
 * <p>A person counts as bringing lived experience if any of their records says so.
 *
 * <pre>{@code
 * Participation p = Participation.of(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
 * activities.forEach(a -> p.add(a, participantsById));
 * p.result().retention();
 * }</pre>
 *
 * <p>The accumulator travels between machines as its {@link #state()}: in JSON
 * ({@code CoproductionJson.write(p)}, read back with {@code CoproductionJson.read(json, Participation.class)}) or
 * by Java serialisation; the copy read back goes on adding and merging exactly as the original would.
 */
@Stable
public final class Participation implements Accumulator<AttendanceRecord, ParticipationResult, Participation>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final int PREVIOUS = 1;
    private static final int CURRENT = 2;
    private static final int LIVED = 4;
    private static final Rung[] RUNGS = Rung.values();

    private final LocalDate previousFrom;
    private final LocalDate from;
    private final LocalDate to;
    /** Per person: [flags, highest rung ordinal + 1 in the current period]. */
    private final Map<String, int[]> people = new HashMap<>();
    private final Set<String> activities = new HashSet<>();
    private final long[] byRung = new long[RUNGS.length];
    private final long[] totals = new long[2];

    private Participation(LocalDate previousFrom, LocalDate from, LocalDate to) {
        this.previousFrom = previousFrom;
        this.from = from;
        this.to = to;
    }

    /**
     * An empty accumulator for a period and the earlier period retention looks back to.
     *
     * @param previousFrom  the first day of the earlier period, not null
     * @param from  the first day of the period, after {@code previousFrom}, not null
     * @param to  the last day of the period, not before {@code from}, not null
     * @return the accumulator, not null
     * @throws org.coproduction.core.validation.ValidationException if the dates are out of order
     */
    public static Participation of(LocalDate previousFrom, LocalDate from, LocalDate to) {
        Objects.requireNonNull(previousFrom, "previousFrom");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Violations.of("Participation")
                .check(from.isAfter(previousFrom), "from", "must be after previousFrom " + previousFrom, from)
                .check(!to.isBefore(from), "to", "must not be before from " + from, to)
                .throwIfAny();
        return new Participation(previousFrom, from, to);
    }

    /**
     * A new empty accumulator for the same periods.
     *
     * @return the accumulator, not null
     */
    public Participation emptyCopy() {
        return new Participation(previousFrom, from, to);
    }

    @Override
    public void add(AttendanceRecord r) {
        LocalDate d = r.date();
        if (d.isBefore(previousFrom) || d.isAfter(to)) {
            return;
        }
        int[] person = people.computeIfAbsent(r.participantId(), k -> new int[2]);
        if (r.livedExperience()) {
            person[0] |= LIVED;
        }
        if (d.isBefore(from)) {
            person[0] |= PREVIOUS;
            return;
        }
        person[0] |= CURRENT;
        person[1] = Math.max(person[1], r.rung().ordinal() + 1);
        activities.add(r.activityId());
        byRung[r.rung().ordinal()]++;
        totals[0]++;
        totals[1] += r.minutes();
    }

    /**
     * Adds every attendance of a core activity, through {@link AttendanceRecord#allOf}.
     *
     * @param activity  the activity, not null
     * @param participants  the participants by identifier, not null
     * @throws org.coproduction.core.validation.ValidationException as {@link AttendanceRecord#allOf} does; nothing
     *     is added then
     */
    public void add(Activity activity, Map<String, Participant> participants) {
        AttendanceRecord.allOf(activity, participants).forEach(this::add);
    }

    @Override
    public Participation merge(Participation other) {
        if (!other.previousFrom.equals(previousFrom) || !other.from.equals(from) || !other.to.equals(to)) {
            throw new IllegalArgumentException("Cannot merge participation for " + other.from + " to " + other.to
                    + " into participation for " + from + " to " + to);
        }
        other.people.forEach((id, theirs) -> {
            int[] mine = people.computeIfAbsent(id, k -> new int[2]);
            mine[0] |= theirs[0];
            mine[1] = Math.max(mine[1], theirs[1]);
        });
        activities.addAll(other.activities);
        for (int i = 0; i < byRung.length; i++) {
            byRung[i] = Math.addExact(byRung[i], other.byRung[i]);
        }
        totals[0] = Math.addExact(totals[0], other.totals[0]);
        totals[1] = Math.addExact(totals[1], other.totals[1]);
        return this;
    }

    /**
     * The periods, the people and activities seen and the attendance counts so far, as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public State state() {
        Map<String, Person> byPerson = new TreeMap<>();
        people.forEach((id, p) -> byPerson.put(id, new Person((p[0] & PREVIOUS) != 0, (p[0] & CURRENT) != 0,
                (p[0] & LIVED) != 0, p[1] == 0 ? Optional.empty() : Optional.of(RUNGS[p[1] - 1]))));
        Map<String, Long> attendancesByRung = new LinkedHashMap<>();
        for (Rung rung : RUNGS) {
            if (byRung[rung.ordinal()] > 0) {
                attendancesByRung.put(rung.id(), byRung[rung.ordinal()]);
            }
        }
        return new State(previousFrom, from, to, byPerson, new TreeSet<>(activities), attendancesByRung, totals[1]);
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Participation from(State state) {
        Participation acc = new Participation(state.previousFrom(), state.from(), state.to());
        state.people().forEach((id, p) -> acc.people.put(id, new int[] {
            (p.earlierPeriod() ? PREVIOUS : 0) | (p.period() ? CURRENT : 0) | (p.livedExperience() ? LIVED : 0),
            p.highestRung().map(r -> r.ordinal() + 1).orElse(0)}));
        acc.activities.addAll(state.activities());
        state.attendancesByRung().forEach((rung, n) -> {
            acc.byRung[Rung.parse(rung).ordinal()] = n;
            acc.totals[0] += n;
        });
        acc.totals[1] = state.attendedMinutes();
        return acc;
    }

    /**
     * What a {@link Participation} accumulator keeps: its periods, each person seen (by pseudonymous
     * identifier) with what is known of them, the activities attended in the period, and the attendances by
     * rung and their minutes.
     *
     * @param previousFrom  the first day of the earlier period, not null
     * @param from  the first day of the period, after {@code previousFrom}, not null
     * @param to  the last day of the period, not before {@code from}, not null
     * @param people  each person seen in either period, not null
     * @param activities  the identifiers of the activities attended in the period, not null
     * @param attendancesByRung  attendances in the period by rung identifier, each count positive, not null
     * @param attendedMinutes  the minutes of those attendances, at least 0
     */
    public record State(LocalDate previousFrom, LocalDate from, LocalDate to, Map<String, Person> people,
            Set<String> activities, Map<String, Long> attendancesByRung, long attendedMinutes) implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the periods and every count, and copies the collections in order.
         *
         * @throws org.coproduction.core.validation.ValidationException naming every problem
         */
        public State {
            Violations problems = Violations.of("Participation.State")
                    .check(previousFrom != null, "previousFrom", "is required")
                    .check(from != null, "from", "is required")
                    .check(to != null, "to", "is required")
                    .check(people != null, "people", "is required")
                    .check(activities != null, "activities", "is required")
                    .check(attendancesByRung != null, "attendancesByRung", "is required")
                    .check(attendedMinutes >= 0, "attendedMinutes", "must not be negative", attendedMinutes);
            problems.throwIfAny();
            problems.check(from.isAfter(previousFrom), "from", "must be after previousFrom " + previousFrom, from)
                    .check(!to.isBefore(from), "to", "must not be before from " + from, to);
            people.forEach((id, p) -> problems.check(id != null && !id.isBlank() && p != null, "people",
                    "must have a non-blank identifier and a value for each person"));
            activities.forEach(a -> problems.check(a != null && !a.isBlank(), "activities", "must not be blank"));
            attendancesByRung.forEach((rung, n) -> {
                problems.check(rung != null && isRung(rung), "attendancesByRung",
                        "must have rung identifiers as keys, such as co-production", rung);
                problems.check(n != null && n > 0, "attendancesByRung[" + rung + "]", "must be a positive count", n);
            });
            problems.throwIfAny();
            people = Collections.unmodifiableMap(new TreeMap<>(people));
            activities = Collections.unmodifiableSet(new TreeSet<>(activities));
            attendancesByRung = Collections.unmodifiableMap(new LinkedHashMap<>(attendancesByRung));
        }

        private static boolean isRung(String id) {
            try {
                Rung.parse(id);
                return true;
            } catch (IllegalArgumentException notARung) {
                return false;
            }
        }
    }

    /**
     * What is known of one person: in which periods they took part, whether any of their records says they
     * bring lived experience, and the highest rung they took part at in the period.
     *
     * @param earlierPeriod  whether they took part in the earlier period
     * @param period  whether they took part in the period
     * @param livedExperience  whether any of their records says they bring lived experience
     * @param highestRung  the highest rung of their attendances in the period; present exactly when
     *     {@code period} is true
     */
    public record Person(boolean earlierPeriod, boolean period, boolean livedExperience, Optional<Rung> highestRung)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks that the person took part in a period, and at a rung when in the period.
         *
         * @throws org.coproduction.core.validation.ValidationException naming every problem
         */
        public Person {
            highestRung = Objects.requireNonNullElse(highestRung, Optional.empty());
            Violations.of("Participation.Person")
                    .check(earlierPeriod || period, "period", "must be true when earlierPeriod is false")
                    .check(highestRung.isPresent() == period, "highestRung", "must be given exactly when period is true")
                    .throwIfAny();
        }

        /** {@code Optional} is not serialisable, so Java serialisation writes the rung or null. */
        private Object writeReplace() {
            return new PersonForm(earlierPeriod, period, livedExperience, highestRung.orElse(null));
        }
    }

    /** The serialised form of a {@link Person}, read back through its checks. */
    private record PersonForm(boolean earlierPeriod, boolean period, boolean livedExperience, Rung highestRung)
            implements Serializable {
        private Object readResolve() {
            return new Person(earlierPeriod, period, livedExperience, Optional.ofNullable(highestRung));
        }
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("Participation is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(State state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public ParticipationResult result() {
        long reach = 0;
        long lived = 0;
        long previous = 0;
        long retained = 0;
        long[] highest = new long[RUNGS.length];
        for (int[] p : people.values()) {
            boolean current = (p[0] & CURRENT) != 0;
            if (current) {
                reach++;
                lived += (p[0] & LIVED) != 0 ? 1 : 0;
                highest[p[1] - 1]++;
            }
            if ((p[0] & PREVIOUS) != 0) {
                previous++;
                retained += current ? 1 : 0;
            }
        }
        Map<String, Long> peopleByRung = new LinkedHashMap<>();
        Map<String, Long> attendancesByRung = new LinkedHashMap<>();
        for (Rung rung : RUNGS) {
            if (highest[rung.ordinal()] > 0) {
                peopleByRung.put(rung.id(), highest[rung.ordinal()]);
            }
            if (byRung[rung.ordinal()] > 0) {
                attendancesByRung.put(rung.id(), byRung[rung.ordinal()]);
            }
        }
        return new ParticipationResult(previousFrom, from, to, reach, Share.of(lived, reach),
                Share.of(retained, previous), totals[0], activities.size(), totals[1], peopleByRung, attendancesByRung);
    }
}
