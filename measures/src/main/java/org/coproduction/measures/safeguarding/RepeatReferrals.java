package org.coproduction.measures.safeguarding;

import java.time.LocalDate;
import java.time.Period;
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
 */
@Experimental
public final class RepeatReferrals implements Accumulator<Referral, RepeatReferralResult, RepeatReferrals> {

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
