package org.coproduction.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.coproduction.core.api.Stable;

/**
 * A date known to a day, a month or only a year, as records and published reports give it: a meeting on
 * {@code 2023-10-12}, a conference in {@code 2023-10}, a forum set up in {@code 2022}.
 *
 * <p>Council records usually know the exact day; published case studies often say only "October 2023" or
 * "late 2022" (North Tyneside Council, <i>Stronger Together</i>, 2024). The library keeps what the source
 * says rather than inventing a day. A partial date covers a range of days, from {@link #earliest()} to
 * {@link #latest()}; comparisons that must be certain use those ends.
 *
 * <p>Where a published source gives no date at all, {@link #UNKNOWN} records that honestly: it could be any
 * day, so it is never certainly before or after another date, an item raised on it is never certainly
 * overdue, and timelines leave it out.
 *
 * <p>In JSON it is ISO-8601 text of one of three lengths, {@code 2023}, {@code 2023-10} or
 * {@code 2023-10-12}, or the word {@code unknown}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PartialDate.parse("2023-10").latest()     // 2023-10-31
 * PartialDate.of(LocalDate.of(2024, 5, 3))  // 2024-05-03, exact
 * }</pre>
 */
@Stable
public final class PartialDate implements Comparable<PartialDate> {

    /** How precisely a partial date is known. */
    public enum Precision {
        /** Nothing is known: the source gives no date. */
        UNKNOWN,
        /** Only the year is known. */
        YEAR,
        /** The year and month are known. */
        MONTH,
        /** The exact day is known. */
        DAY
    }

    /** A date the source does not give: it could be any day. */
    public static final PartialDate UNKNOWN = new PartialDate(LocalDate.MIN, Precision.UNKNOWN);

    private static final String UNKNOWN_TEXT = "unknown";

    private final LocalDate earliest;
    private final Precision precision;

    private PartialDate(LocalDate earliest, Precision precision) {
        this.earliest = earliest;
        this.precision = precision;
    }

    /**
     * An exact day.
     *
     * @param day  the day, not null
     * @return the partial date, exact to the day, not null
     */
    public static PartialDate of(LocalDate day) {
        return new PartialDate(Objects.requireNonNull(day, "day"), Precision.DAY);
    }

    /**
     * A month whose day is not known.
     *
     * @param month  the month, not null
     * @return the partial date, not null
     */
    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.atDay(1), Precision.MONTH);
    }

    /**
     * A year whose month and day are not known.
     *
     * @param year  the year, not null
     * @return the partial date, not null
     */
    public static PartialDate of(Year year) {
        return new PartialDate(year.atDay(1), Precision.YEAR);
    }

    /**
     * Reads {@code 2023}, {@code 2023-10}, {@code 2023-10-12} or {@code unknown}.
     *
     * @param text  the text, not null
     * @return the partial date, not null
     * @throws IllegalArgumentException if the text is none of the three ISO-8601 forms nor {@code unknown}
     */
    @JsonCreator
    public static PartialDate parse(CharSequence text) {
        String value = text.toString().trim();
        if (value.equals(UNKNOWN_TEXT)) {
            return UNKNOWN;
        }
        try {
            // Read by hand rather than with a DateTimeFormatter: records hold tens of thousands of dates.
            switch (value.length()) {
                case 4:
                    return of(Year.of(digits(value, 0, 4)));
                case 7:
                    return of(YearMonth.of(digits(value, 0, 4), dashThenDigits(value, 4)));
                case 10:
                    return of(LocalDate.of(digits(value, 0, 4), dashThenDigits(value, 4), dashThenDigits(value, 7)));
                default:
                    break;
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("Invalid date \"" + value + "\": must be a year (2023), a month "
                    + "(2023-10), a day (2023-10-12) or unknown", e);
        }
        throw new IllegalArgumentException("Invalid date \"" + value + "\": must be a year (2023), a month "
                + "(2023-10), a day (2023-10-12) or unknown");
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit: " + c);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static int dashThenDigits(String text, int at) {
        if (text.charAt(at) != '-') {
            throw new NumberFormatException("expected - at " + at);
        }
        return digits(text, at + 1, at + 3);
    }

    /**
     * How precisely this date is known.
     *
     * @return the precision, not null
     */
    public Precision precision() {
        return precision;
    }

    /**
     * Whether anything is known about the date: false only for {@link #UNKNOWN}.
     *
     * @return true for a year, month or day
     */
    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    /**
     * Whether the exact day is known.
     *
     * @return true for a day, false for a month or year
     */
    public boolean isExact() {
        return precision == Precision.DAY;
    }

    /**
     * The first day this date could be: the day itself, the first of the month, 1 January, or
     * {@link LocalDate#MIN} when unknown.
     *
     * @return the earliest day, not null
     */
    public LocalDate earliest() {
        return earliest;
    }

    /**
     * The last day this date could be: the day itself, the last of the month, 31 December, or
     * {@link LocalDate#MAX} when unknown.
     *
     * @return the latest day, not null
     */
    public LocalDate latest() {
        switch (precision) {
            case UNKNOWN:
                return LocalDate.MAX;
            case YEAR:
                return earliest.withDayOfYear(earliest.lengthOfYear());
            case MONTH:
                return earliest.withDayOfMonth(earliest.lengthOfMonth());
            default:
                return earliest;
        }
    }

    /**
     * The exact day.
     *
     * @return the day, not null
     * @throws NoSuchElementException if only the month or year is known
     */
    public LocalDate toLocalDate() {
        if (!isExact()) {
            throw new NoSuchElementException(isKnown()
                    ? "Only the " + precision.name().toLowerCase(java.util.Locale.ROOT) + " of " + this + " is known"
                    : "The date is unknown");
        }
        return earliest;
    }

    /**
     * Whether this date is certainly after another: every day it could be is after every day the other
     * could be.
     *
     * @param other  the other date, not null
     * @return true if certainly after
     */
    public boolean isCertainlyAfter(PartialDate other) {
        return earliest.isAfter(other.latest());
    }

    /**
     * Whether this date is certainly before another.
     *
     * @param other  the other date, not null
     * @return true if certainly before
     */
    public boolean isCertainlyBefore(PartialDate other) {
        return latest().isBefore(other.earliest);
    }

    /**
     * Orders by earliest day, then coarser precision first, so that {@code 2023} sorts before
     * {@code 2023-01} and {@code 2023-01-01}; {@link #UNKNOWN} sorts first.
     *
     * @param other  the other date, not null
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(PartialDate other) {
        int byDay = earliest.compareTo(other.earliest);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate
                && earliest.equals(((PartialDate) other).earliest)
                && precision == ((PartialDate) other).precision;
    }

    @Override
    public int hashCode() {
        return earliest.hashCode() * 31 + precision.hashCode();
    }

    /**
     * The ISO-8601 text, {@code 2023}, {@code 2023-10} or {@code 2023-10-12}, or {@code unknown}.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        switch (precision) {
            case UNKNOWN:
                return UNKNOWN_TEXT;
            case YEAR:
                // Four digits, as parse reads them: the year 654 is "0654", never "654".
                return String.format(java.util.Locale.ROOT, "%04d", earliest.getYear());
            case MONTH:
                return YearMonth.from(earliest).toString();
            default:
                return earliest.toString();
        }
    }
}
