package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.claim;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.StatementRulesTest.MON;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.coproduction.core.recompense.StatementRulesTest.june;
import static org.coproduction.core.recompense.StatementRulesTest.policy;
import static org.coproduction.core.recompense.StatementRulesTest.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** {@link PaymentStatement#overCaps()} is payment for time only; an expense over its per-claim cap has its own total. */
class ExpensesOverCapsTest {

    /** 1 h × £20 = £20.00 for time; a £12.50 meal under the test schedule's £10.00 cap per claim. */
    private static PaymentStatement meal() {
        return june(policy(schedule(hourly("20.00")).build()), contributor(), activity("a", ActivityType.MEETING, MON,
                attends("a", 60).addExpense(claim(ExpenseCategory.MEALS, "12.50", true)).build()));
    }

    @Test
    void aMealOverItsCapIsNotTimeOverACap() {
        PaymentStatement s = meal();
        // £12.50 claimed, £10.00 repaid, £2.50 over the meal cap; no time was over a cap.
        assertEquals(Money.gbp("10.00"), s.reimbursedExpenses());
        assertEquals(Money.gbp("2.50"), s.expensesOverCaps());
        assertEquals(Money.gbp("0.00"), s.overCaps());
        assertTrue(s.toText().contains("Expenses over the policy's caps per claim, not repaid: £2.50\n"), s.toText());
        assertTrue(!s.toText().contains("Over the policy's caps, not paid"), s.toText());
        String json = CoproductionJson.write(s);
        assertTrue(json.contains("\"expensesOverCaps\" : {"), json);
        JsonRoundTrip.assertRoundTrip(s, PaymentStatement.class);
    }

    @Test
    void aStatementThatCountsAnExpenseAsTimeOverACapIsRefused() {
        PaymentStatement s = meal();
        ValidationException e = assertThrows(ValidationException.class, () -> PaymentStatement.builder().from(s)
                .overCaps(Money.gbp("2.50")).expensesOverCaps(Money.gbp("0.00")).build());
        assertTrue(e.getMessage().contains("overCaps: must equal the sum of the lines (£0.00)"), e.getMessage());
    }
}
