package org.coproduction.core.recompense.benefit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.RateBasis;
import org.coproduction.core.recompense.RateRule;
import org.coproduction.core.recompense.RateSchedule;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Warnings against the 2024/25 to 2026/27 limits in the domain notes (Table B), amounts worked by hand. */
class BenefitCheckTest {

    private static Participant person(RecompensePreference preference) {
        return Participant.builder().id("p-9").addRole(ParticipantRole.UNPAID_CARER)
                .involvement(InvolvementLevel.REGULAR_MEMBER).recompense(preference)
                .consent(Consent.given(PartialDate.of(LocalDate.of(2020, 1, 1)), "involvement")).build();
    }

    private static Activity meeting(String id, LocalDate day, int minutes) {
        return Activity.builder().id(id).projectId("proj").type(ActivityType.MEETING).date(PartialDate.of(day))
                .startTime(LocalTime.of(9, 0)).rung(Rung.CO_PRODUCTION).setting(Setting.IN_PERSON)
                .addAttendance(Attendance.builder().participantId("p-9").activityId(id).minutes(minutes).build()).build();
    }

    private static RecompensePolicy hourly(String rate) {
        Citation own = Citation.of("Test", SourceStatus.LIBRARY_OWN);
        return RecompensePolicy.builder().id("t").name("T").source(own).currency(Currency.getInstance("GBP"))
                .addSchedule(RateSchedule.builder().version("v").effectiveFrom(LocalDate.of(2020, 1, 1)).source(own)
                        .addRule(RateRule.builder().id("h").description("H").basis(RateBasis.HOURLY)
                                .hourlyRate(new BigDecimal(rate)).build()).build()).build();
    }

    @Test
    void carersAllowanceWarnsNearTheLimitAndOverTheCliffEdge() {
        List<Activity> records = List.of(meeting("a", LocalDate.of(2026, 3, 2), 420),
                meeting("b", LocalDate.of(2026, 3, 9), 450));
        PaymentStatement s = Recompense.statement(Recompense.nihr(), person(RecompensePreference.PAYMENT), records,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        List<BenefitWarning> warnings = BenefitCheck.of(Benefit.CARERS_ALLOWANCE).warnings(s);
        assertEquals(2, warnings.size());
        // Week of 2 March 2026 (2025/26, limit £196): 7 h × £27.50 = £192.50, at or above 90% of £196 (£176.40).
        BenefitWarning near = warnings.get(0);
        assertEquals(BenefitWarning.Level.APPROACHING, near.level());
        assertEquals(Money.gbp("192.50"), near.earnings());
        assertEquals(java.util.Optional.of(Money.gbp("196.00")), near.limit());
        assertTrue(near.message().contains("of the Carer's Allowance earnings limit of £196.00 a week"), near.message());
        // Week of 9 March: 7.5 h × £27.50 = £206.25, £10.25 over £196.
        BenefitWarning over = warnings.get(1);
        assertEquals(BenefitWarning.Level.EXCEEDED, over.level());
        assertTrue(over.message().startsWith("Week from 2026-03-09 to 2026-03-15: payment for time of £206.25 is over"
                + " the Carer's Allowance earnings limit of £196.00 a week (2025/26) by £10.25."), over.message());
        assertTrue(over.message().contains("cliff edge"));
        assertTrue(over.message().contains("decline some or all of the payment, ask for part-payment, or spread"));
        assertTrue(over.message().endsWith("This is information, not advice: before deciding, talk to Jobcentre Plus"
                + " or an independent welfare-rights adviser such as Citizens Advice."));
        JsonRoundTrip.assertRoundTrip(over, BenefitWarning.class);
    }

    @Test
    void declinedPaymentRaisesNoWarning() {
        PaymentStatement s = Recompense.statement(Recompense.nihr(), person(RecompensePreference.DECLINED),
                List.of(meeting("b", LocalDate.of(2026, 3, 9), 450)), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(List.of(), BenefitCheck.of(Benefit.CARERS_ALLOWANCE).warnings(s));
    }

    @Test
    void esaWarnsOnTheSixteenHourRuleEvenWhenTheMoneyIsLow() {
        PaymentStatement s = Recompense.statement(hourly("5.00"), person(RecompensePreference.PAYMENT),
                List.of(meeting("a", LocalDate.of(2025, 6, 2), 960)), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        // 16 h × £5 = £80, well under £195.50; but 16 hours is not fewer than 16.
        BenefitWarning w = BenefitCheck.of(Benefit.ESA_PERMITTED_WORK).warnings(s).get(0);
        assertEquals(BenefitWarning.Level.EXCEEDED, w.level());
        assertEquals(0, w.hours().compareTo(new BigDecimal("16")));
        assertTrue(w.message().contains("16 hours of work this week reaches ESA's rule of fewer than 16 hours a week"),
                w.message());
    }

    @Test
    void universalCreditUsesTheAssessmentPeriodAndShowsTheTaper() {
        List<Activity> records = List.of(meeting("a", LocalDate.of(2026, 1, 20), 600),
                meeting("b", LocalDate.of(2026, 2, 10), 480));
        PaymentStatement s = Recompense.statement(Recompense.nihr(), person(RecompensePreference.PAYMENT), records,
                LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14));
        BenefitCheck check = BenefitCheck.builder().benefit(Benefit.UNIVERSAL_CREDIT_WITH_HOUSING)
                .assessmentPeriodStartDay(15).build();
        List<BenefitWarning> warnings = check.warnings(s);
        // One period, 15 Jan to 14 Feb 2026: 10 h × £27.50 = £275 + 8 h × £27.50 = £220 = £495;
        // over the £411 work allowance (2025/26) by £84; 55% of £84 = £46.20.
        assertEquals(1, warnings.size());
        assertEquals(LocalDate.of(2026, 1, 15), warnings.get(0).periodStart());
        assertEquals(LocalDate.of(2026, 2, 14), warnings.get(0).periodEnd());
        assertEquals(Money.gbp("495.00"), warnings.get(0).earnings());
        assertTrue(warnings.get(0).message().contains("by £84.00"), warnings.get(0).message());
        assertTrue(warnings.get(0).message().contains("reduced by 55p for each £1: about £46.20 less"));
    }

    @Test
    void aYearWithoutLimitsGivesAWarningToCheckThemAndNothingElseStops() {
        // 2023/24 is not in the table. 8 h × £30 = £240.00 for time in the week of 5 June 2023.
        PaymentStatement s = Recompense.statement(hourly("30.00"), person(RecompensePreference.PAYMENT),
                List.of(meeting("a", LocalDate.of(2023, 6, 5), 480)), LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30));
        List<BenefitWarning> warnings = BenefitCheck.of(Benefit.CARERS_ALLOWANCE).warnings(s);
        assertEquals(1, warnings.size());
        BenefitWarning unknown = warnings.get(0);
        assertEquals(BenefitWarning.Level.LIMIT_NOT_KNOWN, unknown.level());
        assertEquals(java.util.Optional.empty(), unknown.limit());
        assertEquals(Money.gbp("240.00"), unknown.earnings());
        assertTrue(unknown.message().startsWith("Tax year 2023/24: the Carer's Allowance earnings limit for this year is"
                + " not known to this version of the library, so payment for time of £240.00 from 2023-06-05 to"
                + " 2023-06-11 was not checked against it. Check the current limit"), unknown.message());
        JsonRoundTrip.assertRoundTrip(unknown, BenefitWarning.class);
    }

    @Test
    void taxYear2026To27IsShippedAsTheDomainNotesMarkIt() {
        BenefitLimits uk = BenefitLimits.uk();
        // Carer's Allowance £204 a week from April 2026 [S]; ESA ≈ £203.50 (16 × £12.71) [U]; UC not found.
        BenefitLimit carers = uk.limit(Benefit.CARERS_ALLOWANCE, TaxYear.parse("2026/27")).orElseThrow();
        assertEquals(0, carers.amount().compareTo(new BigDecimal("204")));
        assertEquals(org.coproduction.core.source.SourceStatus.SECONDARY, carers.source().status());
        assertEquals("Carer's Allowance earnings limit 2026/27: £204.00 a week [secondary]", carers.toString());
        BenefitLimit esa = uk.limit(Benefit.ESA_PERMITTED_WORK, TaxYear.parse("2026/27")).orElseThrow();
        assertEquals(0, esa.amount().compareTo(new BigDecimal("203.50")));
        assertEquals(org.coproduction.core.source.SourceStatus.UNVERIFIED, esa.source().status());
        assertTrue(uk.limit(Benefit.UNIVERSAL_CREDIT_WITH_HOUSING, TaxYear.parse("2026/27")).isEmpty());
        // A statement with paid time after 5 April 2026 is checked: 8 h × £30 = £240.00, over £204.00 by £36.00.
        PaymentStatement s = Recompense.statement(hourly("30.00"), person(RecompensePreference.PAYMENT),
                List.of(meeting("a", LocalDate.of(2026, 4, 13), 480)), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 30));
        BenefitWarning over = BenefitCheck.of(Benefit.CARERS_ALLOWANCE).warnings(s).get(0);
        assertEquals(BenefitWarning.Level.EXCEEDED, over.level());
        assertTrue(over.message().contains("over the Carer's Allowance earnings limit of £204.00 a week (2026/27) by"
                + " £36.00."), over.message());
    }

    @Test
    void theShippedLimitsMatchTheDomainNotesAndRoundTrip() {
        BenefitLimits uk = BenefitLimits.uk();
        assertEquals(0, uk.limit(Benefit.ESA_PERMITTED_WORK, TaxYear.parse("2024/25")).orElseThrow().amount()
                .compareTo(new BigDecimal("183.50")));
        assertEquals(0, uk.limit(Benefit.ESA_PERMITTED_WORK, TaxYear.parse("2025/26")).orElseThrow().amount()
                .compareTo(new BigDecimal("195.50")));
        assertEquals(0, uk.limit(Benefit.CARERS_ALLOWANCE, TaxYear.parse("2024/25")).orElseThrow().amount()
                .compareTo(new BigDecimal("151")));
        assertEquals(0, uk.limit(Benefit.UNIVERSAL_CREDIT_WITHOUT_HOUSING, TaxYear.parse("2025/26")).orElseThrow()
                .amount().compareTo(new BigDecimal("684")));
        JsonRoundTrip.assertRoundTrip(uk, BenefitLimits.class);
        JsonRoundTrip.assertRoundTrip(BenefitCheck.of(Benefit.ESA_PERMITTED_WORK), BenefitCheck.class);
    }
}
