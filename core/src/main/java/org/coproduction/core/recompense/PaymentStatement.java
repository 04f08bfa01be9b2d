package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.MissingValueException;
import org.coproduction.core.validation.Violations;

/**
 * What one participant is paid and repaid for a period under a policy, line by line, with totals kept
 * apart: payment for time (counts as earnings), reimbursed expenses (do not), and what was declined,
 * donated, over a cap or held.
 *
 * <p>Built by {@link Recompense#statement}. Every line explains itself; the statement names the sources
 * and schedule versions of the rates it used and carries notices, such as a warning that a preset's
 * rates are not confirmed. The lines are in date order, then start time (activities without one first), then
 * activity, time before expenses, so the same records in any order give the same statement; caps are applied
 * in that order.
 *
 * <p>This class is immutable and thread-safe, and holds its own lines only. Every statement is checked in
 * full however it was made (by the statement engine, by {@link #builder()} or from JSON): every line in the
 * period and in the statement's currency, and every total equal to the sum of the lines. Two statements are
 * equal when all their attributes are equal.
 */
@Stable
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"participantId", "from", "to", "policyId", "currency", "preference", "paymentRoute", "lines",
    "offeredForTime", "paymentForTime", "declined", "donated", "overCaps", "reimbursedExpenses", "expensesOverCaps",
    "heldExpenses", "sources", "notices"})
public final class PaymentStatement {

    private final String participantId;
    private final LocalDate from;
    private final LocalDate to;
    private final String policyId;
    private final Currency currency;
    private final RecompensePreference preference;
    private final PaymentRoute paymentRoute;
    private final List<StatementLine> lines;
    private final Money offeredForTime;
    private final Money paymentForTime;
    private final Money declined;
    private final Money donated;
    private final Money overCaps;
    private final Money reimbursedExpenses;
    private final Money expensesOverCaps;
    private final Money heldExpenses;
    private final List<Citation> sources;
    private final List<String> notices;

    private PaymentStatement(Builder b) {
        this.participantId = b.participantId;
        this.from = b.from;
        this.to = b.to;
        this.policyId = b.policyId;
        this.currency = b.currency;
        this.preference = b.preference;
        this.paymentRoute = b.paymentRoute;
        this.lines = List.copyOf(b.lines);  // one copy, so a builder used again changes no statement
        this.offeredForTime = b.offeredForTime;
        this.paymentForTime = b.paymentForTime;
        this.declined = b.declined;
        this.donated = b.donated;
        this.overCaps = b.overCaps;
        this.reimbursedExpenses = b.reimbursedExpenses;
        this.expensesOverCaps = b.expensesOverCaps;
        this.heldExpenses = b.heldExpenses;
        this.sources = Collections.unmodifiableList(new ArrayList<>(b.sources));
        this.notices = Collections.unmodifiableList(new ArrayList<>(b.notices));
        check();
    }

    /** The participant's pseudonymous identifier, not blank. */
    public String participantId() { return participantId; }

    /** The first day of the period, not null. */
    public LocalDate from() { return from; }

    /** The last day of the period, inclusive, not null. */
    public LocalDate to() { return to; }

    /** The identifier of the policy applied, not blank. */
    public String policyId() { return policyId; }

    /** The currency of every amount, not null. */
    public Currency currency() { return currency; }

    /** How the person chose to be recompensed: money, vouchers, part-payment, declined or donated, not null. */
    public RecompensePreference preference() { return preference; }

    /** How money for time is paid: bank transfer or payroll, not null. */
    public PaymentRoute paymentRoute() { return paymentRoute; }

    /** The lines, in date order, not null. */
    public List<StatementLine> lines() { return lines; }

    /** What the policy offered for time, before caps and the person's choice, not null. */
    public Money offeredForTime() { return offeredForTime; }

    /** Payment for time paid to the person, in money or vouchers: counts as earnings for tax and benefits, not null. */
    public Money paymentForTime() { return paymentForTime; }

    /** Payment for time the person declined (in full or in part), not null. */
    public Money declined() { return declined; }

    /** Payment for time paid to a charity at the person's request, not null. */
    public Money donated() { return donated; }

    /** Payment for time over a cap (per day, week or tax year) and not paid; expenses are not in it, not null. */
    public Money overCaps() { return overCaps; }

    /** Expenses repaid: not earnings, not null. */
    public Money reimbursedExpenses() { return reimbursedExpenses; }

    /** Expenses held for approval, a receipt or a missing rule: not yet paid, not lost, not null. */
    public Money heldExpenses() { return heldExpenses; }

    /** The parts of expense claims over the policy's cap per claim, not repaid (not payment for time), not null. */
    public Money expensesOverCaps() { return expensesOverCaps; }

    /** The sources of the rate schedules used, with how far each has been checked, not null. */
    public List<Citation> sources() { return sources; }

    /**
     * Notices for the reader, such as that a preset's rates are not confirmed or that payment for time counts as
     * earnings, not null.
     */
    public List<String> notices() { return notices; }

    /**
     * A builder for a statement; statements are normally built by {@link Recompense#statement}. Returns a new builder,
     * not null.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The lines of one kind, time or expense, in order, not null. */
    public List<StatementLine> lines(LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).collect(Collectors.toUnmodifiableList());
    }


    /** The whole amount paid to the person: payment for time and reimbursed expenses, not null. */
    public Money totalPaid() {
        return paymentForTime().plus(reimbursedExpenses());
    }

    /** The statement as text a person can read: one line per item, then the totals, not null. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Payment statement for ").append(participantId()).append(", ").append(from()).append(" to ")
                .append(to()).append(" (policy ").append(policyId()).append(")\n");
        for (StatementLine line : lines()) {
            text.append("  ").append(line.explanation()).append('\n');
        }
        text.append("Payment for time (counts as earnings): ").append(paymentForTime()).append('\n')
                .append("Expenses repaid (not earnings): ").append(reimbursedExpenses()).append('\n');
        unlessZero(text, "Offered and declined: ", declined);
        unlessZero(text, "Paid to charity at your request: ", donated);
        unlessZero(text, "Over the policy's caps, not paid: ", overCaps);
        unlessZero(text, "Expenses over the policy's caps per claim, not repaid: ", expensesOverCaps);
        unlessZero(text, "Expenses held (see the lines above): ", heldExpenses);
        for (String notice : notices()) {
            text.append("Note: ").append(notice).append('\n');
        }
        return text.toString();
    }

    private static void unlessZero(StringBuilder text, String label, Money total) {
        if (!total.isZero()) {
            text.append(label).append(total).append('\n');
        }
    }

    private void check() {
        Violations problems = Violations.of("PaymentStatement").notBlank(participantId, "participantId")
                .notBlank(policyId, "policyId")
                .check(!to.isBefore(from), "to", "must not be before from (" + from + ")", to);
        Totals sums = new Totals();
        for (int i = 0; i < lines.size(); i++) {
            StatementLine line = lines.get(i);
            if (!line.offered().currency().equals(currency)) {
                problems.check(false, "lines[" + i + "].offered", "must be in " + currency.getCurrencyCode(),
                        line.offered());
                continue;
            }
            if (line.date().isBefore(from) || line.date().isAfter(to)) {
                problems.check(false, "lines[" + i + "].date", "must be within the period " + from + " to " + to,
                        line.date());
            }
            sums.add(line);
        }
        if (!problems.any()) {
            total(problems, "offeredForTime", offeredForTime, sums.offeredForTime);
            total(problems, "paymentForTime", paymentForTime, sums.paymentForTime);
            total(problems, "declined", declined, sums.declined);
            total(problems, "donated", donated, sums.donated);
            total(problems, "overCaps", overCaps, sums.overCaps);
            total(problems, "reimbursedExpenses", reimbursedExpenses, sums.reimbursedExpenses);
            total(problems, "expensesOverCaps", expensesOverCaps, sums.expensesOverCaps);
            total(problems, "heldExpenses", heldExpenses, sums.heldExpenses);
        }
        problems.throwIfAny();
    }

    private void total(Violations problems, String path, Money stated, BigDecimal sum) {
        if (!stated.currency().equals(currency) || stated.amount().compareTo(sum) != 0) {
            problems.check(false, path, "must equal the sum of the lines (" + Wording.money(sum, currency) + ")",
                    stated);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PaymentStatement)) {
            return false;
        }
        PaymentStatement o = (PaymentStatement) other;
        return participantId.equals(o.participantId) && from.equals(o.from) && to.equals(o.to)
                && policyId.equals(o.policyId) && currency.equals(o.currency) && preference == o.preference
                && paymentRoute == o.paymentRoute && offeredForTime.equals(o.offeredForTime)
                && paymentForTime.equals(o.paymentForTime) && declined.equals(o.declined) && donated.equals(o.donated)
                && overCaps.equals(o.overCaps) && reimbursedExpenses.equals(o.reimbursedExpenses)
                && expensesOverCaps.equals(o.expensesOverCaps) && heldExpenses.equals(o.heldExpenses)
                && sources.equals(o.sources) && notices.equals(o.notices)
                && lines.equals(o.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(participantId, from, to, policyId, currency.getCurrencyCode(), preference,
                paymentRoute, lines, offeredForTime, paymentForTime, declined, donated, overCaps, reimbursedExpenses,
                expensesOverCaps, heldExpenses, sources, notices);
    }

    @Override
    public String toString() {
        return "PaymentStatement " + participantId() + " " + from() + " to " + to() + ": " + lines().size()
                + " lines, time " + paymentForTime() + ", expenses " + reimbursedExpenses()
                + (heldExpenses().isZero() ? "" : ", held " + heldExpenses());
    }

    /**
     * Builds a statement, checking it in full: every required field set, the period in order, every line in the period
     * and every total equal to the sum of the lines; a statement read from JSON is built by it. Each setter sets the
     * attribute of the same name and returns this builder; a setter given null throws {@link MissingValueException}
     * naming it.
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE,
            creatorVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {

        private String participantId;
        private LocalDate from;
        private LocalDate to;
        private String policyId;
        private Currency currency;
        private RecompensePreference preference;
        private PaymentRoute paymentRoute;
        private List<StatementLine> lines = new ArrayList<>();
        private Money offeredForTime;
        private Money paymentForTime;
        private Money declined;
        private Money donated;
        private Money overCaps;
        private Money reimbursedExpenses;
        private Money expensesOverCaps;
        private Money heldExpenses;
        private List<Citation> sources = new ArrayList<>();
        private List<String> notices = new ArrayList<>();


        /** Copies every attribute of a statement, to change some of them. */
        public Builder from(PaymentStatement statement) {
            participantId = statement.participantId;
            from = statement.from;
            to = statement.to;
            policyId = statement.policyId;
            currency = statement.currency;
            preference = statement.preference;
            paymentRoute = statement.paymentRoute;
            offeredForTime = statement.offeredForTime;
            paymentForTime = statement.paymentForTime;
            declined = statement.declined;
            donated = statement.donated;
            overCaps = statement.overCaps;
            reimbursedExpenses = statement.reimbursedExpenses;
            expensesOverCaps = statement.expensesOverCaps;
            heldExpenses = statement.heldExpenses;
            return lines(statement.lines).sources(statement.sources).notices(statement.notices);
        }

        /** The participant's pseudonymous identifier. */
        public Builder participantId(String participantId) {
            this.participantId = present(participantId, "participantId");
            return this;
        }

        /** The first day of the period. */
        public Builder from(LocalDate from) {
            this.from = present(from, "from");
            return this;
        }

        /** The last day of the period, inclusive. */
        public Builder to(LocalDate to) {
            this.to = present(to, "to");
            return this;
        }

        /** The identifier of the policy applied. */
        public Builder policyId(String policyId) {
            this.policyId = present(policyId, "policyId");
            return this;
        }

        /** The currency of every amount. */
        public Builder currency(Currency currency) {
            this.currency = present(currency, "currency");
            return this;
        }

        /** How the person chose to be recompensed. */
        public Builder preference(RecompensePreference preference) {
            this.preference = present(preference, "preference");
            return this;
        }

        /** How money for time is paid. */
        public Builder paymentRoute(PaymentRoute paymentRoute) {
            this.paymentRoute = present(paymentRoute, "paymentRoute");
            return this;
        }

        /** The lines, in date order, replacing any given before. */
        public Builder lines(Iterable<? extends StatementLine> lines) {
            this.lines.clear();
            if (lines instanceof Collection && this.lines instanceof ArrayList) {
                ((ArrayList<StatementLine>) this.lines).ensureCapacity(((Collection<?>) lines).size());
            }
            return add(this.lines, lines, "lines");
        }

        /** Adds lines after those given before. */
        public Builder addLines(StatementLine... lines) {
            return add(this.lines, Arrays.asList(lines), "lines");
        }

        /** What the policy offered for time, before caps and the person's choice. */
        public Builder offeredForTime(Money total) {
            this.offeredForTime = present(total, "offeredForTime");
            return this;
        }

        /** Payment for time paid to the person. */
        public Builder paymentForTime(Money total) {
            this.paymentForTime = present(total, "paymentForTime");
            return this;
        }

        /** Payment for time the person declined. */
        public Builder declined(Money total) {
            this.declined = present(total, "declined");
            return this;
        }

        /** Payment for time paid to a charity at the person's request. */
        public Builder donated(Money total) {
            this.donated = present(total, "donated");
            return this;
        }

        /** Payment for time over a cap and not paid. */
        public Builder overCaps(Money total) {
            this.overCaps = present(total, "overCaps");
            return this;
        }

        /** Expenses repaid. */
        public Builder reimbursedExpenses(Money total) {
            this.reimbursedExpenses = present(total, "reimbursedExpenses");
            return this;
        }

        /** The parts of expense claims over their caps. */
        public Builder expensesOverCaps(Money total) {
            this.expensesOverCaps = present(total, "expensesOverCaps");
            return this;
        }

        /** Expenses held. */
        public Builder heldExpenses(Money total) {
            this.heldExpenses = present(total, "heldExpenses");
            return this;
        }

        /** The sources of the rate schedules used, replacing any given before. */
        public Builder sources(Iterable<? extends Citation> sources) {
            this.sources.clear();
            return add(this.sources, sources, "sources");
        }


        /** Notices for the reader, replacing any given before. */
        public Builder notices(Iterable<String> notices) {
            this.notices.clear();
            return add(this.notices, notices, "notices");
        }


        private <T> Builder add(List<T> list, Iterable<? extends T> items, String name) {
            for (T item : present(items, name)) {
                list.add(present(item, name));
            }
            return this;
        }

        /**
         * The statement, checked in full.
         *
         * @return the statement, not null
         * @throws MissingValueException naming every required field not set
         * @throws org.coproduction.core.validation.ValidationException naming every rule the statement breaks
         */
        public PaymentStatement build() {
            Object[] required = {participantId, from, to, policyId, currency, preference, paymentRoute, lines,
                offeredForTime, paymentForTime, declined, donated, overCaps, reimbursedExpenses, expensesOverCaps,
                heldExpenses, sources,
                notices};
            String[] names = {"participantId", "from", "to", "policyId", "currency", "preference", "paymentRoute",
                "lines", "offeredForTime", "paymentForTime", "declined", "donated", "overCaps", "reimbursedExpenses",
                "expensesOverCaps", "heldExpenses", "sources", "notices"};
            List<String> missing = new ArrayList<>(0);
            for (int i = 0; i < required.length; i++) {
                if (required[i] == null) {
                    missing.add(names[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw new MissingValueException(missing.toArray(new String[0]));
            }
            return new PaymentStatement(this);
        }
    }

    private static <T> T present(T value, String name) {
        if (value == null) {
            throw new MissingValueException(name);
        }
        return value;
    }
}
