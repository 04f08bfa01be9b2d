package org.coproduction.core.recompense;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.core.testing.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One checked path for a tax year: {@code startingIn}, {@code of} and {@code parse} accept the same tax years,
 * and every tax year one of them builds is written and read back unchanged.
 */
class TaxYearTest {

    /** The first and last days in a tax year with a four-digit start year (0000/01 and 9999/00). */
    private static final LocalDate FIRST_DAY = LocalDate.of(0, Month.APRIL, 6);
    private static final LocalDate LAST_DAY = LocalDate.of(10_000, Month.APRIL, 5);

    @Test
    @DisplayName("HMRC: the 2025 to 2026 tax year runs from 6 April 2025 to 5 April 2026")
    void aTaxYearRunsFromSixthAprilToFifthApril() {
        TaxYear year = TaxYear.parse("2025/26");
        assertEquals(LocalDate.of(2025, 4, 6), year.start());
        assertEquals(LocalDate.of(2026, 4, 5), year.end());
        assertEquals(year, TaxYear.of(LocalDate.of(2025, 4, 6)));
        assertEquals(year, TaxYear.of(LocalDate.of(2026, 4, 5)));
        assertEquals(TaxYear.startingIn(2024), TaxYear.of(LocalDate.of(2025, 4, 5)));
    }

    @Test
    @DisplayName("A day in 1850 gives 1850/51, which reads back (it used to be refused on reading)")
    void aNineteenthCenturyDayRoundTrips() {
        TaxYear year = TaxYear.of(LocalDate.of(1850, 6, 1));
        assertEquals("1850/51", year.toString());
        assertEquals(year, TaxYear.parse("1850/51"));
    }

    @Test
    @DisplayName("Every day of accepts gives a tax year that contains it and that parse reads back from its text")
    void everyAcceptedDayRoundTripsThroughItsText() {
        Property.forAll(2_000, TaxYearTest::day, day -> {
            TaxYear year = TaxYear.of(day);
            assertEquals(year, TaxYear.parse(year.toString()), year.toString());
            assertTrue(year.contains(day), day + " not in " + year);
            // Independent of of(): a tax year starts on 6 April and the next one starts a year later.
            assertEquals(Month.APRIL, year.start().getMonth());
            assertEquals(6, year.start().getDayOfMonth());
            assertFalse(day.isBefore(year.start()));
            assertTrue(day.isBefore(year.start().plusYears(1)));
            assertEquals(year, TaxYear.startingIn(year.startYear()));
        });
    }

    @Test
    @DisplayName("The three factories accept exactly the same tax years, 0000/01 to 9999/00")
    void theFactoriesAgreeAtTheEdges() {
        for (int startYear : List.of(0, 1, 1899, 1900, 1999, 2000, 2999, 3000, 9998, 9999)) {
            TaxYear year = TaxYear.startingIn(startYear);
            assertEquals(year, TaxYear.parse(year.toString()));
            assertEquals(year, TaxYear.of(year.start()));
            assertEquals(year, TaxYear.of(year.end()));
        }
        assertEquals("0000/01", TaxYear.of(FIRST_DAY).toString());
        assertEquals("9999/00", TaxYear.of(LAST_DAY).toString());
        assertEquals("1999/00", TaxYear.startingIn(1999).toString());
    }

    @Test
    void daysAndYearsOutsideTheRangeAreRefusedNamingTheField() {
        assertViolations(() -> TaxYear.of(FIRST_DAY.minusDays(1)),
                "day: must be in a tax year from 0000/01 to 9999/00, was 0000-04-05");
        assertViolations(() -> TaxYear.of(LAST_DAY.plusDays(1)),
                "day: must be in a tax year from 0000/01 to 9999/00, was +10000-04-06");
        assertViolations(() -> TaxYear.startingIn(-1),
                "startYear: must be from 0 to 9999 (tax years 0000/01 to 9999/00), was -1");
        assertViolations(() -> TaxYear.startingIn(10_000),
                "startYear: must be from 0 to 9999 (tax years 0000/01 to 9999/00), was 10000");
    }

    @Test
    void textThatIsNotTwoConsecutiveYearsIsRefused() {
        for (String text : List.of("2025/27", "2025-26", "25/26", "2025/2026", "", "２０２５/２６")) {
            assertViolations(() -> TaxYear.parse(text),
                    "text: must be a start year and the next year's last two digits, like 2025/26, was \"" + text + "\"");
        }
    }

    /** A day from the first to the last accepted day, often one of the two or a 5 or 6 April. */
    private static LocalDate day(SplittableRandom random) {
        switch (random.nextInt(8)) {
            case 0:
                return FIRST_DAY;
            case 1:
                return LAST_DAY;
            case 2:
                return LocalDate.of(random.nextInt(1, 10_000), Month.APRIL, 5 + random.nextInt(2));
            default:
                return LocalDate.ofEpochDay(random.nextLong(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay() + 1));
        }
    }
}
