package org.coproduction.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A date known to a day, a month or only a year, as records and published reports give it: a meeting on
 * {@code 2023-10-12}, a conference in {@code 2023-10}, a forum set up in {@code 2022}.
 *
 * <p>Council records usually know the exact day; published case studies often say only "October 2023" or
 * "late 2022" (North Tyneside Council, <i>Stronger Together</i>, 2024). The library keeps what the source
 * says rather than inventing a day. A partial date covers a range of days, from {@link #earliest()} to
 * {@link #latest()}; comparisons that must be certain use those ends.
 *
 * <p>In JSON it is ISO-8601 text of one of three lengths: {@code 2023}, {@code 2023-10}, {@code 2023-10-12}.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * PartialDate.parse("2023-10").latest()     // 2023-10-31
 * PartialDate.of(LocalDate.of(2024, 5, 3))  // 2024-05-03, exact
 * }</pre>
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How precisely a partial date is known. */
    public enum Precision {
        /** Only the year is known. */
        YEAR,
        /** The year and month are known. */
        MONTH,
        /** The exact day is known. */
        DAY
    }

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
     * Reads {@code 2023}, {@code 2023-10} or {@code 2023-10-12}.
     *
     * @param text  the text, not null
     * @return the partial date, not null
     * @throws IllegalArgumentException if the text is none of the three ISO-8601 forms
     */
    @JsonCreator
    public static PartialDate parse(CharSequence text) {
        String value = text.toString().trim();
        try {
            switch (value.length()) {
                case 4:
                    return of(Year.parse(value));
                case 7:
                    return of(YearMonth.parse(value));
                case 10:
                    return of(LocalDate.parse(value));
                default:
                    break;
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid date \"" + value + "\": must be a year (2023), a month "
                    + "(2023-10) or a day (2023-10-12)", e);
        }
        throw new IllegalArgumentException("Invalid date \"" + value + "\": must be a year (2023), a month "
                + "(2023-10) or a day (2023-10-12)");
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
     * Whether the exact day is known.
     *
     * @return true for a day, false for a month or year
     */
    public boolean isExact() {
        return precision == Precision.DAY;
    }

    /**
     * The first day this date could be: the day itself, the first of the month, or 1 January.
     *
     * @return the earliest day, not null
     */
    public LocalDate earliest() {
        return earliest;
    }

    /**
     * The last day this date could be: the day itself, the last of the month, or 31 December.
     *
     * @return the latest day, not null
     */
    public LocalDate latest() {
        switch (precision) {
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
            throw new NoSuchElementException("Only the " + precision.name().toLowerCase() + " of " + this + " is known");
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
     * {@code 2023-01} and {@code 2023-01-01}.
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
     * The ISO-8601 text: {@code 2023}, {@code 2023-10} or {@code 2023-10-12}.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        switch (precision) {
            case YEAR:
                return String.valueOf(earliest.getYear());
            case MONTH:
                return YearMonth.from(earliest).toString();
            default:
                return earliest.toString();
        }
    }
}
