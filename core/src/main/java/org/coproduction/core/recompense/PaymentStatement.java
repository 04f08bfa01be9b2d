package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.function.Predicate;
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
 * rates are not confirmed. The lines are in date order, then activity, time before expenses, so the same
 * records in any order give the same statement.
 *
 * <p>This class is immutable and thread-safe. A statement built with {@link #builder()} or read from JSON
 * is checked in full: the totals must equal the sums of the lines. Two statements are equal when all their
 * attributes are equal, however they were made.
 *
 * <p>A council's year holds hundreds of thousands of lines. A statement the engine makes keeps most of its
 * time lines as numbers and makes each {@link StatementLine} when {@link #lines()} is read, equal every time;
 * statements made together by {@link Recompense#statements} share that store of numbers, so keeping one of
 * them keeps the store of all of them. Copy a statement through the builder to keep it on its own.
 */
@Stable
@JsonPropertyOrder({"participantId", "from", "to", "policyId", "currency", "preference", "paymentRoute", "lines",
    "offeredForTime", "paymentForTime", "declined", "donated", "overCaps", "reimbursedExpenses", "heldExpenses",
    "sources", "notices"})
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
    private final Money heldExpenses;
    private final List<Citation> sources;
    private final List<String> notices;

    /**
     * A statement as the statement engine makes it: its totals are the sums of its lines by construction, and
     * its lines and lists are already unmodifiable, so it is not checked again.
     */
    PaymentStatement(String participantId, LocalDate from, LocalDate to, String policyId, Currency currency,
            RecompensePreference preference, PaymentRoute paymentRoute, List<StatementLine> lines, Money[] totals,
            List<Citation> sources, List<String> notices) {
        this.participantId = participantId;
        this.from = from;
        this.to = to;
        this.policyId = policyId;
        this.currency = currency;
        this.preference = preference;
        this.paymentRoute = paymentRoute;
        this.lines = lines;
        this.offeredForTime = totals[0];
        this.paymentForTime = totals[1];
        this.declined = totals[2];
        this.donated = totals[3];
        this.overCaps = totals[4];
        this.reimbursedExpenses = totals[5];
        this.heldExpenses = totals[6];
        this.sources = sources;
        this.notices = notices;
    }

    private PaymentStatement(Builder b) {
        this.participantId = b.participantId;
        this.from = b.from;
        this.to = b.to;
        this.policyId = b.policyId;
        this.currency = b.currency;
        this.preference = b.preference;
        this.paymentRoute = b.paymentRoute;
        this.lines = Collections.unmodifiableList(new ArrayList<>(b.lines));
        this.offeredForTime = b.offeredForTime;
        this.paymentForTime = b.paymentForTime;
        this.declined = b.declined;
        this.donated = b.donated;
        this.overCaps = b.overCaps;
        this.reimbursedExpenses = b.reimbursedExpenses;
        this.heldExpenses = b.heldExpenses;
        this.sources = Collections.unmodifiableList(new ArrayList<>(b.sources));
        this.notices = Collections.unmodifiableList(new ArrayList<>(b.notices));
        check();
    }

    /**
     * The participant's pseudonymous identifier.
     *
     * @return the identifier, not blank
     */
    @JsonProperty("participantId")
    public String participantId() {
        return participantId;
    }

    /**
     * The first day of the period.
     *
     * @return the date, not null
     */
    @JsonProperty("from")
    public LocalDate from() {
        return from;
    }

    /**
     * The last day of the period, inclusive.
     *
     * @return the date, not null
     */
    @JsonProperty("to")
    public LocalDate to() {
        return to;
    }

    /**
     * The identifier of the policy applied.
     *
     * @return the identifier, not blank
     */
    @JsonProperty("policyId")
    public String policyId() {
        return policyId;
    }

    /**
     * The currency of every amount.
     *
     * @return the currency, not null
     */
    @JsonProperty("currency")
    public Currency currency() {
        return currency;
    }

    /**
     * How the person chose to be recompensed: money, vouchers, part-payment, declined or donated.
     *
     * @return the preference, not null
     */
    @JsonProperty("preference")
    public RecompensePreference preference() {
        return preference;
    }

    /**
     * How money for time is paid: bank transfer or payroll.
     *
     * @return the route, not null
     */
    @JsonProperty("paymentRoute")
    public PaymentRoute paymentRoute() {
        return paymentRoute;
    }

    /**
     * The lines, in date order.
     *
     * @return the lines, not null
     */
    @JsonProperty("lines")
    public List<StatementLine> lines() {
        return lines;
    }

    /**
     * What the policy offered for time, before caps and the person's choice.
     *
     * @return the total, not null
     */
    @JsonProperty("offeredForTime")
    public Money offeredForTime() {
        return offeredForTime;
    }

    /**
     * Payment for time paid to the person, in money or vouchers: counts as earnings for tax and benefits.
     *
     * @return the total, not null
     */
    @JsonProperty("paymentForTime")
    public Money paymentForTime() {
        return paymentForTime;
    }

    /**
     * Payment for time the person declined (in full or in part).
     *
     * @return the total, not null
     */
    @JsonProperty("declined")
    public Money declined() {
        return declined;
    }

    /**
     * Payment for time paid to a charity at the person's request.
     *
     * @return the total, not null
     */
    @JsonProperty("donated")
    public Money donated() {
        return donated;
    }

    /**
     * Payment for time over a cap and not paid.
     *
     * @return the total, not null
     */
    @JsonProperty("overCaps")
    public Money overCaps() {
        return overCaps;
    }

    /**
     * Expenses repaid: not earnings.
     *
     * @return the total, not null
     */
    @JsonProperty("reimbursedExpenses")
    public Money reimbursedExpenses() {
        return reimbursedExpenses;
    }

    /**
     * Expenses held for approval, a receipt or a missing rule: not yet paid, not lost.
     *
     * @return the total, not null
     */
    @JsonProperty("heldExpenses")
    public Money heldExpenses() {
        return heldExpenses;
    }

    /**
     * The sources of the rate schedules used, with how far each has been checked.
     *
     * @return the citations, not null
     */
    @JsonProperty("sources")
    public List<Citation> sources() {
        return sources;
    }

    /**
     * Notices for the reader, such as that a preset's rates are not confirmed or that payment for time
     * counts as earnings.
     *
     * @return the notices, not null
     */
    @JsonProperty("notices")
    public List<String> notices() {
        return notices;
    }

    /**
     * A builder for a statement; statements are normally built by {@link Recompense#statement}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
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

    private void check() {
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
                && heldExpenses.equals(o.heldExpenses) && sources.equals(o.sources) && notices.equals(o.notices)
                && lines.equals(o.lines);
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + participantId.hashCode();
        h += (h << 5) + from.hashCode();
        h += (h << 5) + to.hashCode();
        h += (h << 5) + policyId.hashCode();
        h += (h << 5) + currency.getCurrencyCode().hashCode();
        h += (h << 5) + preference.hashCode();
        h += (h << 5) + paymentRoute.hashCode();
        h += (h << 5) + lines.hashCode();
        for (Money total : new Money[] {offeredForTime, paymentForTime, declined, donated, overCaps,
            reimbursedExpenses, heldExpenses}) {
            h += (h << 5) + total.hashCode();
        }
        h += (h << 5) + sources.hashCode();
        h += (h << 5) + notices.hashCode();
        return h;
    }

    @Override
    public String toString() {
        return "PaymentStatement " + participantId() + " " + from() + " to " + to() + ": " + lines().size()
                + " lines, time " + paymentForTime() + ", expenses " + reimbursedExpenses()
                + (heldExpenses().isZero() ? "" : ", held " + heldExpenses());
    }

    /**
     * Reads a statement from JSON through the builder, so a statement read is checked like one built. Absent
     * fields are left unset, so that the builder names every missing required field; absent lists are empty.
     */
    @JsonCreator
    static PaymentStatement fromJson(@JsonProperty("participantId") String participantId,
            @JsonProperty("from") LocalDate from, @JsonProperty("to") LocalDate to,
            @JsonProperty("policyId") String policyId, @JsonProperty("currency") Currency currency,
            @JsonProperty("preference") RecompensePreference preference,
            @JsonProperty("paymentRoute") PaymentRoute paymentRoute, @JsonProperty("lines") List<StatementLine> lines,
            @JsonProperty("offeredForTime") Money offeredForTime, @JsonProperty("paymentForTime") Money paymentForTime,
            @JsonProperty("declined") Money declined, @JsonProperty("donated") Money donated,
            @JsonProperty("overCaps") Money overCaps, @JsonProperty("reimbursedExpenses") Money reimbursedExpenses,
            @JsonProperty("heldExpenses") Money heldExpenses, @JsonProperty("sources") List<Citation> sources,
            @JsonProperty("notices") List<String> notices) {
        Builder b = new Builder();
        b.participantId = participantId;
        b.from = from;
        b.to = to;
        b.policyId = policyId;
        b.currency = currency;
        b.preference = preference;
        b.paymentRoute = paymentRoute;
        b.offeredForTime = offeredForTime;
        b.paymentForTime = paymentForTime;
        b.declined = declined;
        b.donated = donated;
        b.overCaps = overCaps;
        b.reimbursedExpenses = reimbursedExpenses;
        b.heldExpenses = heldExpenses;
        if (lines != null) {
            b.addAllLines(lines);
        }
        if (sources != null) {
            b.addAllSources(sources);
        }
        if (notices != null) {
            b.addAllNotices(notices);
        }
        return b.build();
    }

    /**
     * Builds a statement, checking it in full: every required field set, the period in order, every line in
     * the period and every total equal to the sum of the lines.
     */
    public static final class Builder {

        private String participantId;
        private LocalDate from;
        private LocalDate to;
        private String policyId;
        private Currency currency;
        private RecompensePreference preference;
        private PaymentRoute paymentRoute;
        private final List<StatementLine> lines = new ArrayList<>();
        private Money offeredForTime;
        private Money paymentForTime;
        private Money declined;
        private Money donated;
        private Money overCaps;
        private Money reimbursedExpenses;
        private Money heldExpenses;
        private final List<Citation> sources = new ArrayList<>();
        private final List<String> notices = new ArrayList<>();

        /** A new, empty builder; {@link PaymentStatement#builder()} is the usual way to get one. */
        public Builder() {
        }

        /**
         * Copies every attribute of a statement, to change some of them.
         *
         * @param statement  the statement, not null
         * @return this builder, not null
         */
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
            heldExpenses = statement.heldExpenses;
            return lines(statement.lines).sources(statement.sources).notices(statement.notices);
        }

        /**
         * The participant's pseudonymous identifier.
         *
         * @param participantId  the identifier, not blank
         * @return this builder, not null
         */
        public Builder participantId(String participantId) {
            this.participantId = present(participantId, "participantId");
            return this;
        }

        /**
         * The first day of the period.
         *
         * @param from  the date, not null
         * @return this builder, not null
         */
        public Builder from(LocalDate from) {
            this.from = present(from, "from");
            return this;
        }

        /**
         * The last day of the period, inclusive.
         *
         * @param to  the date, not null
         * @return this builder, not null
         */
        public Builder to(LocalDate to) {
            this.to = present(to, "to");
            return this;
        }

        /**
         * The identifier of the policy applied.
         *
         * @param policyId  the identifier, not blank
         * @return this builder, not null
         */
        public Builder policyId(String policyId) {
            this.policyId = present(policyId, "policyId");
            return this;
        }

        /**
         * The currency of every amount.
         *
         * @param currency  the currency, not null
         * @return this builder, not null
         */
        public Builder currency(Currency currency) {
            this.currency = present(currency, "currency");
            return this;
        }

        /**
         * How the person chose to be recompensed.
         *
         * @param preference  the preference, not null
         * @return this builder, not null
         */
        public Builder preference(RecompensePreference preference) {
            this.preference = present(preference, "preference");
            return this;
        }

        /**
         * How money for time is paid.
         *
         * @param paymentRoute  the route, not null
         * @return this builder, not null
         */
        public Builder paymentRoute(PaymentRoute paymentRoute) {
            this.paymentRoute = present(paymentRoute, "paymentRoute");
            return this;
        }

        /**
         * The lines, in date order, replacing any given before.
         *
         * @param lines  the lines, not null
         * @return this builder, not null
         */
        public Builder lines(Iterable<? extends StatementLine> lines) {
            this.lines.clear();
            return addAllLines(lines);
        }

        /**
         * Adds lines after those given before.
         *
         * @param lines  the lines, not null
         * @return this builder, not null
         */
        public Builder addLines(StatementLine... lines) {
            return addAllLines(Arrays.asList(lines));
        }

        /**
         * Adds lines after those given before.
         *
         * @param lines  the lines, not null
         * @return this builder, not null
         */
        public Builder addAllLines(Iterable<? extends StatementLine> lines) {
            for (StatementLine line : present(lines, "lines")) {
                this.lines.add(present(line, "lines"));
            }
            return this;
        }

        /**
         * What the policy offered for time, before caps and the person's choice.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder offeredForTime(Money total) {
            this.offeredForTime = present(total, "offeredForTime");
            return this;
        }

        /**
         * Payment for time paid to the person.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder paymentForTime(Money total) {
            this.paymentForTime = present(total, "paymentForTime");
            return this;
        }

        /**
         * Payment for time the person declined.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder declined(Money total) {
            this.declined = present(total, "declined");
            return this;
        }

        /**
         * Payment for time paid to a charity at the person's request.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder donated(Money total) {
            this.donated = present(total, "donated");
            return this;
        }

        /**
         * Payment for time over a cap and not paid.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder overCaps(Money total) {
            this.overCaps = present(total, "overCaps");
            return this;
        }

        /**
         * Expenses repaid.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder reimbursedExpenses(Money total) {
            this.reimbursedExpenses = present(total, "reimbursedExpenses");
            return this;
        }

        /**
         * Expenses held.
         *
         * @param total  the total, not null
         * @return this builder, not null
         */
        public Builder heldExpenses(Money total) {
            this.heldExpenses = present(total, "heldExpenses");
            return this;
        }

        /**
         * The sources of the rate schedules used, replacing any given before.
         *
         * @param sources  the citations, not null
         * @return this builder, not null
         */
        public Builder sources(Iterable<? extends Citation> sources) {
            this.sources.clear();
            return addAllSources(sources);
        }

        /**
         * Adds sources after those given before.
         *
         * @param sources  the citations, not null
         * @return this builder, not null
         */
        public Builder addSources(Citation... sources) {
            return addAllSources(Arrays.asList(sources));
        }

        /**
         * Adds sources after those given before.
         *
         * @param sources  the citations, not null
         * @return this builder, not null
         */
        public Builder addAllSources(Iterable<? extends Citation> sources) {
            for (Citation source : present(sources, "sources")) {
                this.sources.add(present(source, "sources"));
            }
            return this;
        }

        /**
         * Notices for the reader, replacing any given before.
         *
         * @param notices  the notices, not null
         * @return this builder, not null
         */
        public Builder notices(Iterable<String> notices) {
            this.notices.clear();
            return addAllNotices(notices);
        }

        /**
         * Adds notices after those given before.
         *
         * @param notices  the notices, not null
         * @return this builder, not null
         */
        public Builder addNotices(String... notices) {
            return addAllNotices(Arrays.asList(notices));
        }

        /**
         * Adds notices after those given before.
         *
         * @param notices  the notices, not null
         * @return this builder, not null
         */
        public Builder addAllNotices(Iterable<String> notices) {
            for (String notice : present(notices, "notices")) {
                this.notices.add(present(notice, "notices"));
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
            Object[] required = {participantId, from, to, policyId, currency, preference, paymentRoute,
                offeredForTime, paymentForTime, declined, donated, overCaps, reimbursedExpenses, heldExpenses};
            String[] names = {"participantId", "from", "to", "policyId", "currency", "preference", "paymentRoute",
                "offeredForTime", "paymentForTime", "declined", "donated", "overCaps", "reimbursedExpenses",
                "heldExpenses"};
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
