package org.coproduction.core.recompense;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * What one participant is paid and repaid for a period under a policy, line by line, with totals kept
 * apart: payment for time (counts as earnings), reimbursed expenses (do not), and what was declined,
 * donated, over a cap or held.
 *
 * <p>Built by {@link Recompense#statement}. Every line explains itself; the statement names the sources
 * and schedule versions of the rates it used and carries notices, such as a warning that a preset's
 * rates are not confirmed. The lines are in date order, then activity, time before expenses, so the same
 * records in any order give the same statement.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePaymentStatement.class)
@JsonDeserialize(as = ImmutablePaymentStatement.class)
public abstract class PaymentStatement {

    /**
     * The participant's pseudonymous identifier.
     *
     * @return the identifier, not blank
     */
    public abstract String participantId();

    /**
     * The first day of the period.
     *
     * @return the date, not null
     */
    public abstract LocalDate from();

    /**
     * The last day of the period, inclusive.
     *
     * @return the date, not null
     */
    public abstract LocalDate to();

    /**
     * The identifier of the policy applied.
     *
     * @return the identifier, not blank
     */
    public abstract String policyId();

    /**
     * The currency of every amount.
     *
     * @return the currency, not null
     */
    public abstract Currency currency();

    /**
     * How the person chose to be recompensed: money, vouchers, part-payment, declined or donated.
     *
     * @return the preference, not null
     */
    public abstract RecompensePreference preference();

    /**
     * How money for time is paid: bank transfer or payroll.
     *
     * @return the route, not null
     */
    public abstract PaymentRoute paymentRoute();

    /**
     * The lines, in date order.
     *
     * @return the lines, not null
     */
    public abstract List<StatementLine> lines();

    /**
     * What the policy offered for time, before caps and the person's choice.
     *
     * @return the total, not null
     */
    public abstract Money offeredForTime();

    /**
     * Payment for time paid to the person, in money or vouchers: counts as earnings for tax and benefits.
     *
     * @return the total, not null
     */
    public abstract Money paymentForTime();

    /**
     * Payment for time the person declined (in full or in part).
     *
     * @return the total, not null
     */
    public abstract Money declined();

    /**
     * Payment for time paid to a charity at the person's request.
     *
     * @return the total, not null
     */
    public abstract Money donated();

    /**
     * Payment for time over a cap and not paid.
     *
     * @return the total, not null
     */
    public abstract Money overCaps();

    /**
     * Expenses repaid: not earnings.
     *
     * @return the total, not null
     */
    public abstract Money reimbursedExpenses();

    /**
     * Expenses held for approval, a receipt or a missing rule: not yet paid, not lost.
     *
     * @return the total, not null
     */
    public abstract Money heldExpenses();

    /**
     * The sources of the rate schedules used, with how far each has been checked.
     *
     * @return the citations, not null
     */
    public abstract List<Citation> sources();

    /**
     * Notices for the reader, such as that a preset's rates are not confirmed or that payment for time
     * counts as earnings.
     *
     * @return the notices, not null
     */
    public abstract List<String> notices();

    /**
     * A builder for a statement; statements are normally built by {@link Recompense#statement}.
     *
     * @return a new builder, not null
     */
    public static ImmutablePaymentStatement.Builder builder() {
        return ImmutablePaymentStatement.builder();
    }

    /**
     * The lines of one kind.
     *
     * @param kind  time or expense, not null
     * @return the lines, in order, not null
     */
    public List<StatementLine> lines(LineKind kind) {
        return select(l -> l.kind() == kind);
    }

    /**
     * The held lines, each with its reason.
     *
     * @return the lines, not null
     */
    public List<StatementLine> heldLines() {
        return select(l -> l.status() == LineStatus.HELD);
    }

    /**
     * The whole amount paid to the person: payment for time and reimbursed expenses.
     *
     * @return the total, not null
     */
    public Money totalPaid() {
        return paymentForTime().plus(reimbursedExpenses());
    }

    private List<StatementLine> select(Predicate<StatementLine> test) {
        return lines().stream().filter(test).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The statement as text a person can read: one line per item, then the totals.
     *
     * @return the text, not null
     */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Payment statement for ").append(participantId()).append(", ").append(from()).append(" to ")
                .append(to()).append(" (policy ").append(policyId()).append(")\n");
        for (StatementLine line : lines()) {
            text.append("  ").append(line.explanation()).append('\n');
        }
        text.append("Payment for time (counts as earnings): ").append(paymentForTime()).append('\n')
                .append("Expenses repaid (not earnings): ").append(reimbursedExpenses()).append('\n');
        if (!declined().isZero()) {
            text.append("Offered and declined: ").append(declined()).append('\n');
        }
        if (!donated().isZero()) {
            text.append("Paid to charity at your request: ").append(donated()).append('\n');
        }
        if (!overCaps().isZero()) {
            text.append("Over the policy's caps, not paid: ").append(overCaps()).append('\n');
        }
        if (!heldExpenses().isZero()) {
            text.append("Expenses held (see the lines above): ").append(heldExpenses()).append('\n');
        }
        for (String notice : notices()) {
            text.append("Note: ").append(notice).append('\n');
        }
        return text.toString();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("PaymentStatement").notBlank(participantId(), "participantId")
                .notBlank(policyId(), "policyId")
                .check(!to().isBefore(from()), "to", "must not be before from (" + from() + ")", to());
        if (linesInMinorUnits()) {
            checkInMinorUnits(problems);
        } else {
            checkExactly(problems);
        }
        problems.throwIfAny();
    }

    /** Whether every line holds its amounts as minor units of this statement's currency. */
    private boolean linesInMinorUnits() {
        if (currency().getDefaultFractionDigits() < 0) {
            return false;
        }
        for (StatementLine line : lines()) {
            if (!line.inMinorUnits() || !line.currency().equals(currency())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same checks as {@link #checkExactly}, on whole minor units: a council's year has hundreds of
     * thousands of lines, and adding longs gives the same sums as adding their {@code BigDecimal}s.
     */
    private void checkInMinorUnits(Violations problems) {
        long offered = 0;
        long paid = 0;
        long declined = 0;
        long donated = 0;
        long overCaps = 0;
        long expenses = 0;
        long held = 0;
        for (int i = 0; i < lines().size(); i++) {
            StatementLine line = lines().get(i);
            if (line.date().isBefore(from()) || line.date().isAfter(to())) {
                problems.check(false, "lines[" + i + "].date", "must be within the period " + from() + " to " + to(),
                        line.date());
            }
            if (line.status() == LineStatus.HELD) {
                if (line.kind() == LineKind.EXPENSE) {
                    held = Math.addExact(held, line.offeredMinor());
                }
                continue;
            }
            overCaps = Math.addExact(overCaps, line.overCapMinor());
            if (line.kind() == LineKind.EXPENSE) {
                expenses = Math.addExact(expenses, line.amountMinor());
                continue;
            }
            offered = Math.addExact(offered, line.offeredMinor());
            declined = Math.addExact(declined, line.declinedMinor());
            if (line.status() == LineStatus.DONATED) {
                donated = Math.addExact(donated, line.amountMinor());
            } else {
                paid = Math.addExact(paid, line.amountMinor());
            }
        }
        if (!problems.any()) {
            int scale = currency().getDefaultFractionDigits();
            total(problems, "offeredForTime", offeredForTime(), BigDecimal.valueOf(offered, scale));
            total(problems, "paymentForTime", paymentForTime(), BigDecimal.valueOf(paid, scale));
            total(problems, "declined", declined(), BigDecimal.valueOf(declined, scale));
            total(problems, "donated", donated(), BigDecimal.valueOf(donated, scale));
            total(problems, "overCaps", overCaps(), BigDecimal.valueOf(overCaps, scale));
            total(problems, "reimbursedExpenses", reimbursedExpenses(), BigDecimal.valueOf(expenses, scale));
            total(problems, "heldExpenses", heldExpenses(), BigDecimal.valueOf(held, scale));
        }
    }

    private void checkExactly(Violations problems) {
        BigDecimal zero = Money.zero(currency()).amount();
        BigDecimal offered = zero;
        BigDecimal paid = zero;
        BigDecimal declined = zero;
        BigDecimal donated = zero;
        BigDecimal overCaps = zero;
        BigDecimal expenses = zero;
        BigDecimal held = zero;
        // A line's amounts are all in one currency (the line checks that), so checking the offered amount's
        // currency is enough to add the line's plain amounts; zeros, the common case, are not added.
        for (int i = 0; i < lines().size(); i++) {
            StatementLine line = lines().get(i);
            if (!line.offered().currency().equals(currency())) {
                problems.check(false, "lines[" + i + "].offered", "must be in " + currency().getCurrencyCode(),
                        line.offered());
                continue;
            }
            if (line.date().isBefore(from()) || line.date().isAfter(to())) {
                problems.check(false, "lines[" + i + "].date", "must be within the period " + from() + " to " + to(),
                        line.date());
            }
            if (line.status() == LineStatus.HELD) {
                if (line.kind() == LineKind.EXPENSE) {
                    held = plus(held, line.offered());
                }
                continue;
            }
            overCaps = plus(overCaps, line.overCap());
            if (line.kind() == LineKind.EXPENSE) {
                expenses = plus(expenses, line.amount());
                continue;
            }
            offered = plus(offered, line.offered());
            declined = plus(declined, line.declined());
            if (line.status() == LineStatus.DONATED) {
                donated = plus(donated, line.amount());
            } else {
                paid = plus(paid, line.amount());
            }
        }
        if (!problems.any()) {
            total(problems, "offeredForTime", offeredForTime(), offered);
            total(problems, "paymentForTime", paymentForTime(), paid);
            total(problems, "declined", declined(), declined);
            total(problems, "donated", donated(), donated);
            total(problems, "overCaps", overCaps(), overCaps);
            total(problems, "reimbursedExpenses", reimbursedExpenses(), expenses);
            total(problems, "heldExpenses", heldExpenses(), held);
        }
    }

    private static BigDecimal plus(BigDecimal sum, Money amount) {
        return amount.isZero() ? sum : sum.add(amount.amount());
    }

    private void total(Violations problems, String path, Money stated, BigDecimal sum) {
        if (!stated.currency().equals(currency()) || stated.amount().compareTo(sum) != 0) {
            problems.check(false, path, "must equal the sum of the lines (" + Money.of(sum, currency()) + ")", stated);
        }
    }

    @Override
    public String toString() {
        return "PaymentStatement " + participantId() + " " + from() + " to " + to() + ": " + lines().size()
                + " lines, time " + paymentForTime() + ", expenses " + reimbursedExpenses()
                + (heldExpenses().isZero() ? "" : ", held " + heldExpenses());
    }
}
