package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.money.Money;
import org.coproduction.core.validation.MissingValueException;
import org.coproduction.core.validation.Violations;

/**
 * One line of a {@link PaymentStatement}: the payment for time at one attendance, or one expense claim,
 * with the rule applied, the time before and after rounding, the rate, the amounts and a plain-English
 * explanation the participant can read, such as "Workshop on 4 March 2026, 2 h 10 min rounded up to 2 h
 * 30 min at £27.50 an hour = £68.75."
 *
 * <p>The amounts always add up: {@code offered = overCap + declined + amount}, except on a held line, where
 * nothing is paid yet and {@link #offered()} is the amount waiting.
 *
 * <p>This class is immutable and thread-safe, and every line is checked in full however it was made (by the
 * engine, by {@link #builder()} or from JSON). The explanation of a line the engine made is written when first
 * read (most of a year's lines never are), always to the same text. Two lines are equal when all their
 * attributes are equal, amounts compared as {@link Money} is and explanations by their text.
 */
@Stable
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder({"kind", "status", "date", "activityId", "activityType", "rule", "scheduleVersion",
    "attendedMinutes", "preparationMinutes", "minutesBeforeRounding", "minutesAfterRounding", "rate", "offered",
    "overCap", "declined", "amount", "reason", "explanation"})
public final class StatementLine {

    private final LineKind kind;
    private final LineStatus status;
    private final LocalDate date;
    private final String activityId;
    private final String activityType;
    private final String rule;
    private final String scheduleVersion;
    private final int attendedMinutes;
    private final int preparationMinutes;
    private final Integer minutesBeforeRounding;
    private final Integer minutesAfterRounding;
    private final Money rate;
    private final Money offered;
    private final Money overCap;
    private final Money declined;
    private final Money amount;
    private final String reason;
    @JsonProperty("explanation")
    private final Explanation explained;

    private StatementLine(Builder b) {
        this.kind = b.kind;
        this.status = b.status;
        this.date = b.date;
        this.activityId = b.activityId;
        this.activityType = b.activityType;
        this.rule = b.rule;
        this.scheduleVersion = b.scheduleVersion;
        this.attendedMinutes = b.attendedMinutes;
        this.preparationMinutes = b.preparationMinutes;
        this.minutesBeforeRounding = b.minutesBeforeRounding;
        this.minutesAfterRounding = b.minutesAfterRounding;
        this.rate = b.rate;
        this.offered = b.offered;
        this.overCap = b.overCap;
        this.declined = b.declined;
        this.amount = b.amount;
        this.reason = b.reason;
        this.explained = b.explained;
        check();
    }

    /** Payment for time or an expense, not null. */
    public LineKind kind() { return kind; }

    /** What happens to the amount, not null. */
    public LineStatus status() { return status; }

    /** The day of the activity, not null. */
    public LocalDate date() { return date; }

    /** The activity's identifier, not blank. */
    public String activityId() { return activityId; }

    /** The activity type identifier, such as {@code workshop}, not blank. */
    public String activityType() { return activityType; }

    /**
     * The rule applied: the rate rule's identifier for time, the expense category for an expense; empty when no rule of
     * the policy applies (the line is then held), not null.
     */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /** The version of the rate schedule used, not blank. */
    public String scheduleVersion() { return scheduleVersion; }

    /** Minutes attended (time lines), as recorded, zero or more. */
    public int attendedMinutes() { return attendedMinutes; }

    /** Preparation minutes recorded (time lines), whether or not the policy pays them, zero or more. */
    public int preparationMinutes() { return preparationMinutes; }

    /**
     * The paid time before rounding: attended plus the preparation and travel the policy counts (time lines priced by
     * time), or empty.
     */
    public Optional<Integer> minutesBeforeRounding() {
        return Optional.ofNullable(minutesBeforeRounding);
    }

    /** The paid time after rounding, or the time-equivalent the activity counts as, or empty. */
    public Optional<Integer> minutesAfterRounding() {
        return Optional.ofNullable(minutesAfterRounding);
    }

    /** The rate applied: an hourly rate, a band's fee or a flat fee, or empty for expenses and unpaid time. */
    public Optional<Money> rate() {
        return Optional.ofNullable(rate);
    }

    /**
     * What the rule gives, rounded to the penny (for an expense, the amount claimed, or the miles at the policy's rate
     * per mile), not negative.
     */
    public Money offered() { return offered; }

    /** The part of {@link #offered()} over a cap and not paid, not negative. */
    public Money overCap() { return overCap; }

    /** The part of {@link #offered()} the person declined, not negative. */
    public Money declined() { return declined; }

    /**
     * The amount paid: to the person on a payable line, to the charity on a donated line, zero otherwise, not negative.
     */
    public Money amount() { return amount; }

    /** Why a line is held or not paid, or empty. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** How the line was worked out, in plain English, not blank. */
    public String explanation() {
        return explained.text();
    }

    /**
     * Whether this line counts as the person's earnings: payment for time that is paid to them (money or vouchers).
     * Declined, donated and held amounts and expenses do not. Returns true for a payable time line.
     */
    public boolean isEarnings() {
        return kind == LineKind.TIME && status == LineStatus.PAYABLE;
    }


    /** A builder for a line. Returns a new builder, not null. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a line, checking it in full: every required field set, amounts in one currency, not negative, adding up,
     * and a held line with a reason and nothing paid. Each setter sets the attribute of the same name and returns this
     * builder; a setter given null throws {@link MissingValueException} naming it.
     */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, setterVisibility = JsonAutoDetect.Visibility.NONE,
            creatorVisibility = JsonAutoDetect.Visibility.NONE)
    public static final class Builder {

        private LineKind kind;
        private LineStatus status;
        private LocalDate date;
        private String activityId;
        private String activityType;
        private String rule;
        private String scheduleVersion;
        private int attendedMinutes;
        private int preparationMinutes;
        private Integer minutesBeforeRounding;
        private Integer minutesAfterRounding;
        private Money rate;
        private Money offered;
        private Money overCap;
        private Money declined;
        private Money amount;
        private String reason;
        @JsonProperty("explanation")
        private Explanation explained;


        /** Copies every attribute of a line, to change some of them. */
        public Builder from(StatementLine line) {
            kind = line.kind;
            status = line.status;
            date = line.date;
            activityId = line.activityId;
            activityType = line.activityType;
            rule = line.rule;
            scheduleVersion = line.scheduleVersion;
            attendedMinutes = line.attendedMinutes;
            preparationMinutes = line.preparationMinutes;
            minutesBeforeRounding = line.minutesBeforeRounding;
            minutesAfterRounding = line.minutesAfterRounding;
            rate = line.rate;
            offered = line.offered;
            overCap = line.overCap;
            declined = line.declined;
            amount = line.amount;
            reason = line.reason;
            explained = line.explained;
            return this;
        }

        /** Payment for time or an expense. */
        public Builder kind(LineKind kind) {
            this.kind = present(kind, "kind");
            return this;
        }

        /** What happens to the amount. */
        public Builder status(LineStatus status) {
            this.status = present(status, "status");
            return this;
        }

        /** The day of the activity. */
        public Builder date(LocalDate date) {
            this.date = present(date, "date");
            return this;
        }

        /** The activity's identifier. */
        public Builder activityId(String activityId) {
            this.activityId = present(activityId, "activityId");
            return this;
        }

        /** The activity type identifier. */
        public Builder activityType(String activityType) {
            this.activityType = present(activityType, "activityType");
            return this;
        }

        /** The rule applied. */
        public Builder rule(String rule) {
            this.rule = present(rule, "rule");
            return this;
        }

        /** The version of the rate schedule used. */
        public Builder scheduleVersion(String scheduleVersion) {
            this.scheduleVersion = present(scheduleVersion, "scheduleVersion");
            return this;
        }


        /** Minutes attended; 0 when not set. */
        public Builder attendedMinutes(int attendedMinutes) {
            this.attendedMinutes = attendedMinutes;
            return this;
        }

        /** Preparation minutes recorded; 0 when not set. */
        public Builder preparationMinutes(int preparationMinutes) {
            this.preparationMinutes = preparationMinutes;
            return this;
        }

        /** The paid time before rounding. */
        public Builder minutesBeforeRounding(int minutesBeforeRounding) {
            this.minutesBeforeRounding = minutesBeforeRounding;
            return this;
        }


        /** The paid time after rounding, or the time-equivalent. */
        public Builder minutesAfterRounding(int minutesAfterRounding) {
            this.minutesAfterRounding = minutesAfterRounding;
            return this;
        }


        /** The rate applied. */
        public Builder rate(Money rate) {
            this.rate = present(rate, "rate");
            return this;
        }


        /** What the rule gives. */
        public Builder offered(Money offered) {
            this.offered = present(offered, "offered");
            return this;
        }

        /** The part over a cap. */
        public Builder overCap(Money overCap) {
            this.overCap = present(overCap, "overCap");
            return this;
        }

        /** The part declined. */
        public Builder declined(Money declined) {
            this.declined = present(declined, "declined");
            return this;
        }

        /** The amount paid. */
        public Builder amount(Money amount) {
            this.amount = present(amount, "amount");
            return this;
        }

        /** Why the line is held or not paid. */
        public Builder reason(String reason) {
            this.reason = present(reason, "reason");
            return this;
        }


        /** How the line was worked out, in plain English. */
        public Builder explanation(String explanation) {
            this.explained = Explanation.of(explanation);
            return this;
        }

        /** The explanation, given as text or to be written from the engine's facts when first read. */
        Builder explained(Explanation explained) {
            this.explained = present(explained, "explanation");
            return this;
        }

        /**
         * The line, checked in full.
         *
         * @return the line, not null
         * @throws MissingValueException naming every required field not set
         * @throws org.coproduction.core.validation.ValidationException naming every rule the line breaks
         */
        public StatementLine build() {
            List<String> missing = new ArrayList<>(0);
            Object[] required = {kind, status, date, activityId, activityType, scheduleVersion, offered, overCap,
                declined, amount, explained};
            String[] names = {"kind", "status", "date", "activityId", "activityType", "scheduleVersion", "offered",
                "overCap", "declined", "amount", "explanation"};
            for (int i = 0; i < required.length; i++) {
                if (required[i] == null) {
                    missing.add(names[i]);
                }
            }
            if (!missing.isEmpty()) {
                throw new MissingValueException(missing.toArray(new String[0]));
            }
            return new StatementLine(this);
        }
    }

    private static <T> T present(T value, String name) {
        if (value == null) {
            throw new MissingValueException(name);
        }
        return value;
    }

    private void check() {
        String code = offered.currencyCode();
        boolean oneCurrency = overCap.currencyCode().equals(code) && declined.currencyCode().equals(code)
                && amount.currencyCode().equals(code);
        boolean negative = offered.isNegative() || overCap.isNegative() || declined.isNegative() || amount.isNegative();
        boolean held = status == LineStatus.HELD;
        if (oneCurrency && !negative && (held ? amount.isZero() && reason != null : addsUp()) && !activityId.isBlank()
                && !activityType.isBlank() && !scheduleVersion.isBlank() && !explained.isBlank()) {
            return;  // the usual case; otherwise every problem is named
        }
        Violations problems = Violations.of("StatementLine").notBlank(activityId, "activityId")
                .notBlank(activityType, "activityType").notBlank(scheduleVersion, "scheduleVersion")
                .check(!explained.isBlank(), "explanation", "must not be blank", explained)
                .check(oneCurrency, "amount", "must all be in one currency", this)
                .check(!negative, "amount", "must not be negative", this);
        if (oneCurrency && held) {
            problems.check(amount.isZero(), "amount", "must be zero on a held line", amount);
            problems.check(reason != null, "reason", "is required on a held line");
        } else if (oneCurrency && !addsUp()) {
            problems.check(false, "offered", "must equal overCap + declined + amount (" + overCap + " + "
                    + declined + " + " + amount + ")", offered);
        }
        problems.throwIfAny();
    }

    /** Whether offered = overCap + declined + amount; with nothing over a cap or declined, without adding. */
    private boolean addsUp() {
        return overCap.isZero() && declined.isZero() ? offered.equals(amount)
                : offered.equals(overCap.plus(declined).plus(amount));
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof StatementLine)) {
            return false;
        }
        StatementLine o = (StatementLine) other;
        return kind == o.kind && status == o.status && date.equals(o.date) && activityId.equals(o.activityId)
                && activityType.equals(o.activityType) && Objects.equals(rule, o.rule)
                && scheduleVersion.equals(o.scheduleVersion) && attendedMinutes == o.attendedMinutes
                && preparationMinutes == o.preparationMinutes
                && Objects.equals(minutesBeforeRounding, o.minutesBeforeRounding)
                && Objects.equals(minutesAfterRounding, o.minutesAfterRounding) && Objects.equals(rate, o.rate)
                && offered.equals(o.offered) && overCap.equals(o.overCap) && declined.equals(o.declined)
                && amount.equals(o.amount) && Objects.equals(reason, o.reason) && explained.equals(o.explained);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, status, date, activityId, activityType, rule, scheduleVersion, attendedMinutes,
                preparationMinutes, minutesBeforeRounding, minutesAfterRounding, rate, offered, overCap, declined,
                amount, reason, explained);
    }

    @Override
    public String toString() {
        return date + " " + kind.id() + " " + status.id() + " " + amount + ": " + explanation();
    }
}
