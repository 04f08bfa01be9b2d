package org.coproduction.measures.safeguarding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.indicator.Share;

/**
 * Counts repeat referrals in a reporting period from dated referral records, by this definition:
 * <ul>
 *   <li>A referral received on day {@code d} in the period is a <b>repeat</b> if the same person has another
 *       referral received on a day {@code e} with {@code d − window ≤ e < d}; with the default window of 12
 *       months, a referral on 10 May 2024 is a repeat if there was one on any day from 10 May 2023 to 9 May
 *       2024. This follows the Department for Education's "within 12 months of a previous referral".</li>
 *   <li>Referrals received on the <b>same day</b> for the same person are not repeats of each other: several
 *       agencies often refer the same concern (ASP National Minimum Dataset guidance). Each still counts in
 *       the denominator.</li>
 *   <li>Earlier referrals count even when they fall before the period, so the accumulator must be given the
 *       referrals of one window before the period too; those are used only as history. Referrals outside
 *       {@code [from − window, to]} cannot affect the result and are not kept.</li>
 *   <li>A person is <b>repeatedly referred</b> if at least one of their referrals in the period is a
 *       repeat.</li>
 * </ul>
 * The definition is the library's own [U against the ASP report, which names the measure without defining
 * it]. Memory grows with the distinct (person, day) pairs in the window, not with the period's length; the
 * result is exact whatever the order of adding and merging.
 *
 * <p>The accumulator travels between machines as its {@link #state()}: in JSON
 * ({@code CoproductionJson.write(repeats)}, read back with {@code CoproductionJson.read(json, RepeatReferrals.class)})
 * or by Java serialisation; the copy read back goes on adding and merging exactly as the original would.
 */
@Experimental
public final class RepeatReferrals implements Accumulator<Referral, RepeatReferralResult, RepeatReferrals>, Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final Period window;
    private final LocalDate historyStart;
    private final Map<String, TreeMap<LocalDate, Long>> byPerson = new HashMap<>();

    /**
     * An empty accumulator for a period, with the usual 12-month window.
     *
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not null
     * @return the accumulator, not null
     * @throws org.coproduction.core.validation.ValidationException if {@code to} is before {@code from}
     */
    public static RepeatReferrals within12Months(LocalDate from, LocalDate to) {
        return new RepeatReferrals(from, to, Period.ofMonths(12));
    }

    /**
     * An empty accumulator for a period and a window.
     *
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not null
     * @param window  how far back an earlier referral makes a repeat, positive, not null
     * @throws org.coproduction.core.validation.ValidationException if the period is empty or the window is not
     *     positive
     */
    public RepeatReferrals(LocalDate from, LocalDate to, Period window) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(window, "window");
        Violations.of("RepeatReferrals")
                .check(!to.isBefore(from), "to", "must not be before from " + from, to)
                .check(!window.isNegative() && !window.isZero(), "window", "must be positive", window)
                .throwIfAny();
        this.from = from;
        this.to = to;
        this.window = window;
        this.historyStart = from.minus(window);
    }

    /**
     * A new empty accumulator for the same period and window.
     *
     * @return the accumulator, not null
     */
    public RepeatReferrals emptyCopy() {
        return new RepeatReferrals(from, to, window);
    }

    @Override
    public void add(Referral referral) {
        LocalDate d = referral.received();
        if (d.isBefore(historyStart) || d.isAfter(to)) {
            return;
        }
        byPerson.computeIfAbsent(referral.personId(), k -> new TreeMap<>()).merge(d, 1L, Long::sum);
    }

    @Override
    public RepeatReferrals merge(RepeatReferrals other) {
        if (!other.from.equals(from) || !other.to.equals(to) || !other.window.equals(window)) {
            throw new IllegalArgumentException("Cannot merge repeat referrals for " + other.from + " to " + other.to
                    + " within " + other.window + " into " + from + " to " + to + " within " + window);
        }
        other.byPerson.forEach((person, days) -> {
            TreeMap<LocalDate, Long> mine = byPerson.computeIfAbsent(person, k -> new TreeMap<>());
            days.forEach((day, n) -> mine.merge(day, n, Math::addExact));
        });
        return this;
    }

    /**
     * The period, the window and the referrals kept so far (per person, the count on each day), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public State state() {
        return new State(from, to, window, new TreeMap<>(byPerson));
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RepeatReferrals from(State state) {
        RepeatReferrals acc = new RepeatReferrals(state.from(), state.to(), state.window());
        state.referralsByPerson().forEach((person, days) -> acc.byPerson.put(person, new TreeMap<>(days)));
        return acc;
    }

    /**
     * What a {@link RepeatReferrals} accumulator keeps: its period and window, and for each person the number
     * of referrals received on each day of the window before the period and of the period. Person
     * identifiers are the pseudonymous ones of the referrals.
     *
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, not null
     * @param window  how far back an earlier referral makes a repeat, not null
     * @param referralsByPerson  per person, the referrals received on each day from {@code from − window} to
     *     {@code to}, each count positive, not null
     */
    public record State(LocalDate from, LocalDate to, Period window, Map<String, Map<LocalDate, Long>> referralsByPerson)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        /**
         * Checks the period, the window and every count, and copies the referrals in order.
         *
         * @throws org.coproduction.core.validation.ValidationException naming every problem
         */
        public State {
            Violations problems = Violations.of("RepeatReferrals.State")
                    .check(from != null, "from", "is required")
                    .check(to != null, "to", "is required")
                    .check(window != null, "window", "is required")
                    .check(referralsByPerson != null, "referralsByPerson", "is required");
            problems.throwIfAny();
            problems.check(!to.isBefore(from), "to", "must not be before from " + from, to)
                    .check(!window.isNegative() && !window.isZero(), "window", "must be positive", window);
            problems.throwIfAny();
            LocalDate historyStart = from.minus(window);
            Map<String, Map<LocalDate, Long>> copy = new TreeMap<>();
            referralsByPerson.forEach((person, days) -> {
                String at = "referralsByPerson[" + person + "]";
                problems.check(person != null && !person.isBlank(), "referralsByPerson", "must not have a blank person");
                problems.check(days != null, at, "is required");
                if (days == null || person == null) {
                    return;
                }
                days.forEach((day, n) -> {
                    problems.check(day != null && !day.isBefore(historyStart) && !day.isAfter(to), at,
                            "must have days from " + historyStart + " to " + to, day);
                    problems.check(n != null && n > 0, at + "[" + day + "]", "must be a positive count", n);
                });
                if (days.keySet().stream().noneMatch(Objects::isNull)) {
                    copy.put(person, Collections.unmodifiableMap(new TreeMap<>(days)));
                }
            });
            problems.throwIfAny();
            referralsByPerson = Collections.unmodifiableMap(copy);
        }
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("RepeatReferrals is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(State state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public RepeatReferralResult result() {
        long referrals = 0;
        long repeats = 0;
        long people = 0;
        long repeatedPeople = 0;
        for (TreeMap<LocalDate, Long> days : byPerson.values()) {
            boolean inPeriod = false;
            boolean repeated = false;
            for (Map.Entry<LocalDate, Long> day : days.subMap(from, true, to, true).entrySet()) {
                inPeriod = true;
                referrals += day.getValue();
                LocalDate d = day.getKey();
                if (days.subMap(d.minus(window), true, d, false).isEmpty()) {
                    continue;
                }
                repeats += day.getValue();
                repeated = true;
            }
            people += inPeriod ? 1 : 0;
            repeatedPeople += repeated ? 1 : 0;
        }
        return new RepeatReferralResult(from, to, window, Share.of(repeats, referrals), Share.of(repeatedPeople, people));
    }
}
