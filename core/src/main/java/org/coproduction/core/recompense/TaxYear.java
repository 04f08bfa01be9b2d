package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK tax year, from 6 April to the following 5 April, written {@code 2025/26}. Annual caps, benefit
 * limits and the trading allowance are all kept per tax year (HMRC).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TaxYear implements Comparable<TaxYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    private final int startYear;

    private TaxYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * The tax year that starts on 6 April of a year.
     *
     * @param startYear  the calendar year it starts in, such as 2025 for 2025/26
     * @return the tax year, not null
     * @throws IllegalArgumentException if the year is outside 1900 to 2999
     */
    public static TaxYear startingIn(int startYear) {
        if (startYear < 1900 || startYear > 2999) {
            throw new IllegalArgumentException("startYear: must be from 1900 to 2999, was " + startYear);
        }
        return new TaxYear(startYear);
    }

    /**
     * The tax year a day falls in.
     *
     * @param day  the day, not null
     * @return the tax year, not null
     */
    public static TaxYear of(LocalDate day) {
        LocalDate sixthApril = LocalDate.of(day.getYear(), Month.APRIL, 6);
        return new TaxYear(day.isBefore(sixthApril) ? day.getYear() - 1 : day.getYear());
    }

    /**
     * Reads a tax year written {@code 2025/26}.
     *
     * @param text  the text, not null
     * @return the tax year, not null
     * @throws IllegalArgumentException if the text is not two consecutive years in that form
     */
    @JsonCreator
    public static TaxYear parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("Tax year \"" + text + "\" must be written like 2025/26");
        }
        return startingIn(Integer.parseInt(m.group(1)));
    }

    /**
     * The first day, 6 April.
     *
     * @return the day, not null
     */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.APRIL, 6);
    }

    /**
     * The last day, 5 April of the next year.
     *
     * @return the day, not null
     */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.APRIL, 5);
    }

    /**
     * The calendar year the tax year starts in.
     *
     * @return the year, such as 2025 for 2025/26
     */
    public int startYear() {
        return startYear;
    }

    /**
     * Whether a day is in this tax year.
     *
     * @param day  the day, not null
     * @return true if within 6 April to 5 April
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    @Override
    public int compareTo(TaxYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaxYear && ((TaxYear) other).startYear == startYear;
    }

    @Override
    public int hashCode() {
        return startYear;
    }

    /**
     * The tax year as written, such as {@code 2025/26}.
     *
     * @return the text, not null
     */
    @JsonValue
    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
