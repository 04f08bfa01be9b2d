package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.claim;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.Fixtures.person;
import static org.coproduction.core.recompense.Fixtures.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** The rule types, caps and preferences, each against amounts worked out by hand in the comments. */
class StatementRulesTest {

    static final Citation OWN = Citation.of("Test policy", SourceStatus.LIBRARY_OWN);
    static final LocalDate MON = LocalDate.of(2025, 6, 2);

    static RateSchedule.Builder schedule(RateRule... rules) {
        return RateSchedule.builder().version("test v1").effectiveFrom(LocalDate.of(2020, 1, 1)).source(OWN)
                .addRules(rules).addExpenseRule(ExpenseRule.builder().category("meals").description("Meals, capped")
                        .capPerClaim(new BigDecimal("10.00")).build())
                .addExpenseRule(ExpenseRule.builder().category("public-transport").description("Fares").build());
    }

    static RateRule hourly(String rate) {
        return RateRule.builder().id("hourly").description("Hourly").basis(RateBasis.HOURLY)
                .hourlyRate(new BigDecimal(rate)).build();
    }

    static RecompensePolicy policy(RateSchedule schedule) {
        return RecompensePolicy.builder().id("test").name("Test").source(OWN).currency(Currency.getInstance("GBP"))
                .addSchedule(schedule).build();
    }

    static PaymentStatement june(RecompensePolicy policy, Participant who, Activity... activities) {
        return Recompense.statement(policy, who, List.of(activities), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30));
    }

    @Test
    void weeklyCapPaysUpToTheCapAndShowsTheRest() {
        RecompensePolicy capped = policy(schedule(hourly("20.00"))
                .caps(Caps.builder().perWeek(new BigDecimal("100.00")).perDay(new BigDecimal("70.00")).build()).build());
        PaymentStatement s = june(capped, contributor(),
                activity("a", ActivityType.MEETING, MON, attends("a", 240).build()),
                activity("b", ActivityType.MEETING, MON.plusDays(1), attends("b", 180).build()),
                activity("c", ActivityType.MEETING, MON.plusDays(7), attends("c", 60).build()));
        // Mon: 4 h × £20 = £80, over the £70 daily cap: £70 paid, £10 over.
        // Tue: 3 h × £20 = £60; the week has £100 − £70 = £30 left: £30 paid, £30 over.
        // Next Mon: new week, 1 h × £20 = £20 paid.
        assertEquals(List.of("70.00", "30.00", "20.00"), amounts(s));
        assertEquals(Money.gbp("120.00"), s.paymentForTime());
        assertEquals(Money.gbp("40.00"), s.overCaps());
        assertEquals(Money.gbp("160.00"), s.offeredForTime());
        assertTrue(s.lines().get(1).explanation().endsWith("The weekly cap of £100.00 leaves £30.00 to pay; £30.00"
                + " over the cap is not paid."), s.lines().get(1).explanation());
    }

    @Test
    void weeklyCapCountsPaymentsBeforeTheStatementPeriod() {
        RecompensePolicy capped = policy(schedule(hourly("20.00"))
                .caps(Caps.builder().perWeek(new BigDecimal("50.00")).build()).build());
        // Sunday 1 June is outside a statement starting Monday 2 June... so use a Monday-start week across
        // the boundary: Mon 30 June (in June) and Tue 1 July (in July).
        List<Activity> records = List.of(
                activity("a", ActivityType.MEETING, LocalDate.of(2025, 6, 30), attends("a", 120).build()),
                activity("b", ActivityType.MEETING, LocalDate.of(2025, 7, 1), attends("b", 120).build()));
        PaymentStatement july = Recompense.statement(capped, contributor(), records, LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 31));
        // 30 June: 2 h × £20 = £40 uses the week's cap; 1 July: £40 offered, £50 − £40 = £10 left.
        assertEquals(1, july.lines().size());
        assertEquals(Money.gbp("10.00"), july.paymentForTime());
        assertEquals(Money.gbp("30.00"), july.overCaps());
    }

    @Test
    void declinedPaymentIsListedAsOfferedAndDeclined() {
        Participant declines = person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.DECLINED,
                ParticipantRole.LIVED_EXPERIENCE);
        PaymentStatement s = june(policy(schedule(hourly("25.00")).build()), declines,
                activity("a", ActivityType.MEETING, MON, attends("a", 90)
                        .addExpense(claim(ExpenseCategory.PUBLIC_TRANSPORT, "5.00", true)).build()));
        // 1.5 h × £25 = £37.50 offered and declined; the fare is still repaid.
        assertEquals(LineStatus.DECLINED, s.lines().get(0).status());
        assertEquals(Money.gbp("37.50"), s.declined());
        assertEquals(Money.gbp("0.00"), s.paymentForTime());
        assertEquals(Money.gbp("5.00"), s.reimbursedExpenses());
        assertTrue(s.lines().get(0).explanation().contains("Offered and declined"));
    }

    @Test
    void donatedPaymentGoesToCharityAndIsNotEarnings() {
        Participant donates = person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.DONATION,
                ParticipantRole.LIVED_EXPERIENCE);
        PaymentStatement s = june(policy(schedule(hourly("25.00")).build()), donates,
                activity("a", ActivityType.MEETING, MON, attends("a", 60).build()));
        assertEquals(Money.gbp("25.00"), s.donated());
        assertEquals(Money.gbp("0.00"), s.paymentForTime());
        assertTrue(s.lines().stream().noneMatch(StatementLine::isEarnings));
    }

    @Test
    void partPaymentPaysUpToTheWeeklyAmountAndRecordsTheRestAsDeclined() {
        Participant part = person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.PART_PAYMENT,
                ParticipantRole.LIVED_EXPERIENCE);
        RecompensePolicy p = policy(schedule(hourly("25.00")).build());
        List<Activity> records = List.of(activity("a", ActivityType.MEETING, MON, attends("a", 120).build()),
                activity("b", ActivityType.MEETING, MON.plusDays(2), attends("b", 120).build()));
        PaymentStatement s = Recompense.statement(p, part, records, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30),
                StatementOptions.builder().partPaymentPerWeek(new BigDecimal("60.00")).build());
        // Each 2 h × £25 = £50. Week limit £60: first £50 paid; second £10 paid, £40 declined.
        assertEquals(List.of("50.00", "10.00"), amounts(s));
        assertEquals(Money.gbp("40.00"), s.declined());

        ValidationException e = assertThrows(ValidationException.class, () -> june(p, part, records.get(0)));
        assertEquals("options.partPaymentPerWeek: is required when the participant's preference is part-payment",
                e.violations().get(0).message());
    }

    @Test
    void vouchersArePaymentForTimeAndCountAsEarnings() {
        Participant vouchers = person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.VOUCHER,
                ParticipantRole.LIVED_EXPERIENCE);
        PaymentStatement s = june(policy(schedule(hourly("25.00")).build()), vouchers,
                activity("a", ActivityType.MEETING, MON, attends("a", 60).build()));
        assertEquals(Money.gbp("25.00"), s.paymentForTime());
        assertTrue(s.lines().get(0).isEarnings());
        assertTrue(s.lines().get(0).explanation().contains("vouchers, which count as earnings"));
    }

    @Test
    void chairUpliftProportionalPreparationAndHalfTravelTime() {
        RecompensePolicy p = policy(schedule(hourly("20.00")).chairMultiplier(new BigDecimal("1.5"))
                .preparation(PreparationTime.proportional(new BigDecimal("0.5")))
                .travelTimeShare(new BigDecimal("0.5")).rounding(TimeRounding.nearest(15)).build());
        PaymentStatement s = june(p, contributor(), activity("a", ActivityType.MEETING, MON,
                attends("a", 100).preparationMinutes(999).travelMinutes(45).chaired(true).build()));
        // Preparation counts as half the time attended: 50 min (the 999 recorded do not matter).
        // Travel at half: 22.5 min rounds half up to 23 min. 100 + 50 + 23 = 173 min, to the nearest 15: 180 min.
        // 3 h × £20 × 1.5 = £90.00.
        StatementLine line = s.lines().get(0);
        assertEquals(Money.gbp("90.00"), line.amount());
        assertEquals("Meeting on 2 June 2025, 2 h 53 min (1 h 40 min attended + 50 min preparation + 23 min travel)"
                + " rounded up to 3 h at £20.00 an hour × 1.5 for chairing = £90.00.", line.explanation());
    }

    @Test
    void aMinimumUnitIsExplained() {
        RecompensePolicy p = policy(schedule(hourly("20.00")).rounding(TimeRounding.builder()
                .direction(TimeRounding.Direction.UP).incrementMinutes(15).minimumMinutes(60).build()).build());
        PaymentStatement s = june(p, contributor(), activity("a", ActivityType.MEETING, MON, attends("a", 20).build()));
        // 20 min rounds up to 30 min, raised to the 60-minute minimum: 1 h × £20 = £20.00.
        assertEquals("Meeting on 2 June 2025, 20 min raised to the minimum of 1 h at £20.00 an hour = £20.00.",
                s.lines().get(0).explanation());
    }

    @Test
    void cappedAndFixedPreparation() {
        PreparationTime capped = PreparationTime.capped(30);
        PreparationTime fixed = PreparationTime.fixed(45);
        assertEquals(30, capped.countedMinutes(60, 90));
        assertEquals(20, capped.countedMinutes(60, 20));
        assertEquals(45, fixed.countedMinutes(60, 0));
        assertEquals(0, PreparationTime.notPaid().countedMinutes(60, 90));
    }

    @Test
    void timeEquivalentAndHourlyBand() {
        RateRule review = RateRule.builder().id("review").description("Readability review")
                .activityTypes(Set.of("survey")).basis(RateBasis.TIME_EQUIVALENT)
                .hourlyRate(new BigDecimal("25.00")).equivalentMinutes(30).build();
        RateRule banded = RateRule.builder().id("strategic").description("Strategic, hourly then a band")
                .basis(RateBasis.BANDED).addBand(DurationBand.hourly(180, new BigDecimal("25.00")))
                .addBand(DurationBand.fixed(480, new BigDecimal("100.00"))).build();
        RecompensePolicy p = policy(schedule(review, banded).build());
        PaymentStatement s = june(p, contributor(),
                activity("r", ActivityType.SURVEY, MON, attends("r", 75).build()),
                activity("m", ActivityType.MEETING, MON.plusDays(1), attends("m", 150).build()),
                activity("n", ActivityType.MEETING, MON.plusDays(2), attends("n", 200).build()));
        // Survey counts as 30 min whatever the time: 0.5 h × £25 = £12.50.
        // 150 min in the hourly band up to 3 h: 2.5 h × £25 = £62.50. 200 min: the £100 band.
        assertEquals(List.of("12.50", "62.50", "100.00"), amounts(s));
        assertEquals("Survey on 2 June 2025: counts as 30 min at £25.00 an hour = £12.50.",
                s.lines().get(0).explanation());
    }

    @Test
    void anAttendanceNoRuleCoversIsHeldNotDropped() {
        RateRule onlyCarers = RateRule.builder().id("carers").description("Carers").roles(Set.of("unpaid-carer"))
                .basis(RateBasis.HOURLY).hourlyRate(BigDecimal.TEN).build();
        PaymentStatement s = june(policy(schedule(onlyCarers).build()), contributor(),
                activity("a", ActivityType.MEETING, MON, attends("a", 60).build()));
        assertEquals(LineStatus.HELD, s.lines().get(0).status());
        assertTrue(s.lines().get(0).reason().orElseThrow().contains("no rate rule"));
    }

    @Test
    void expensesCappedConvertedAndHeld() {
        RecompensePolicy p = policy(schedule(hourly("20.00")).claimWindowDays(90).build());
        Activity a = activity("a", ActivityType.MEETING, MON, attends("a", 60)
                .addExpense(claim(ExpenseCategory.MEALS, "14.00", true))
                .addExpense(ExpenseClaim.builder().category(ExpenseCategory.PUBLIC_TRANSPORT)
                        .amount(new BigDecimal("20.00")).currency(Currency.getInstance("EUR")).receiptAttached(true).build())
                .addExpense(claim(ExpenseCategory.PRINTING, "3.00", true)).build());
        StatementOptions rates = StatementOptions.builder().putExchangeRate("EUR", new BigDecimal("0.8537")).build();
        PaymentStatement s = Recompense.statement(p, contributor(), List.of(a), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30), rates);
        // Meals £14.00 over the £10.00 cap: £10.00 repaid, £4.00 over.
        assertEquals(Money.gbp("10.00"), s.lines().get(1).amount());
        assertEquals(Money.gbp("4.00"), s.lines().get(1).overCap());
        // €20.00 × 0.8537 = £17.074, rounded half up to the penny: £17.07.
        assertEquals(Money.gbp("17.07"), s.lines().get(2).amount());
        // Printing has no rule in this policy: held, not dropped.
        assertEquals(LineStatus.HELD, s.lines().get(3).status());
        assertEquals(Money.gbp("3.00"), s.heldExpenses());
        assertEquals(Money.gbp("27.07"), s.reimbursedExpenses());
        // Time is kept apart: 1 h × £20.
        assertEquals(Money.gbp("20.00"), s.paymentForTime());

        PaymentStatement late = Recompense.statement(p, contributor(), List.of(a), LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 30), StatementOptions.builder().from(rates)
                        .claimsReceivedOn(MON.plusDays(91)).build());
        assertTrue(late.lines().get(1).reason().orElseThrow().contains("more than 90 days"));
    }

    @Test
    void mileageIsRepaidAsClaimedWithThePolicyRateShown() {
        RecompensePolicy p = policy(schedule(hourly("20.00")).addExpenseRule(ExpenseRule.builder().category("mileage")
                .description("Car mileage").receiptRequired(false).ratePerMile(new BigDecimal("0.45")).build()).build());
        PaymentStatement s = june(p, contributor(), activity("a", ActivityType.MEETING, MON, attends("a", 60)
                .addExpense(claim(ExpenseCategory.MILEAGE, "9.00", false)).build()));
        assertEquals("Mileage for the meeting on 2 June 2025: £9.00 claimed, repaid at cost = £9.00 (the policy's"
                + " mileage rate is £0.45 a mile). Expenses are not earnings.", s.lines().get(1).explanation());
        assertEquals(Money.gbp("9.00"), s.reimbursedExpenses());
    }

    @Test
    void badInputIsRejectedWholeWithEveryProblemNamed() {
        RecompensePolicy p = policy(schedule(hourly("20.00")).build());
        List<Activity> records = List.of(
                timed("a", ActivityType.MEETING, MON, LocalTime.of(10, 0), 120, attends("a", 120).build()),
                timed("b", ActivityType.WORKSHOP, MON, LocalTime.of(11, 0), 60, attends("b", 60)
                        .addExpense(ExpenseClaim.builder().category(ExpenseCategory.MEALS).amount(BigDecimal.TEN)
                                .currency(Currency.getInstance("USD")).receiptAttached(true).build()).build()),
                activity("c", ActivityType.MEETING, MON.plusDays(1), attends("c", 1000).build()),
                activity("d", ActivityType.MEETING, MON.plusDays(1), attends("d", 1000).build()));
        ValidationException e = assertThrows(ValidationException.class, () -> june(p, contributor(),
                records.toArray(new Activity[0])));
        assertEquals(List.of(
                "activities[1].attendance[0].expenses[0].currency: needs an exchange rate to GBP in the statement"
                        + " options, was \"USD\"",
                "activities[3].attendance[0].minutes: the person's attendances on 2025-06-03 add up to 2000 minutes,"
                        + " more than a day, was 1000",
                "activities[1].attendance[0]: overlaps activities[0].attendance[0] (activities a and b on 2025-06-02):"
                        + " one person cannot attend both"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }

    @Test
    void anActivityKnownOnlyToTheMonthCannotBePaid() {
        Activity vague = Activity.builder().id("v").projectId("proj-1").type(ActivityType.MEETING)
                .date(org.coproduction.core.time.PartialDate.parse("2025-06"))
                .rung(org.coproduction.core.ladder.Rung.CONSULTATION)
                .setting(org.coproduction.core.activity.Setting.ONLINE).addAttendance(attends("v", 60).build()).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> june(policy(schedule(hourly("20.00")).build()), contributor(), vague));
        assertEquals("activities[0].date: must be an exact day for the attendance to be paid, was 2025-06",
                e.violations().get(0).message());
    }

    @Test
    void lineRoundingIsConfigurable() {
        RecompensePolicy halfUp = policy(schedule(hourly("27.50")).build());
        RecompensePolicy down = RecompensePolicy.builder().from(halfUp).lineRounding(RoundingMode.DOWN).build();
        Activity a = activity("a", ActivityType.MEETING, MON, attends("a", 7).build());
        // £27.50 × 7 / 60 = £3.208333…: half up £3.21, down £3.20.
        assertEquals(Money.gbp("3.21"), june(halfUp, contributor(), a).paymentForTime());
        assertEquals(Money.gbp("3.20"), june(down, contributor(), a).paymentForTime());
    }

    private static List<String> amounts(PaymentStatement s) {
        return s.lines(LineKind.TIME).stream().map(l -> l.amount().amount().toPlainString()).collect(Collectors.toList());
    }
}
