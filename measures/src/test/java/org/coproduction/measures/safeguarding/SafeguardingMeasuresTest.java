package org.coproduction.measures.safeguarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.indicator.IndicatorDefinition;
import org.coproduction.measures.indicator.PeriodGrouping;
import org.coproduction.measures.indicator.Share;
import org.coproduction.measures.indicator.SharesByPeriod;
import org.junit.jupiter.api.Test;

class SafeguardingMeasuresTest {

    private static final LocalDate FROM = LocalDate.of(2024, 4, 1);
    private static final LocalDate TO = LocalDate.of(2025, 3, 31);

    private static Referral ref(String id, String person, String date) {
        return new Referral(id, person, LocalDate.parse(date), false);
    }

    private static RepeatReferralResult run(List<Referral> referrals) {
        RepeatReferrals acc = RepeatReferrals.within12Months(FROM, TO);
        referrals.forEach(acc::add);
        return acc.result();
    }

    @Test
    void repeatReferralsByTheDefinition() {
        List<Referral> rs = List.of(
                // Person A: history on 2023-05-10, then 2024-05-10 exactly 12 months later (a repeat: the window
                // is inclusive), and 2024-06-01 (a repeat of 2024-05-10).
                ref("1", "A", "2023-05-10"), ref("2", "A", "2024-05-10"), ref("3", "A", "2024-06-01"),
                // Person B: 2023-05-09 is one day more than 12 months before 2024-05-10: not a repeat.
                ref("4", "B", "2023-05-09"), ref("5", "B", "2024-05-10"),
                // Person C: two agencies on the same day: neither is a repeat, both are referrals.
                ref("6", "C", "2024-07-01"), ref("7", "C", "2024-07-01"),
                // Person D: only history before the window, and a referral after the period: not counted.
                ref("8", "D", "2022-01-01"), ref("9", "D", "2025-04-01"));
        RepeatReferralResult r = run(rs);
        // Hand count: referrals in period 2, 3, 5, 6, 7 = 5; repeats 2 and 3 = 2. People A, B, C = 3; A repeated.
        assertEquals(Share.of(2, 5), r.referrals());
        assertEquals(Share.of(1, 3), r.people());
        JsonRoundTrip.assertRoundTrip(r, RepeatReferralResult.class);
    }

    @Test
    void departmentForEducationReReferralRate() {
        // R-R-3: DfE, Children in need: a focus on re-referrals (year to 31 March 2024): 139,080 of 621,880
        // referrals were re-referrals, published as 22%. 139080 / 621880 = 0.223644… → 22.36%.
        assertEquals(22.36, Math.round(Share.of(139_080, 621_880).percent().orElseThrow() * 100) / 100.0, 0);
    }

    /** Independent computation: for each referral in the period, look at every other referral. */
    private static RepeatReferralResult bruteForce(List<Referral> rs) {
        long n = 0;
        long repeats = 0;
        Set<String> people = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Referral r : rs) {
            LocalDate d = r.received();
            if (d.isBefore(FROM) || d.isAfter(TO)) {
                continue;
            }
            n++;
            people.add(r.personId());
            boolean repeat = false;
            for (Referral e : rs) {
                LocalDate ed = e.received();
                repeat |= e.personId().equals(r.personId()) && ed.isBefore(d) && !ed.isBefore(d.minusMonths(12));
            }
            if (repeat) {
                repeats++;
                repeated.add(r.personId());
            }
        }
        return new RepeatReferralResult(FROM, TO, Period.ofMonths(12), Share.of(repeats, n),
                Share.of(repeated.size(), people.size()));
    }

    @Test
    void anyOrderAndGroupingAgreesWithABruteForceCount() {
        Property.forAll(200, random -> {
            List<Referral> rs = new ArrayList<>();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                rs.add(new Referral("r" + i, "p" + random.nextInt(15),
                        LocalDate.of(2022, 12, 1).plusDays(random.nextInt(900)), random.nextBoolean()));
            }
            return new Object[] {rs, random.nextLong(), 1 + random.nextInt(10)};
        }, input -> {
            @SuppressWarnings("unchecked")
            List<Referral> rs = (List<Referral>) input[0];
            List<Referral> shuffled = new ArrayList<>(rs);
            Collections.shuffle(shuffled, new java.util.Random((long) input[1]));
            int size = (int) input[2];
            RepeatReferrals total = RepeatReferrals.within12Months(FROM, TO);
            for (int i = shuffled.size(); i > 0; i -= size) {
                RepeatReferrals part = total.emptyCopy();
                shuffled.subList(Math.max(0, i - size), i).forEach(part::add);
                part.merge(total);
                total = part;
            }
            assertEquals(bruteForce(rs), total.result());
        });
    }

    @Test
    void selfReferralsWillingnessAndReportsByPeriod() {
        SharesByPeriod<Referral> self = SafeguardingMeasures.selfReferrals(PeriodGrouping.FINANCIAL_YEAR);
        self.add(new Referral("1", "A", LocalDate.of(2024, 3, 1), true));
        self.add(new Referral("2", "B", LocalDate.of(2024, 5, 1), true));
        self.add(new Referral("3", "C", LocalDate.of(2024, 6, 1), false));
        assertEquals(Share.of(1, 1), self.result().in("2023-24").orElseThrow());
        assertEquals(Share.of(1, 2), self.result().in("2024-25").orElseThrow());

        SharesByPeriod<EvaluationInvitation> willing = SafeguardingMeasures.willingnessToTakePart(
                PeriodGrouping.CALENDAR_YEAR);
        willing.add(new EvaluationInvitation("A", LocalDate.of(2024, 1, 1), true));
        willing.add(new EvaluationInvitation("B", LocalDate.of(2024, 2, 1), false));
        assertEquals(Share.of(1, 2), willing.result().in("2024").orElseThrow());

        SharesByPeriod<EvaluationFeedback> understanding = SafeguardingMeasures.betterUnderstanding(
                PeriodGrouping.CALENDAR_YEAR);
        SharesByPeriod<EvaluationFeedback> meetings = SafeguardingMeasures.betterMeetings(PeriodGrouping.CALENDAR_YEAR);
        SharesByPeriod<EvaluationFeedback> plans = SafeguardingMeasures.betterPlans(PeriodGrouping.CALENDAR_YEAR);
        List<EvaluationFeedback> fb = List.of(
                new EvaluationFeedback("A", LocalDate.of(2024, 1, 1), Report.BETTER, Report.NOT_ANSWERED, Report.BETTER),
                new EvaluationFeedback("B", LocalDate.of(2024, 1, 1), Report.NOT_BETTER, Report.BETTER, Report.BETTER));
        fb.forEach(understanding::add);
        fb.forEach(meetings::add);
        fb.forEach(plans::add);
        assertEquals(Share.of(1, 2), understanding.result().in("2024").orElseThrow());
        assertEquals(Share.of(1, 1), meetings.result().in("2024").orElseThrow());
        assertEquals(Share.of(2, 2), plans.result().in("2024").orElseThrow());
        JsonRoundTrip.assertRoundTrip(fb.get(0), EvaluationFeedback.class);
    }

    @Test
    void badRecordsAreRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Referral("9", " ", null, false));
        assertTrue(e.getMessage().contains("personId: must not be blank"), e.getMessage());
        assertTrue(e.getMessage().contains("received: is required"), e.getMessage());
        assertThrows(ValidationException.class, () -> new RepeatReferrals(TO, FROM, Period.ofMonths(12)));
        assertThrows(IllegalArgumentException.class, () -> RepeatReferrals.within12Months(FROM, TO)
                .merge(RepeatReferrals.within12Months(FROM, TO.plusDays(1))));
    }

    @Test
    void indicatorsAreData() {
        for (IndicatorDefinition d : SafeguardingMeasures.indicators()) {
            JsonRoundTrip.assertRoundTrip(d, IndicatorDefinition.class);
        }
        JsonRoundTrip.assertRoundTrip(new Referral("1", "A", FROM, true), Referral.class);
        JsonRoundTrip.assertRoundTrip(new EvaluationInvitation("A", FROM, true), EvaluationInvitation.class);
    }
}
