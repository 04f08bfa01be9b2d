package org.coproduction.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void rangesOfEachPrecision() {
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").latest()); // leap year
        assertEquals(LocalDate.of(2022, 12, 31), PartialDate.parse("2022").latest());
        assertEquals(LocalDate.of(2022, 1, 1), PartialDate.parse("2022").earliest());
        assertEquals(LocalDate.of(2023, 10, 12), PartialDate.parse("2023-10-12").toLocalDate());
        assertThrows(NoSuchElementException.class, () -> PartialDate.parse("2023-10").toLocalDate());
    }

    @Test
    void certainComparisons() {
        PartialDate october = PartialDate.parse("2023-10");
        assertTrue(PartialDate.parse("2023-11-01").isCertainlyAfter(october));
        assertFalse(PartialDate.parse("2023-10-31").isCertainlyAfter(october));
        assertTrue(PartialDate.parse("2022").isCertainlyBefore(october));
        assertTrue(PartialDate.parse("2023").compareTo(PartialDate.parse("2023-01-01")) < 0);
    }

    @Test
    void unknownIsNeverCertainlyBeforeOrAfter() {
        PartialDate unknown = PartialDate.parse("unknown");
        assertEquals(PartialDate.UNKNOWN, unknown);
        assertFalse(unknown.isKnown());
        assertFalse(unknown.isCertainlyBefore(PartialDate.parse("2020")));
        assertFalse(unknown.isCertainlyAfter(PartialDate.parse("2020")));
        assertFalse(PartialDate.parse("2020").isCertainlyAfter(unknown));
        assertEquals("unknown", unknown.toString());
        assertThrows(NoSuchElementException.class, unknown::toLocalDate);
    }

    @Test
    void yearsBeforeTheYear1000KeepFourDigitsSoTheyReadBack() {
        // Found by fuzzing: "0654" was read as the year 654 and written as "654", which does not read back.
        PartialDate early = PartialDate.parse("0654");
        assertEquals("0654", early.toString());
        assertEquals(early, PartialDate.parse(early.toString()));
        assertEquals("0654-03", PartialDate.parse("0654-03").toString());
        assertEquals("0654-03-09", PartialDate.parse("0654-03-09").toString());
    }

    @Test
    void badTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("late 2022"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-02-30"));
    }
}
