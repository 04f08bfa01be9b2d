package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.StatementRulesTest.MON;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.coproduction.core.recompense.StatementRulesTest.june;
import static org.coproduction.core.recompense.StatementRulesTest.policy;
import static org.coproduction.core.recompense.StatementRulesTest.schedule;
import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16, point 7 and "number limits on every path": the values records and policies accept are values a
 * statement can price. Minutes, miles, amounts, rates and caps have documented ranges checked when the value
 * is built or read; numbers written with a positive exponent are normalised exactly; currencies that are not
 * money are refused. The limits are the library's own (see {@code docs/json.md}, "Limits").
 */
class NumberRangesTest {

    private static final Currency GBP = Currency.getInstance("GBP");

    private static Attendance.Builder attendance() {
        return Attendance.builder().participantId("p-001").activityId("a").minutes(60);
    }

    private static ExpenseClaim.Builder mileage() {
        return ExpenseClaim.builder().category(ExpenseCategory.MILEAGE).currency(GBP).receiptAttached(false)
                .amount(new BigDecimal("5.40"));
    }

    @Test
    void anAttendanceOfMoreThanADayIsRefusedWhenBuilt() {
        // Before: accepted by the record, refused only by a statement.
        assertViolations(() -> attendance().minutes(Integer.MAX_VALUE).preparationMinutes(1441).travelMinutes(1441)
                        .build(),
                "minutes: must be at most 1440 (24 hours), was 2147483647",
                "preparationMinutes: must be at most 1440 (24 hours) for one activity, was 1441",
                "travelMinutes: must be at most 1440 (24 hours) for one activity, was 1441");
    }

    @Test
    void anAttendanceOfMoreThanADayIsRefusedWhenRead() {
        String json = "{\"id\":\"a\",\"projectId\":\"x\",\"type\":\"meeting\",\"date\":\"2025-06-02\","
                + "\"rung\":\"co-design\",\"setting\":\"online\",\"attendance\":[{\"participantId\":\"p-001\","
                + "\"activityId\":\"a\",\"minutes\":2147483647,\"preparationMinutes\":1441}]}";
        assertViolations(() -> CoproductionJson.read(json, Activity.class),
                "attendance[0].minutes: must be at most 1440 (24 hours), was 2147483647",
                "attendance[0].preparationMinutes: must be at most 1440 (24 hours) for one activity, was 1441");
    }

    @Test
    void everyAttendanceARecordAcceptsCanBePriced() {
        // The edges of every range at once: 24 h attended, 24 h of preparation and 24 h of travel, all paid, at
        // the largest rate, chaired with the largest uplift, rounded up to a whole day with a day's minimum.
        RateSchedule edges = schedule(RateRule.builder().id("hourly").description("Hourly").basis(RateBasis.HOURLY)
                .hourlyRate(new BigDecimal("1000000000")).build())
                .preparation(PreparationTime.actual()).travelTimeShare(BigDecimal.ONE)
                .chairMultiplier(BigDecimal.TEN).rounding(TimeRounding.builder().direction(TimeRounding.Direction.UP)
                        .incrementMinutes(1440).minimumMinutes(1440).build()).build();
        Attendance longest = attendance().activityId("a").minutes(1440).preparationMinutes(1440)
                .travelMinutes(1440).chaired(true).addExpense(mileage().miles(new BigDecimal("10000"))
                        .amount(new BigDecimal("1000000000")).build()).build();
        PaymentStatement s = june(policy(edges), contributor(), activity("a", ActivityType.MEETING, MON, longest));
        // 1,440 + 1,440 + 1,440 = 4,320 minutes, already whole days = 72 h × £1,000,000,000 × 10
        // = £720,000,000,000.00.
        assertEquals(Money.gbp("720000000000.00"), s.offeredForTime());
        assertTrue(s.toText().contains("£720000000000.00"), s.toText());
    }

    @Test
    void milesAndAmountsOfAClaimHaveRanges() {
        assertViolations(() -> mileage().miles(new BigDecimal("10000.01")).build(),
                "miles: must be at most 10000 (the library's bound on one claim's miles), was 10000.01");
        assertViolations(() -> mileage().miles(new BigDecimal("12.345")).build(),
                "miles: must have at most 2 decimal places, was 12.345");
        // A hostile exponent is refused without being written out.
        assertViolations(() -> mileage().miles(new BigDecimal("1E+999999999")).build(),
                "miles: must be at most 10000 (the library's bound on one claim's miles), was 1E+999999999");
        assertViolations(() -> mileage().amount(new BigDecimal("1000000000.01")).build(),
                "amount: must be at most 1000000000 (the library's bound on an amount of money), was 1000000000.01");
    }

    @Test
    void aNumberWrittenWithAnExponentIsNormalisedExactly() {
        // 1E+3 is 1000: kept as that number, in plain digits, and equal to the claim written 1000.
        ExpenseClaim claim = mileage().amount(new BigDecimal("1E+3")).miles(new BigDecimal("5E+2")).build();
        assertEquals("1000", claim.amount().toString());
        assertEquals("500", claim.miles().orElseThrow().toString());
        assertEquals(mileage().amount(new BigDecimal("1000")).miles(new BigDecimal("500")).build(), claim);
        // The same through JSON and a copy.
        ExpenseClaim read = CoproductionJson.read("{\"category\":\"mileage\",\"amount\":1E+3,\"currency\":\"GBP\","
                + "\"receiptAttached\":false,\"miles\":5E+2}", ExpenseClaim.class);
        assertEquals(claim, read);
        assertTrue(CoproductionJson.write(read).contains("\"amount\" : 1000,"), CoproductionJson.write(read));
        assertEquals("12", claim.withAmount(new BigDecimal("1.2E+1")).amount().toString());
        // A yen amount of 1E+3 has no decimal places, as JPY needs.
        assertEquals("1000", mileage().currency(Currency.getInstance("JPY")).amount(new BigDecimal("1E+3")).build()
                .amount().toString());
    }

    @Test
    void ratesFeesAndCapsHaveRanges() {
        assertViolations(() -> hourly("1000000000.01"),
                "hourlyRate: must be at most 1000000000 (the library's bound on an amount of money), was 1000000000.01");
        assertViolations(() -> hourly("27.12345678901"),
                "hourlyRate: must have at most 10 decimal places, was 27.12345678901");
        assertViolations(() -> RateRule.builder().id("fee").description("Fee").basis(RateBasis.FLAT_FEE)
                        .flatFee(new BigDecimal("1E+10")).build(),
                "flatFee: must be at most 1000000000 (the library's bound on an amount of money), was 1E+10");
        assertViolations(() -> DurationBand.hourly(60, new BigDecimal("1E+400")),
                "hourlyRate: must be at most 1000000000 (the library's bound on an amount of money), was 1E+400");
        assertViolations(() -> Caps.builder().perTaxYear(new BigDecimal("1E+12")).build(),
                "perTaxYear: must be at most 1000000000 (the library's bound on an amount of money), was 1E+12");
        assertViolations(() -> ExpenseRule.builder().category("mileage").description("Mileage")
                        .ratePerMile(new BigDecimal("0.00000000001")).build(),
                "ratePerMile: must have at most 10 decimal places, was 1E-11");
        assertViolations(() -> schedule(hourly("20")).chairMultiplier(new BigDecimal("10.5"))
                        .travelTimeShare(new BigDecimal("0.12345678901")).build(),
                "travelTimeShare: must have at most 10 decimal places, was 0.12345678901",
                "chairMultiplier: must be at most 10, was 10.5");
        assertViolations(() -> StatementOptions.builder().partPaymentPerWeek(new BigDecimal("1E+10"))
                        .exchangeRates(Map.of("EUR", new BigDecimal("1E+10"))).build(),
                "exchangeRates.EUR: must be at most 1000000000 (the library's bound on an amount of money), was 1E+10",
                "partPaymentPerWeek: must be at most 1000000000 (the library's bound on an amount of money), was 1E+10");
        // Within range, an exponent is written out exactly: a £1E+1 rate is £10.
        assertEquals("10", hourly("1E+1").hourlyRate().orElseThrow().toString());
        assertEquals("500", Caps.builder().perDay(new BigDecimal("5E+2")).build().perDay().orElseThrow().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XAU", "XAG", "XPT", "XPD", "XDR", "XTS", "XBA", "XBB", "XBC", "XBD", "XSU",
        "XUA"})
    void codesThatAreNotMoneyAreNotCurrencies(String code) {
        String rule = "must be a currency of money such as GBP, not a precious metal (XAU, XAG, XPT, XPD), a unit"
                + " of account (XDR, XBA to XBD, XSU, XUA), the testing code XTS or \"no currency\" XXX, was \"" + code
                + "\"";
        assertViolations(() -> Money.of(BigDecimal.ONE, code), "currency: " + rule);
        assertViolations(() -> Money.of(BigDecimal.ONE, Currency.getInstance(code)), "currency: " + rule);
        assertViolations(() -> mileage().currency(Currency.getInstance(code)).build(), "currency: " + rule);
        assertViolations(() -> RecompensePolicy.builder().from(policy(schedule(hourly("20")).build()))
                .currency(Currency.getInstance(code)).build(), "currency: " + rule);
        ValidationException read = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"amount\":1,\"currency\":\"" + code + "\"}", Money.class));
        assertEquals("currency: " + rule, read.violations().get(0).message());
    }

    @Test
    void moneyIsNormalisedAndBoundedLikeAJsonNumber() {
        assertEquals("1000", Money.of(new BigDecimal("1E+3"), GBP).amount().toString());
        assertEquals("£1000", Money.of(new BigDecimal("1E+3"), GBP).toString());
        assertViolations(() -> Money.of(new BigDecimal("1E+999999999"), GBP),
                "amount: must not have more than 309 digits before the point (larger than any double), was 1E+999999999");
        assertViolations(() -> Money.of(new BigDecimal("1E-999999999"), GBP),
                "amount: must not have more than 340 decimal places (closer to zero than any double), was 1E-999999999");
    }

    @Test
    void aStatementOfARecordThatReadsIsMade() {
        // The record's values at the edges of their ranges run through every preset.
        Attendance edge = attendance().minutes(1440).preparationMinutes(1440).travelMinutes(1440).build();
        for (RecompensePolicy preset : Recompense.presets()) {
            LocalDate day = preset.schedules().get(0).effectiveFrom();
            PaymentStatement s = Recompense.statement(preset, contributor(),
                    List.of(activity("a", ActivityType.MEETING, day, edge)), day, day);
            assertEquals(1, s.lines(LineKind.TIME).stream().filter(l -> l.attendedMinutes() == 1440).count());
        }
    }
}
