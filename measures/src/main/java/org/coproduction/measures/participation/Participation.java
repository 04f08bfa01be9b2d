package org.coproduction.measures.participation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 */
@Stable
public final class Participation implements Accumulator<AttendanceRecord, ParticipationResult, Participation> {

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
