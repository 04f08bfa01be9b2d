package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.claim;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.Fixtures.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * One worked example per shipped policy. Every expected amount is worked out by hand in the comments from
 * the preset's published (or marked unverified) rates, not copied from the code's output.
 */
class PresetWorkedExamplesTest {

    @Test
    void nihrHourlyRoundsUpToTheHalfHourAndUsesTheRatesInForceOnEachDay() {
        List<Activity> records = List.of(
                activity("w1", ActivityType.WORKSHOP, LocalDate.of(2026, 3, 4),
                        attends("w1", 100).preparationMinutes(30).travelMinutes(40)
                                .addExpense(claim(ExpenseCategory.PUBLIC_TRANSPORT, "12.40", true))
                                .addExpense(claim(ExpenseCategory.TAXI, "18.00", true))
                                .addExpense(claim(ExpenseCategory.MEALS, "9.50", false)).build()),
                activity("m1", ActivityType.MEETING, LocalDate.of(2025, 12, 1), attends("m1", 75).build()));
        PaymentStatement s = Recompense.statement(Recompense.nihr(), contributor(), records,
                LocalDate.of(2025, 12, 1), LocalDate.of(2026, 3, 31));

        // Meeting, 1 Dec 2025 (the £25 schedule runs to 15 Dec 2025): 75 min rounds up to 90 min = 1.5 h;
        // 1.5 × £25.00 = £37.50.
        StatementLine meeting = s.lines().get(0);
        assertEquals(Money.gbp("37.50"), meeting.amount());
        assertEquals(Optional.of(75), meeting.minutesBeforeRounding());
        assertEquals(Optional.of(90), meeting.minutesAfterRounding());
        assertEquals("Meeting on 1 December 2025, 1 h 15 min rounded up to 1 h 30 min at £25.00 an hour = £37.50.",
                meeting.explanation());
        // Workshop, 4 Mar 2026 (the £27.50 schedule from 16 Dec 2025): 100 min attended + 30 min preparation
        // (paid as recorded) = 130 min; travel is not paid; 130 rounds up to 150 min = 2.5 h; 2.5 × £27.50 = £68.75.
        StatementLine workshop = s.lines().get(1);
        assertEquals(Money.gbp("68.75"), workshop.amount());
        assertEquals("Workshop on 4 March 2026, 2 h 10 min (1 h 40 min attended + 30 min preparation) rounded up to"
                + " 2 h 30 min at £27.50 an hour = £68.75.", workshop.explanation());
        assertEquals(Optional.of("public-contributor"), workshop.rule());
        // The 40 min of travel time are listed as not paid under this policy.
        assertEquals("Travel time for the workshop on 4 March 2026: 40 min, not paid under this policy.",
                s.lines().get(2).explanation());
        assertEquals(LineStatus.NOT_PAID, s.lines().get(2).status());
        // Expenses: the receipted fare is repaid at cost; the taxi waits for approval; the meal waits for a receipt.
        assertEquals("Public transport for the workshop on 4 March 2026: £12.40 claimed, repaid at cost = £12.40."
                + " Expenses are not earnings.", s.lines().get(3).explanation());
        assertEquals(LineStatus.HELD, s.lines().get(4).status());
        assertEquals(Optional.of("it needs approval before it can be paid"), s.lines().get(4).reason());
        assertEquals(Optional.of("a receipt is needed"), s.lines().get(5).reason());
        // Totals: time £37.50 + £68.75 = £106.25 (earnings); expenses £12.40; held £18.00 + £9.50 = £27.50.
        assertEquals(Money.gbp("106.25"), s.paymentForTime());
        assertEquals(Money.gbp("12.40"), s.reimbursedExpenses());
        assertEquals(Money.gbp("27.50"), s.heldExpenses());
        assertEquals(Money.gbp("118.65"), s.totalPaid());
        // The £27.50 rate is derived, so the statement says it is not confirmed.
        assertTrue(s.notices().stream().anyMatch(n -> n.contains("not confirmed")), s.notices()::toString);
        assertTrue(s.sources().stream().anyMatch(c -> c.status() == SourceStatus.UNVERIFIED));
    }

    @Test
    void nihrPaysAnApprovedTaxiAndDoesNotPayStaffAgain() {
        Activity w1 = activity("w1", ActivityType.WORKSHOP, LocalDate.of(2026, 3, 4),
                attends("w1", 60).addExpense(claim(ExpenseCategory.TAXI, "18.00", true)).build());
        PaymentStatement approved = Recompense.statement(Recompense.nihr(), contributor(), List.of(w1),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                StatementOptions.builder().addApproval(ExpenseApproval.of("w1", "taxi")).build());
        // 60 min = 1 h × £27.50 = £27.50; the approved taxi £18.00 at cost.
        assertEquals(Money.gbp("27.50"), approved.paymentForTime());
        assertEquals(Money.gbp("18.00"), approved.reimbursedExpenses());

        Participant staff = person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.PAYMENT,
                ParticipantRole.PRACTITIONER);
        PaymentStatement unpaid = Recompense.statement(Recompense.nihr(), staff, List.of(w1),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertEquals(LineStatus.NOT_PAID, unpaid.lines().get(0).status());
        assertEquals(Money.gbp("0.00"), unpaid.paymentForTime());
        assertEquals("Workshop on 4 March 2026: time is not paid under this policy (staff taking part in paid time"
                + " are not paid again); expenses are still repaid.", unpaid.lines().get(0).explanation());
    }

    @Test
    void nhsEnglandPaysRoleFourByHalfDayAndDayThroughPayroll() {
        Participant lead = person(InvolvementLevel.LEAD, RecompensePreference.PAYMENT, ParticipantRole.LIVED_EXPERIENCE);
        List<Activity> records = List.of(
                activity("b1", ActivityType.MEETING, LocalDate.of(2025, 6, 10),
                        attends("b1", 300).preparationMinutes(60).build()),
                activity("b2", ActivityType.MEETING, LocalDate.of(2025, 7, 8),
                        attends("b2", 150).preparationMinutes(30).build()),
                activity("b3", ActivityType.CONFERENCE, LocalDate.of(2025, 9, 9), attends("b3", 540).build()));
        PaymentStatement s = Recompense.statement(Recompense.nhsEngland(), lead, records,
                LocalDate.of(2025, 4, 6), LocalDate.of(2026, 4, 5));
        // b1: 300 + 60 preparation = 360 min, over the half day (240) and within the day (480): £150.
        assertEquals(Money.gbp("150.00"), s.lines().get(0).amount());
        assertEquals("Meeting on 10 June 2025, 6 h (5 h attended + 1 h preparation), in the band up to 8 h, paid"
                + " £150.00 = £150.00.", s.lines().get(0).explanation());
        // b2: 150 + 30 = 180 min, within the half day: £75.
        assertEquals(Money.gbp("75.00"), s.lines().get(1).amount());
        // b3: 540 min is longer than the day band: the day rate is the ceiling, £150.
        assertEquals(Money.gbp("150.00"), s.lines().get(2).amount());
        assertTrue(s.lines().get(2).explanation().contains("longer than the top band (8 h), paid the top band's £150.00"));
        // £150 + £75 + £150 = £375.
        assertEquals(Money.gbp("375.00"), s.paymentForTime());
        assertEquals(PaymentRoute.PAYROLL, s.paymentRoute());
        assertTrue(s.notices().stream().anyMatch(n -> n.contains("not confirmed")));
    }

    @Test
    void nhsEnglandRolesOneToThreeAreRepaidExpensesOnly() {
        Participant member = person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.PAYMENT,
                ParticipantRole.UNPAID_CARER);
        Activity group = activity("g1", ActivityType.TASK_AND_FINISH_GROUP, LocalDate.of(2025, 6, 10),
                attends("g1", 120).addExpense(claim(ExpenseCategory.PUBLIC_TRANSPORT, "6.80", true)).build());
        PaymentStatement s = Recompense.statement(Recompense.nhsEngland(), member, List.of(group),
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30));
        assertEquals(LineStatus.NOT_PAID, s.lines().get(0).status());
        assertEquals(Optional.of("roles-1-to-3"), s.lines().get(0).rule());
        assertEquals(Money.gbp("0.00"), s.paymentForTime());
        assertEquals(Money.gbp("6.80"), s.reimbursedExpenses());
    }

    @Test
    void hqipPaysAFlatFeePerActivityWhateverItsLength() {
        List<Activity> records = List.of(
                activity("m1", ActivityType.MEETING, LocalDate.of(2025, 5, 1), attends("m1", 200).build()),
                activity("w1", ActivityType.WORKSHOP, LocalDate.of(2025, 5, 8), attends("w1", 45).build()),
                activity("s1", ActivityType.SURVEY, LocalDate.of(2025, 5, 15), attends("s1", 20).build()));
        PaymentStatement s = Recompense.statement(Recompense.hqip(), contributor(), records,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        // Meeting with preparation £40 + co-design £30 + review and comment £15 = £85.
        assertEquals(Money.gbp("40.00"), s.lines().get(0).amount());
        assertEquals(Money.gbp("30.00"), s.lines().get(1).amount());
        assertEquals(Money.gbp("15.00"), s.lines().get(2).amount());
        assertEquals(Money.gbp("85.00"), s.paymentForTime());
        assertEquals("Meeting on 1 May 2025: a flat fee of £40.00 for the activity, preparation included = £40.00.",
                s.lines().get(0).explanation());
        assertTrue(s.notices().stream().noneMatch(n -> n.contains("not confirmed")), "HQIP's fees are verified");
    }

    @Test
    void coProductionCollectivePaysThirtyPoundsAnHourOnlyDuringItsPilot() {
        Activity w = activity("w1", ActivityType.WORKSHOP, LocalDate.of(2024, 10, 15), attends("w1", 95).build());
        PaymentStatement s = Recompense.statement(Recompense.coProductionCollective(), contributor(), List.of(w),
                LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31));
        // 95 min, not rounded: £30.00 × 95 / 60 = £2,850 / 60 = £47.50.
        assertEquals(Money.gbp("47.50"), s.paymentForTime());
        assertEquals("Workshop on 15 October 2024, 1 h 35 min at £30.00 an hour = £47.50.",
                s.lines().get(0).explanation());

        Activity after = activity("w2", ActivityType.WORKSHOP, LocalDate.of(2025, 4, 2), attends("w2", 60).build());
        ValidationException e = assertThrows(ValidationException.class, () -> Recompense.statement(
                Recompense.coProductionCollective(), contributor(), List.of(after), LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 30)));
        assertEquals("activities[0].date: has no rate schedule of policy co-production-collective in force, was"
                + " 2025-04-02", e.violations().get(0).message());
    }
}
