package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.StatementRulesTest.OWN;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Records before the period count only towards what a weekly cap, a tax-year cap or a weekly part-payment
 * needs. There, a record no schedule covers, an expense in another currency without a rate, or an activity
 * known only by its month must not stop the statement.
 */
class LookBackRecordsTest {

    private static final LocalDate TUESDAY_1_APRIL_2025 = LocalDate.of(2025, 4, 1);

    /** £20 an hour with a £50 weekly cap, from Tuesday 1 April 2025. */
    private static RecompensePolicy weeklyCapFromApril() {
        return RecompensePolicy.builder().id("from-april").name("From April").source(OWN)
                .currency(Currency.getInstance("GBP"))
                .addSchedule(RateSchedule.builder().version("v1").effectiveFrom(TUESDAY_1_APRIL_2025).source(OWN)
                        .addRule(hourly("20.00")).caps(Caps.builder().perWeek(new BigDecimal("50.00")).build()).build())
                .build();
    }

    private static PaymentStatement april(Activity... activities) {
        return Recompense.statement(weeklyCapFromApril(), contributor(), List.of(activities), TUESDAY_1_APRIL_2025,
                LocalDate.of(2025, 4, 30));
    }

    @Test
    void aRecordBeforeThePolicyBeganIsLeftOutWithANote() {
        // Monday 31 March is in the week of 1 April, which the weekly cap counts, but the policy had no rates then.
        // 1 April: 2 h × £20 = £40, within the £50 cap.
        PaymentStatement s = april(activity("before", ActivityType.MEETING, LocalDate.of(2025, 3, 31),
                        attends("before", 120).build()),
                activity("first", ActivityType.MEETING, TUESDAY_1_APRIL_2025, attends("first", 120).build()));
        assertEquals(Money.gbp("40.00"), s.paymentForTime());
        assertEquals(1, s.lines().size());
        assertTrue(s.notices().contains("The attendance at before on 31 March 2025, before this period, falls outside"
                + " the policy from-april (no rate schedule is in force that day), so it does not count towards its"
                + " caps or part-payment."), s.notices().toString());
    }

    @Test
    void anExpenseInAnotherCurrencyBeforeThePeriodIsNotRead() {
        // Wednesday 30 April 2025's week began on Monday 28 April; a statement for May counts 28 to 30 April, whose
        // record has a claim in euros and no rate was given. 30 April: 2 h × £20 = £40 of the £50 cap; 1 May:
        // 1 h × £20 = £20, of which £10 is left under the cap.
        Activity euros = activity("euros", ActivityType.MEETING, LocalDate.of(2025, 4, 30), attends("euros", 120)
                .addExpense(ExpenseClaim.builder().category(ExpenseCategory.MEALS).amount(BigDecimal.TEN)
                        .currency(Currency.getInstance("EUR")).receiptAttached(true).build()).build());
        PaymentStatement may = Recompense.statement(weeklyCapFromApril(), contributor(), List.of(euros,
                activity("may", ActivityType.MEETING, LocalDate.of(2025, 5, 1), attends("may", 60).build())),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        assertEquals(Money.gbp("10.00"), may.paymentForTime());
        assertEquals(Money.gbp("10.00"), may.overCaps());
    }

    @Test
    void anActivityKnownOnlyByItsMonthBeforeThePeriodIsLeftOutWithANote() {
        // A statement for 1 to 31 May looks back to Monday 28 April; an April activity known only by its month may
        // fall there. 1 May: 1 h × £20 = £20.
        Activity vague = Activity.builder().id("april-survey").projectId("proj-1").type(ActivityType.SURVEY)
                .date(PartialDate.parse("2025-04")).rung(Rung.CONSULTATION).setting(Setting.ONLINE)
                .addAttendance(attends("april-survey", 60).build()).build();
        PaymentStatement may = Recompense.statement(weeklyCapFromApril(), contributor(), List.of(vague,
                activity("may", ActivityType.MEETING, LocalDate.of(2025, 5, 1), attends("may", 60).build())),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31));
        assertEquals(Money.gbp("20.00"), may.paymentForTime());
        assertTrue(may.notices().get(0).startsWith("The attendance at april-survey, known only as 2025-04, may fall"
                + " before this period"), may.notices().toString());
    }
}
