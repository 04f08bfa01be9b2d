package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import java.math.BigDecimal;

/**
 * The totals of a statement's lines, added one line at a time. The rule for which total a line counts
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
 * <p>Immutable: {@link #plus} returns new totals. Amounts are added exactly, as {@link BigDecimal}s.
 */
final class Totals {

    private static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    final BigDecimal offeredForTime;
    final BigDecimal paymentForTime;
    final BigDecimal declined;
    final BigDecimal donated;
    final BigDecimal overCaps;
    final BigDecimal reimbursedExpenses;
    final BigDecimal expensesOverCaps;
    final BigDecimal heldExpenses;

    private Totals(BigDecimal offeredForTime, BigDecimal paymentForTime, BigDecimal declined, BigDecimal donated,
            BigDecimal overCaps, BigDecimal reimbursedExpenses, BigDecimal expensesOverCaps, BigDecimal heldExpenses) {
        this.offeredForTime = offeredForTime;
        this.paymentForTime = paymentForTime;
        this.declined = declined;
        this.donated = donated;
        this.overCaps = overCaps;
        this.reimbursedExpenses = reimbursedExpenses;
        this.expensesOverCaps = expensesOverCaps;
        this.heldExpenses = heldExpenses;
    }

    /** Totals of no lines. */
    static Totals zero() {
        return ZERO;
    }

    /** These totals and one more line, whose amounts are in the statement's currency. */
    Totals plus(StatementLine line) {
        if (line.status() == LineStatus.HELD) {
            return line.kind() == LineKind.EXPENSE ? new Totals(offeredForTime, paymentForTime, declined, donated,
                    overCaps, reimbursedExpenses, expensesOverCaps, add(heldExpenses, line.offered())) : this;
        }
        if (line.kind() == LineKind.EXPENSE) {
            return new Totals(offeredForTime, paymentForTime, declined, donated, overCaps,
                    add(reimbursedExpenses, line.amount()), add(expensesOverCaps, line.overCap()), heldExpenses);
        }
        boolean donatedLine = line.status() == LineStatus.DONATED;
        return new Totals(add(offeredForTime, line.offered()),
                donatedLine ? paymentForTime : add(paymentForTime, line.amount()), add(declined, line.declined()),
                donatedLine ? add(donated, line.amount()) : donated, add(overCaps, line.overCap()), reimbursedExpenses,
                expensesOverCaps, heldExpenses);
    }

    /** The sum and an amount; zero, the usual overCap and declined, is not added, so the sum keeps its scale. */
    private static BigDecimal add(BigDecimal sum, Money amount) {
        return amount.isZero() ? sum : sum.add(amount.amount());
    }
}
