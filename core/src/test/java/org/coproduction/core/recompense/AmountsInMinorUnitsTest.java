package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.claim;
import static org.coproduction.core.recompense.Fixtures.person;
import static org.coproduction.core.recompense.StatementRulesTest.MON;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.coproduction.core.recompense.StatementRulesTest.june;
import static org.coproduction.core.recompense.StatementRulesTest.policy;
import static org.coproduction.core.recompense.StatementRulesTest.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.validation.MissingValueException;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Statements keep their amounts in pence where they can; these tests check that this never shows: amounts
 * of another scale are kept as given, amounts that cannot be paid to the penny are refused up front, and
 * lines are still checked field by field.
 */
class AmountsInMinorUnitsTest {

    @Test
    void aClaimWrittenWithOneDecimalPlaceIsWrittenBackAsGiven() {
        // A bus fare claimed as "4.6": the line shows 4.6, not 4.60, and the statement still adds up to £4.60.
        PaymentStatement s = june(policy(schedule(hourly("20.00")).build()), Fixtures.contributor(),
                activity("a", ActivityType.MEETING, MON, attends("a", 60)
                        .addExpense(claim(ExpenseCategory.PUBLIC_TRANSPORT, "4.6", true)).build()));
        String json = CoproductionJson.write(s);
        assertTrue(json.contains("\"amount\" : 4.6,"), json);
        assertEquals(Money.gbp("4.60"), s.reimbursedExpenses());
        PaymentStatement read = CoproductionJson.read(json, PaymentStatement.class);
        assertEquals(s, read);
        assertEquals(json, CoproductionJson.write(read));
    }

    @Test
    void aLineMissingFieldsNamesEachOne() {
        MissingValueException e = assertThrows(MissingValueException.class, () -> StatementLine.builder()
                .kind(LineKind.TIME).status(LineStatus.PAYABLE).date(MON).activityId("a").activityType("meeting")
                .scheduleVersion("v1").offered(Money.gbp("1.00")).build());
        assertEquals(List.of("overCap", "declined", "amount", "explanation"),
                e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    }

    @Test
    void capsFinerThanAPennyAreRefusedWhenThePolicyIsBuilt() {
        ValidationException e = assertThrows(ValidationException.class, () -> policy(schedule(hourly("20.00"))
                .caps(Caps.builder().perWeek(new BigDecimal("150.005")).build())
                .addExpenseRule(ExpenseRule.builder().category("mileage").description("Mileage")
                        .capPerClaim(new BigDecimal("40.001")).build()).build()));
        assertEquals(List.of("schedules[0].caps.perWeek: must have at most 2 decimal places for GBP, was 150.005",
                "schedules[0].expenseRules[2].capPerClaim: must have at most 2 decimal places for GBP, was 40.001"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
        // Trailing zeros are not finer: £150.000 is £150.00.
        policy(schedule(hourly("20.00")).caps(Caps.builder().perWeek(new BigDecimal("150.000")).build()).build());
    }

    @Test
    void aPartPaymentFinerThanAPennyIsRefused() {
        StatementOptions options = StatementOptions.builder().partPaymentPerWeek(new BigDecimal("40.005")).build();
        ValidationException e = assertThrows(ValidationException.class, () -> Recompense.statement(
                policy(schedule(hourly("20.00")).build()),
                person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.PART_PAYMENT,
                        ParticipantRole.LIVED_EXPERIENCE),
                List.of(activity("a", ActivityType.MEETING, MON, attends("a", 60).build())),
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), options));
        assertEquals(List.of("options.partPaymentPerWeek: must have at most 2 decimal places for GBP, was 40.005"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }

    @Test
    void aStatementWhoseTotalsDoNotAddUpIsRefusedWhenBuiltByHand() {
        PaymentStatement s = june(policy(schedule(hourly("20.00")).build()), Fixtures.contributor(),
                activity("a", ActivityType.MEETING, MON, attends("a", 90).build()));
        // 1.5 h × £20.00 = £30.00 for time; a statement claiming £30.01 is one penny out.
        assertEquals(Money.gbp("30.00"), s.paymentForTime());
        ValidationException e = assertThrows(ValidationException.class,
                () -> PaymentStatement.builder().from(s).paymentForTime(Money.gbp("30.01")).build());
        assertEquals(List.of("paymentForTime: must equal the sum of the lines (£30.00), was £30.01"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }
}
