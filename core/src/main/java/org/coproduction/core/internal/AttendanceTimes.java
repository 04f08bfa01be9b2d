package org.coproduction.core.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Internal;
import org.coproduction.core.validation.Violations;

/**
 * The rules on one person's attendances over time, checked in one place for a record
 * ({@code CoproductionRecord}) and for a payment statement, so that a record that is accepted is one a
 * statement can price (issue 16):
 *
 * <ul>
 *   <li>one person's attendances on one day add up to at most {@value #MINUTES_IN_A_DAY} minutes;</li>
 *   <li>one person's attendances at activities with a start time do not overlap, on the local clock and
 *       across midnight too: an activity at 23:00 attended for two hours overlaps one at 00:30 the next day.
 *       Each attendance runs from the activity's start for the person's own minutes, so leaving one meeting
 *       early for another is not an overlap.</li>
 * </ul>
 * Only activities with an exact day are checked: one known only by its month or year has no day to add up.
 * The rules see a {@link Slot} of each attendance, so that this package needs none of the domain packages.
 */
@Internal
public final class AttendanceTimes {

    /** The minutes in a day, and the most one person can attend in a day. */
    public static final int MINUTES_IN_A_DAY = 1440;

    /** The order attendances are checked and priced in: day, then start time (untimed first), then activity. */
    public static final Comparator<Slot> ORDER = Comparator.comparing((Slot e) -> e.day)
            .thenComparingInt(e -> e.start).thenComparing(e -> e.activityId);

    private AttendanceTimes() {
    }

    /**
     * One attendance of one person, as these rules see it: the day and start of its activity, the person's
     * minutes, and where it was given.
     */
    public static class Slot {
        /** The activity's identifier. */
        public final String activityId;
        /** The activity's place in the list it was given in. */
        public final int activityIndex;
        /** The attendance's place in the activity's list. */
        public final int recordIndex;
        /** The activity's day, or null when only its month or year is known. */
        public final LocalDate day;
        /** The activity's start in minutes after midnight, or -1 without a start time. */
        public final int start;
        /** The minutes the person took part. */
        public final int minutes;
        /** The activity's start as minutes on the local time line (days since 1970 × 1440 + start), if timed. */
        public final long from;

        /**
         * A slot for one attendance.
         *
         * @param activityId  the activity's identifier, not null
         * @param activityIndex  its place in the list of activities
         * @param recordIndex  the attendance's place in the activity's attendance
         * @param day  the activity's day, or null when only its month or year is known
         * @param startTime  the activity's start time, if it has one, not null
         * @param minutes  the minutes the person took part
         */
        public Slot(String activityId, int activityIndex, int recordIndex, LocalDate day, Optional<LocalTime> startTime,
                int minutes) {
            this.activityId = activityId;
            this.activityIndex = activityIndex;
            this.recordIndex = recordIndex;
            this.day = day;
            this.start = startTime.isPresent() ? startTime.get().toSecondOfDay() / 60 : -1;
            this.minutes = minutes;
            this.from = day == null || start < 0 ? 0 : day.toEpochDay() * MINUTES_IN_A_DAY + start;
        }

        /**
         * The minute the person's time there ends, from the start, on the local time line.
         *
         * @return the minute
         */
        public long until() {
            return from + minutes;
        }

        /**
         * Where the attendance is in a document: {@code activities[2].attendance[0]}.
         *
         * @return the path, not null
         */
        public String path() {
            return "activities[" + activityIndex + "].attendance[" + recordIndex + "]";
        }
    }

    /**
     * Adds a problem for each day of more than {@value #MINUTES_IN_A_DAY} minutes attended and each two
     * attendances at once.
     *
     * @param entries  one person's attendances with an exact day, in {@link #ORDER}, not null
     * @param problems  where the problems are added, not null
     */
    public static void check(List<? extends Slot> entries, Violations problems) {
        checkDays(entries, problems);
        // In order of start, so each timed record is compared with the earlier ones still going on when it starts.
        List<Slot> running = new ArrayList<>();
        for (Slot b : entries) {
            if (b.start < 0) {
                continue;
            }
            for (int i = running.size() - 1; i >= 0; i--) {
                if (running.get(i).until() <= b.from) {
                    running.remove(i);  // ended before b starts, so before anything after b starts too
                }
            }
            for (Slot a : running) {
                if (a.from < b.until() && b.from < a.until()) {
                    problems.check(false, b.path(), "overlaps " + a.path() + " (activities " + a.activityId
                            + " and " + b.activityId + " on " + a.day + (a.day.equals(b.day) ? "" : " and " + b.day)
                            + "): one person cannot attend both");
                }
            }
            running.add(b);
        }
    }

    private static void checkDays(List<? extends Slot> entries, Violations problems) {
        int first = 0;
        while (first < entries.size()) {
            LocalDate day = entries.get(first).day;
            int end = first;
            long minutes = 0;
            while (end < entries.size() && entries.get(end).day.equals(day)) {
                minutes += entries.get(end++).minutes;
            }
            Slot last = entries.get(end - 1);
            if (minutes > MINUTES_IN_A_DAY) {
                problems.check(false, last.path() + ".minutes", "the person's attendances on " + day + " add up to "
                        + minutes + " minutes, more than a day", last.minutes);
            }
            first = end;
        }
    }
}
