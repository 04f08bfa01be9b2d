package org.coproduction.measures.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SharesByPeriodTest {

    record Dated(LocalDate date, boolean yes) implements java.io.Serializable {
    }

    /** Every dated record is eligible; those marked yes are counted. */
    enum DatedYes implements ShareDefinition<Dated> {
        SHARE;

        @Override
        public LocalDate date(Dated record) {
            return record.date();
        }

        @Override
        public boolean eligible(Dated record) {
            return true;
        }

        @Override
        public boolean counted(Dated record) {
            return record.yes();
        }
    }

    /** Only records marked yes are eligible, and all of them are counted: another definition. */
    enum OnlyYes implements ShareDefinition<Dated> {
        SHARE;

        @Override
        public LocalDate date(Dated record) {
            return record.date();
        }

        @Override
        public boolean eligible(Dated record) {
            return record.yes();
        }

        @Override
        public boolean counted(Dated record) {
            return true;
        }
    }

    static SharesByPeriod<Dated> accumulator(PeriodGrouping grouping) {
        return new SharesByPeriod<>(grouping, DatedYes.SHARE);
    }

    @Test
    void labelsFollowThePublishedConventions() {
        LocalDate d = LocalDate.of(2024, 3, 31);
        assertEquals("2023-24", PeriodGrouping.FINANCIAL_YEAR.label(d));
        assertEquals("2024-25", PeriodGrouping.FINANCIAL_YEAR.label(d.plusDays(1)));
        assertEquals("1999-00", PeriodGrouping.FINANCIAL_YEAR.label(LocalDate.of(1999, 4, 1)));
        assertEquals("2024-Q1", PeriodGrouping.QUARTER.label(d));
        assertEquals("2024-03", PeriodGrouping.MONTH.label(d));
        assertEquals("2024", PeriodGrouping.CALENDAR_YEAR.label(d));
        assertEquals(PeriodGrouping.FINANCIAL_YEAR, PeriodGrouping.parse("financial-year"));
    }

    @Test
    void countsByPeriod() {
        SharesByPeriod<Dated> acc = accumulator(PeriodGrouping.FINANCIAL_YEAR);
        acc.add(new Dated(LocalDate.of(2024, 3, 31), true));
        acc.add(new Dated(LocalDate.of(2024, 4, 1), true));
        acc.add(new Dated(LocalDate.of(2025, 3, 1), false));
        ShareSeries s = acc.result();
        assertEquals(Share.of(1, 1), s.in("2023-24").orElseThrow());
        assertEquals(Share.of(1, 2), s.in("2024-25").orElseThrow());
        assertEquals(Share.of(2, 3), s.total());
        JsonRoundTrip.assertRoundTrip(s, ShareSeries.class);
    }

    @Test
    void onlyTheSameDefinitionAndGroupingMerge() {
        SharesByPeriod<Dated> yes = accumulator(PeriodGrouping.QUARTER);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> yes.merge(new SharesByPeriod<>(PeriodGrouping.QUARTER, OnlyYes.SHARE)));
        assertEquals("Cannot merge shares defined by OnlyYes.SHARE into shares defined by DatedYes.SHARE", other.getMessage());
        assertThrows(IllegalArgumentException.class, () -> yes.merge(accumulator(PeriodGrouping.MONTH)));
    }

    @Test
    void shareRejectsInconsistentCounts() {
        ValidationException e = assertThrows(ValidationException.class, () -> Share.of(5, 4));
        assertEquals(true, e.getMessage().contains("numerator: must not exceed the denominator 4, was 5"), e.getMessage());
    }

    @Test
    void mergingInAnyOrderAndGroupingEqualsOnePass() {
        Property.forAll(200, random -> {
            List<Dated> records = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                records.add(new Dated(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)), random.nextBoolean()));
            }
            return new Object[] {records, random.nextLong()};
        }, input -> {
            @SuppressWarnings("unchecked")
            List<Dated> records = (List<Dated>) input[0];
            SharesByPeriod<Dated> one = accumulator(PeriodGrouping.QUARTER);
            records.forEach(one::add);
            List<Dated> shuffled = new ArrayList<>(records);
            Collections.shuffle(shuffled, new java.util.Random((long) input[1]));
            List<SharesByPeriod<Dated>> parts = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i += 7) {
                SharesByPeriod<Dated> part = accumulator(PeriodGrouping.QUARTER);
                shuffled.subList(i, Math.min(shuffled.size(), i + 7)).forEach(part::add);
                parts.add(part);
            }
            Collections.reverse(parts);
            SharesByPeriod<Dated> merged = accumulator(PeriodGrouping.QUARTER);
            parts.forEach(merged::merge);
            assertEquals(one.result(), merged.result());
        });
    }
}
