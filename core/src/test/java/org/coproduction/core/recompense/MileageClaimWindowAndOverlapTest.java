package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.Fixtures.timed;
import static org.coproduction.core.recompense.StatementRulesTest.MON;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.coproduction.core.recompense.StatementRulesTest.june;
import static org.coproduction.core.recompense.StatementRulesTest.policy;
import static org.coproduction.core.recompense.StatementRulesTest.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Mileage priced from miles, the claim window tested per claim, and overlapping attendances refused. Rates
 * come from the domain notes: AceCentre's 45p a mile [V] and the lowest of NHS England's interim rates,
 * 37.4p a mile [V]; every expected amount is worked out by hand in the comments.
 */
class MileageClaimWindowAndOverlapTest {

    private static RecompensePolicy mileagePolicy(String ratePerMile, String cap, RoundingMode rounding) {
        ExpenseRule.Builder mileage = ExpenseRule.builder().category("mileage").description("Car mileage")
                .receiptRequired(false);
        if (ratePerMile != null) {
            mileage.ratePerMile(new BigDecimal(ratePerMile));
        }
        if (cap != null) {
            mileage.capPerClaim(new BigDecimal(cap));
        }
        RecompensePolicy p = policy(schedule(hourly("20.00")).addExpenseRule(mileage.build()).claimWindowDays(90)
                .build());
        return RecompensePolicy.builder().from(p).lineRounding(rounding).build();
    }

    private static ExpenseClaim miles(String miles, String claimed) {
        return ExpenseClaim.builder().category(ExpenseCategory.MILEAGE).amount(new BigDecimal(claimed))
                .currency(Currency.getInstance("GBP")).receiptAttached(false).miles(new BigDecimal(miles)).build();
    }

    private static PaymentStatement claiming(RecompensePolicy p, ExpenseClaim claim) {
        return june(p, contributor(), activity("a", ActivityType.MEETING, MON, attends("a", 60).addExpense(claim)
                .build()));
    }

    @Test
    void milesArePaidAtThePolicyRateWithTheArithmeticShown() {
        // AceCentre's 45p a mile: 12 × £0.45 = £5.40, which is also what was claimed.
        PaymentStatement s = claiming(mileagePolicy("0.45", null, RoundingMode.HALF_UP), miles("12", "5.40"));
        StatementLine line = s.lines().get(1);
        assertEquals("Mileage for the meeting on 2 June 2025: 12 miles at 45p a mile = £5.40, repaid in full."
                + " Expenses are not earnings.", line.explanation());
        assertEquals(Money.gbp("5.40"), line.offered());
        assertEquals(Money.gbp("5.40"), line.amount());
        assertEquals(Money.gbp("5.40"), s.reimbursedExpenses());
        // Time is kept apart: 1 h × £20.
        assertEquals(Money.gbp("20.00"), s.paymentForTime());
    }

    @Test
    void aClaimedAmountThatDisagreesWithTheRateIsNamedAndTheRateIsPaid() {
        // 12 × £0.45 = £5.40 is repaid; the claimant's £6.00 is shown beside it, never silently replaced.
        PaymentStatement s = claiming(mileagePolicy("0.45", null, RoundingMode.HALF_UP), miles("12", "6.00"));
        StatementLine line = s.lines().get(1);
        assertEquals("Mileage for the meeting on 2 June 2025: 12 miles at 45p a mile = £5.40 (£6.00 was claimed;"
                + " the policy's rate per mile is repaid), repaid in full. Expenses are not earnings.",
                line.explanation());
        assertEquals(Money.gbp("5.40"), line.offered());
        assertEquals(Money.gbp("5.40"), s.reimbursedExpenses());
    }

    @Test
    void milesTimesTheRateIsRoundedOnceWithThePolicysLineRounding() {
        // NHS England's 37.4p a mile: 12.5 × £0.374 = £4.675; half up £4.68, down £4.67.
        PaymentStatement up = claiming(mileagePolicy("0.374", null, RoundingMode.HALF_UP), miles("12.5", "4.68"));
        assertEquals(Money.gbp("4.68"), up.reimbursedExpenses());
        assertEquals("Mileage for the meeting on 2 June 2025: 12.5 miles at 37.4p a mile = £4.675, rounded to £4.68,"
                + " repaid in full. Expenses are not earnings.", up.lines().get(1).explanation());
        PaymentStatement down = claiming(mileagePolicy("0.374", null, RoundingMode.DOWN), miles("12.5", "4.68"));
        assertEquals(Money.gbp("4.67"), down.reimbursedExpenses());
    }

    @Test
    void milesAboveTheCapPerClaimArePaidUpToTheCap() {
        // 100 × £0.45 = £45.00 against a £40.00 cap: £40.00 repaid, £5.00 over the cap.
        PaymentStatement s = claiming(mileagePolicy("0.45", "40.00", RoundingMode.HALF_UP), miles("100", "45.00"));
        StatementLine line = s.lines().get(1);
        assertEquals(Money.gbp("45.00"), line.offered());
        assertEquals(Money.gbp("5.00"), line.overCap());
        assertEquals(Money.gbp("40.00"), line.amount());
        assertTrue(line.explanation().contains("100 miles at 45p a mile = £45.00, repaid up to the cap of £40.00"
                + " a claim = £40.00; £5.00 over the cap is not repaid"), line.explanation());
    }

    @Test
    void milesUnderARuleWithNoRatePerMileAreHeldWithTheReason() {
        PaymentStatement s = claiming(mileagePolicy(null, null, RoundingMode.HALF_UP), miles("12", "5.40"));
        StatementLine line = s.lines().get(1);
        assertEquals(LineStatus.HELD, line.status());
        assertEquals("the policy's mileage rule has no rate per mile to price the 12 miles", line.reason().orElseThrow());
        // Nothing is dropped: the £5.40 claimed waits as held, nothing is repaid yet.
        assertEquals(Money.gbp("5.40"), s.heldExpenses());
        assertEquals(Money.gbp("0.00"), s.reimbursedExpenses());
    }

    @Test
    void milesAreOnlyForMileageAndMustBePositive() {
        ValidationException e = assertThrows(ValidationException.class, () -> ExpenseClaim.builder()
                .category(ExpenseCategory.TAXI).amount(new BigDecimal("8.00")).currency(Currency.getInstance("GBP"))
                .receiptAttached(true).miles(BigDecimal.ZERO).build());
        assertEquals(List.of("miles: must be positive, was 0", "miles: is only for a mileage claim, but the category"
                + " is taxi, was 0"), e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }

    @Test
    void theClaimsOwnSubmissionDayIsTestedAgainstTheWindowBeforeTheOptionsDay() {
        RecompensePolicy p = mileagePolicy("0.45", null, RoundingMode.HALF_UP);
        ExpenseClaim claim = miles("12", "5.40");
        // The activity was on 2 June 2025 and the window is 90 days: 31 August is day 90, 1 September day 91.
        PaymentStatement onTime = claiming(p, ExpenseClaim.builder().from(claim)
                .submittedOn(LocalDate.of(2025, 8, 31)).build());
        assertEquals(LineStatus.PAYABLE, onTime.lines().get(1).status());
        PaymentStatement late = claiming(p, ExpenseClaim.builder().from(claim)
                .submittedOn(LocalDate.of(2025, 9, 1)).build());
        assertEquals("it was claimed more than 90 days after the activity, so it needs approval",
                late.lines().get(1).reason().orElseThrow());
        assertEquals(Money.gbp("5.40"), late.heldExpenses());

        StatementOptions receivedLate = StatementOptions.builder().claimsReceivedOn(LocalDate.of(2025, 12, 1)).build();
        Activity withOwnDay = activity("a", ActivityType.MEETING, MON, attends("a", 60).addExpense(ExpenseClaim
                .builder().from(claim).submittedOn(LocalDate.of(2025, 6, 12)).build()).build());
        // The claim says it was submitted on 12 June, 10 days after: its own day wins over the options' day.
        PaymentStatement own = Recompense.statement(p, contributor(), List.of(withOwnDay), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30), receivedLate);
        assertEquals(LineStatus.PAYABLE, own.lines().get(1).status());
        // A claim with no day of its own falls back to the options' day, 1 December: 182 days, late.
        PaymentStatement fallback = Recompense.statement(p, contributor(), List.of(activity("a", ActivityType.MEETING,
                MON, attends("a", 60).addExpense(claim).build())), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                receivedLate);
        assertEquals(LineStatus.HELD, fallback.lines().get(1).status());
    }

    @Test
    void newClaimFieldsRoundTripAndOldClaimsStillRead() throws Exception {
        ExpenseClaim claim = ExpenseClaim.builder().from(miles("12.5", "5.63")).submittedOn(LocalDate.of(2025, 6, 9))
                .build();
        JsonRoundTrip.assertRoundTrip(claim, ExpenseClaim.class);
        ExpenseClaim old = CoproductionJson.read("{\"category\":\"mileage\",\"amount\":9.00,\"currency\":\"GBP\","
                + "\"receiptAttached\":false}", ExpenseClaim.class);
        assertTrue(old.miles().isEmpty() && old.submittedOn().isEmpty(), old.toString());
    }

    @Test
    void attendancesTouchingEndToStartAreAcceptedButOverlappingOnesAreRefused() {
        RecompensePolicy p = policy(schedule(hourly("20.00")).build());
        // The person attended 60 of the 10:00 meeting's 120 minutes, 10:00 to 11:00, then the 11:00 workshop.
        Activity meeting = timed("a", ActivityType.MEETING, MON, LocalTime.of(10, 0), 120, attends("a", 60).build());
        Activity workshop = timed("b", ActivityType.WORKSHOP, MON, LocalTime.of(11, 0), 60, attends("b", 60).build());
        // 2 h × £20 = £40.00.
        assertEquals(Money.gbp("40.00"), june(p, contributor(), meeting, workshop).paymentForTime());
        // 61 minutes from 10:00 runs to 11:01, one minute into the workshop.
        Activity longer = timed("a", ActivityType.MEETING, MON, LocalTime.of(10, 0), 120, attends("a", 61).build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> june(p, contributor(), longer, workshop));
        assertEquals(List.of("activities[1].attendance[0]: overlaps activities[0].attendance[0] (activities a and b"
                + " on 2025-06-02): one person cannot attend both"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }

    @Test
    void aStartTimeWrittenAsHoursAndMinutesIsRead() throws Exception {
        Activity a = CoproductionJson.read("{\"id\":\"a\",\"projectId\":\"proj-1\",\"type\":\"meeting\","
                + "\"date\":\"2025-06-02\",\"startTime\":\"10:30\",\"rung\":\"co-design\",\"setting\":\"in-person\"}",
                Activity.class);
        assertEquals(LocalTime.of(10, 30), a.startTime().orElseThrow());
    }
}
