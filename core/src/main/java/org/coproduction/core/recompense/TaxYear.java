package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violations;

/**
 * A UK tax year, from 6 April to the following 5 April, written {@code 2025/26}. Annual caps, benefit
 * limits and the trading allowance are all kept per tax year (HMRC).
 *
 * <p>Every factory ({@link #startingIn}, {@link #of}, {@link #parse}) goes through the same check: a tax
 * year starts in a year from 0000 to 9999, so every day the library reads and writes (0001-01-01 to
 * 9999-12-31, four-digit years) falls in one, and {@code TaxYear.parse(TaxYear.of(day).toString())} gives
 * the same tax year back for every day {@code of} accepts. The 6 April to 5 April rule is applied to every
 * year alike; the library makes no claim about when the UK first counted its tax year that way.
 *
 * <p>This class is immutable and thread-safe.
 */
@Stable
public final class TaxYear implements Comparable<TaxYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    /** The earliest and latest calendar years a tax year can start in: the years written with four digits. */
    private static final int FIRST_START_YEAR = 0;
    private static final int LAST_START_YEAR = 9999;

    private static final String RANGE_RULE = "must be in a tax year from 0000/01 to 9999/00";

    private final int startYear;

    private TaxYear(int startYear) {
        this.startYear = startYear;
    }

    /**
     * The tax year that starts on 6 April of a year.
     *
     * @param startYear  the calendar year it starts in, such as 2025 for 2025/26
     * @return the tax year, not null
     * @throws ValidationException if the year is outside 0 to 9999
     */
    public static TaxYear startingIn(int startYear) {
        return checked(startYear, "startYear", "must be from 0 to 9999 (tax years 0000/01 to 9999/00)", startYear);
    }

    /**
     * The tax year a day falls in.
     *
     * @param day  the day, not null
     * @return the tax year, not null
     * @throws ValidationException if the day is before 6 April 0000 or after 5 April 10000, outside every tax
     *     year that can be written with a four-digit start year
     */
    public static TaxYear of(LocalDate day) {
        LocalDate sixthApril = LocalDate.of(day.getYear(), Month.APRIL, 6);
        int startYear = day.isBefore(sixthApril) ? day.getYear() - 1 : day.getYear();
        return checked(startYear, "day", RANGE_RULE, day);
    }

    /**
     * Reads a tax year written {@code 2025/26}.
     *
     * @param text  the text, not null
     * @return the tax year, not null
     * @throws ValidationException if the text is not two consecutive years in that form
     */
    @JsonCreator
    public static TaxYear parse(String text) {
        Matcher m = TEXT.matcher(text.trim());
        boolean wellFormed = m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2));
        Violations.of("TaxYear")
                .check(wellFormed, "text", "must be a start year and the next year's last two digits, like 2025/26", text)
                .throwIfAny();
        return checked(Integer.parseInt(m.group(1)), "text", RANGE_RULE, text);
    }

    /** The one check every factory goes through, so that every tax year built can be written and read back. */
    private static TaxYear checked(int startYear, String path, String rule, Object given) {
        Violations.of("TaxYear")
                .check(startYear >= FIRST_START_YEAR && startYear <= LAST_START_YEAR, path, rule, given)
                .throwIfAny();
        return new TaxYear(startYear);
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
        return String.format(Locale.ROOT, "%04d/%02d", startYear, (startYear + 1) % 100);
    }
}
