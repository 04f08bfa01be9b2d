package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.junit.jupiter.api.Test;

/** The NIHR-style preset's mileage rule says what it does: the amount claimed is repaid; miles are held. */
class PresetMileageTest {

    private static ExpenseClaim mileage(String amount, String miles) {
        var claim = ExpenseClaim.builder().category(ExpenseCategory.MILEAGE).amount(new BigDecimal(amount))
                .currency(Currency.getInstance("GBP")).receiptAttached(false);
        return (miles == null ? claim : claim.miles(new BigDecimal(miles))).build();
    }

    @Test
    void theRuleAndItsTextAgree() {
        ExpenseRule rule = Recompense.nihr().schedules().get(1).expenseRuleFor("mileage").orElseThrow();
        assertTrue(rule.ratePerMile().isEmpty(), "the sources give no rate per mile");
        assertTrue(rule.description().startsWith("Car mileage: the amount claimed is repaid; the sources give no rate"
                + " per mile, so a claim that gives its miles is held until the organisation sets one"),
                rule.description());
        // £5.40 claimed without miles is repaid; the same claim giving 12 miles is held, as the text says.
        PaymentStatement s = Recompense.statement(Recompense.nihr(), contributor(), List.of(activity("w",
                ActivityType.WORKSHOP, LocalDate.of(2026, 1, 5), attends("w", 60).addExpense(mileage("5.40", null))
                        .addExpense(mileage("5.40", "12")).build())), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertEquals(Money.gbp("5.40"), s.reimbursedExpenses());
        assertEquals(Money.gbp("5.40"), s.heldExpenses());
    }
}
