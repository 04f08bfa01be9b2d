package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import java.math.BigDecimal;

/**
 * The running totals of a statement's lines, added one line at a time. The rule for which total a line counts
 * toward is written here once, and used both by the statement engine and by a statement's own check, so
 * that the two can never disagree.
 *
 * <ul>
 *   <li>A held line counts only toward the held expenses (an expense waiting for approval, a receipt or a
 *       rule); a held time line, which offers nothing until the organisation decides, counts toward nothing.</li>
 *   <li>An expense line counts its amount toward the expenses repaid and its part over its cap per claim
 *       toward the expenses over their caps.</li>
 *   <li>A time line counts toward what was offered for time, what was over a cap (time only), what was
 *       declined, and what was paid: to a charity on a donated line, otherwise to the person.</li>
 * </ul>
 *
 * <p>One object per statement, changed as each line is added (a council's year has hundreds of thousands of
 * lines, and a new object per line was most of the garbage a statement made); used by one thread, then read.
 * Amounts are added exactly, as {@link BigDecimal}s.
 */
final class Totals {

    BigDecimal offeredForTime = BigDecimal.ZERO;
    BigDecimal paymentForTime = BigDecimal.ZERO;
    BigDecimal declined = BigDecimal.ZERO;
    BigDecimal donated = BigDecimal.ZERO;
    BigDecimal overCaps = BigDecimal.ZERO;
    BigDecimal reimbursedExpenses = BigDecimal.ZERO;
    BigDecimal expensesOverCaps = BigDecimal.ZERO;
    BigDecimal heldExpenses = BigDecimal.ZERO;

    /** Adds one more line, whose amounts are in the statement's currency. */
    void add(StatementLine line) {
        if (line.status() == LineStatus.HELD) {
            if (line.kind() == LineKind.EXPENSE) {
                heldExpenses = add(heldExpenses, line.offered());
            }
            return;
        }
        if (line.kind() == LineKind.EXPENSE) {
            reimbursedExpenses = add(reimbursedExpenses, line.amount());
            expensesOverCaps = add(expensesOverCaps, line.overCap());
            return;
        }
        offeredForTime = add(offeredForTime, line.offered());
        if (line.status() == LineStatus.DONATED) {
            donated = add(donated, line.amount());
        } else {
            paymentForTime = add(paymentForTime, line.amount());
        }
        declined = add(declined, line.declined());
        overCaps = add(overCaps, line.overCap());
    }

    /** The sum and an amount; zero, the usual overCap and declined, is not added, so the sum keeps its scale. */
    private static BigDecimal add(BigDecimal sum, Money amount) {
        return amount.isZero() ? sum : sum.add(amount.amount());
    }
}
