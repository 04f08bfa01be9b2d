package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One line of a {@link PaymentStatement}: the payment for time at one attendance, or one expense claim,
 * with the rule applied, the time before and after rounding, the rate, the amounts and a plain-English
 * explanation the participant can read, such as "Workshop on 4 March 2026, 2 h 10 min rounded up to 2 h
 * 30 min at £27.50 an hour = £68.75."
 *
 * <p>The amounts always add up: {@code offered = overCap + declined + amount}, except on a held line, where
 * nothing is paid yet and {@link #offered()} is the amount waiting.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableStatementLine.class)
@JsonDeserialize(as = ImmutableStatementLine.class)
public abstract class StatementLine {

    /**
     * Payment for time or an expense.
     *
     * @return the kind, not null
     */
    public abstract LineKind kind();

    /**
     * What happens to the amount.
     *
     * @return the status, not null
     */
    public abstract LineStatus status();

    /**
     * The day of the activity.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * The activity's identifier.
     *
     * @return the identifier, not blank
     */
    public abstract String activityId();

    /**
     * The activity type identifier, such as {@code workshop}.
     *
     * @return the type, not blank
     */
    public abstract String activityType();

    /**
     * The rule applied: the rate rule's identifier for time, the expense category for an expense; empty
     * when no rule of the policy applies (the line is then held).
     *
     * @return the rule, not null
     */
    public abstract Optional<String> rule();

    /**
     * The version of the rate schedule used.
     *
     * @return the version, not blank
     */
    public abstract String scheduleVersion();

    /**
     * Minutes attended (time lines), as recorded.
     *
     * @return the minutes, zero or more
     */
    @Value.Default
    public int attendedMinutes() {
        return 0;
    }

    /**
     * Preparation minutes recorded (time lines), whether or not the policy pays them.
     *
     * @return the minutes, zero or more
     */
    @Value.Default
    public int preparationMinutes() {
        return 0;
    }

    /**
     * The paid time before rounding: attended plus the preparation and travel the policy counts (time
     * lines priced by time).
     *
     * @return the minutes, or empty
     */
    public abstract Optional<Integer> minutesBeforeRounding();

    /**
     * The paid time after rounding, or the time-equivalent the activity counts as.
     *
     * @return the minutes, or empty
     */
    public abstract Optional<Integer> minutesAfterRounding();

    /**
     * The rate applied: an hourly rate, a band's fee or a flat fee.
     *
     * @return the rate, or empty for expenses and unpaid time
     */
    public abstract Optional<Money> rate();

    /**
     * What the rule gives, rounded to the penny (for an expense, the amount claimed).
     *
     * @return the amount, not negative
     */
    public abstract Money offered();

    /**
     * The part of {@link #offered()} over a cap and not paid.
     *
     * @return the amount, not negative
     */
    public abstract Money overCap();

    /**
     * The part of {@link #offered()} the person declined.
     *
     * @return the amount, not negative
     */
    public abstract Money declined();

    /**
     * The amount paid: to the person on a payable line, to the charity on a donated line, zero otherwise.
     *
     * @return the amount, not negative
     */
    public abstract Money amount();

    /**
     * Why a line is held or not paid.
     *
     * @return the reason, or empty
     */
    public abstract Optional<String> reason();

    /**
     * How the line was worked out, in plain English; written in JSON as {@code explanation}.
     *
     * @return the explanation, not null
     */
    @JsonProperty("explanation")
    abstract Explanation explained();

    /**
     * How the line was worked out, in plain English.
     *
     * @return the explanation, not blank
     */
    public String explanation() {
        return explained().text();
    }

    /**
     * A builder for a line.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a line; {@link #explanation(String)} gives its plain-English explanation. */
    public static final class Builder extends ImmutableStatementLine.Builder {

        /** A new, empty builder; {@link StatementLine#builder()} is the usual way to get one. */
        public Builder() {
        }

        /**
         * How the line was worked out, in plain English.
         *
         * @param explanation  the text, not blank
         * @return this builder, not null
         */
        public Builder explanation(String explanation) {
            explained(Explanation.of(explanation));
            return this;
        }
    }

    /**
     * Whether this line counts as the person's earnings: payment for time that is paid to them (money or
     * vouchers). Declined, donated and held amounts and expenses do not.
     *
     * @return true for a payable time line
     */
    @JsonIgnore
    public boolean isEarnings() {
        return kind() == LineKind.TIME && status() == LineStatus.PAYABLE;
    }

    @Value.Check
    void check() {
        if (isWellFormed()) {
            return;
        }
        Violations problems = Violations.of("StatementLine").notBlank(activityId(), "activityId")
                .notBlank(activityType(), "activityType").notBlank(scheduleVersion(), "scheduleVersion")
                .check(!explained().isBlank(), "explanation", "must not be blank", explained());
        String currency = offered().currencyCode();
        for (Money m : new Money[] {overCap(), declined(), amount()}) {
            problems.check(m.currencyCode().equals(currency), "amount", "must all be in one currency", m);
        }
        problems.check(!offered().isNegative() && !overCap().isNegative() && !declined().isNegative()
                && !amount().isNegative(), "amount", "must not be negative", this);
        if (!problems.any()) {
            if (status() == LineStatus.HELD) {
                problems.check(amount().isZero(), "amount", "must be zero on a held line", amount());
                problems.check(reason().isPresent(), "reason", "is required on a held line");
            } else if (!offered().equals(overCap().plus(declined()).plus(amount()))) {
                problems.check(false, "offered", "must equal overCap + declined + amount (" + overCap() + " + "
                        + declined() + " + " + amount() + ")", offered());
            }
        }
        problems.throwIfAny();
    }

    /** The common case checked quickly; any doubt goes to the full check, which names every problem. */
    private boolean isWellFormed() {
        String currency = offered().currencyCode();
        if (!overCap().currencyCode().equals(currency) || !declined().currencyCode().equals(currency)
                || !amount().currencyCode().equals(currency) || offered().isNegative() || overCap().isNegative()
                || declined().isNegative() || amount().isNegative() || activityId().isBlank()
                || activityType().isBlank() || scheduleVersion().isBlank() || explained().isBlank()) {
            return false;
        }
        if (status() == LineStatus.HELD) {
            return amount().isZero() && reason().isPresent();
        }
        BigDecimal parts = amount().amount();
        if (!overCap().isZero()) {
            parts = parts.add(overCap().amount());
        }
        if (!declined().isZero()) {
            parts = parts.add(declined().amount());
        }
        return offered().amount().compareTo(parts) == 0;
    }

    @Override
    public String toString() {
        return date() + " " + kind().id() + " " + status().id() + " " + amount() + ": " + explanation();
    }
}
