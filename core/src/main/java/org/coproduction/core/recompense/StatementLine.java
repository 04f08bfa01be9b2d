package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
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
 * <p>This class is immutable and thread-safe. A council's year holds hundreds of thousands of lines, so a
 * line keeps its amounts as whole minor units (pence) when they have the currency's scale, and makes each
 * {@link Money} when it is read; amounts with another scale, such as a claim of {@code 4.6}, are kept as
 * given. Two lines are equal when all their attributes are equal, amounts compared as {@link Money} is.
 */
@Stable
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
    private final Currency currency;
    /** The amounts in minor units, when {@link #given} is null. */
    private final long offered;
    private final long overCap;
    private final long declined;
    private final long amount;
    /** Offered, overCap, declined and amount as given, when one of them is not in the currency's minor units. */
    private final Money[] given;
    private final String reason;
    /** The explanation, or null when {@link #shared} writes it from {@link #record}. */
    private final Explanation explained;
    /**
     * What the explanations of many engine-made lines share (rule, activity type, preference), or null. A year
     * holds hundreds of thousands of lines, so these lines keep no explanation object of their own: it is made
     * from the shared part, the line and its attendance record each time it is read, always to the same text.
     */
    private final Explanation.Shared shared;
    /** The attendance record the shared part writes this line's explanation from, or null. */
    private final Object record;

    /**
     * A line with its amounts in minor units of the currency, as the statement engine makes it. The sums and
     * signs are still checked, on whole numbers, and anything in doubt gets the full check.
     */
    StatementLine(LineKind kind, LineStatus status, LocalDate date, String activityId, String activityType,
            String rule, String scheduleVersion, int attendedMinutes, int preparationMinutes,
            Integer minutesBeforeRounding, Integer minutesAfterRounding, Money rate, Currency currency, long offered,
            long overCap, long declined, long amount, String reason, Explanation explained) {
        this(kind, status, date, activityId, activityType, rule, scheduleVersion, attendedMinutes, preparationMinutes,
                minutesBeforeRounding, minutesAfterRounding, rate, currency, offered, overCap, declined, amount, reason,
                explained, null, null);
    }

    /**
     * A line as above whose explanation is written, when read, by what many lines share from the line and the
     * attendance record it was priced from.
     */
    StatementLine(LineKind kind, LineStatus status, LocalDate date, String activityId, String activityType,
            String rule, String scheduleVersion, int attendedMinutes, int preparationMinutes,
            Integer minutesBeforeRounding, Integer minutesAfterRounding, Money rate, Currency currency, long offered,
            long overCap, long declined, long amount, String reason, Explanation.Shared shared, Object record) {
        this(kind, status, date, activityId, activityType, rule, scheduleVersion, attendedMinutes, preparationMinutes,
                minutesBeforeRounding, minutesAfterRounding, rate, currency, offered, overCap, declined, amount, reason,
                null, shared, record);
    }

    private StatementLine(LineKind kind, LineStatus status, LocalDate date, String activityId, String activityType,
            String rule, String scheduleVersion, int attendedMinutes, int preparationMinutes,
            Integer minutesBeforeRounding, Integer minutesAfterRounding, Money rate, Currency currency, long offered,
            long overCap, long declined, long amount, String reason, Explanation explained, Explanation.Shared shared,
            Object record) {
        this.kind = kind;
        this.status = status;
        this.date = date;
        this.activityId = activityId;
        this.activityType = activityType;
        this.rule = rule;
        this.scheduleVersion = scheduleVersion;
        this.attendedMinutes = attendedMinutes;
        this.preparationMinutes = preparationMinutes;
        this.minutesBeforeRounding = minutesBeforeRounding;
        this.minutesAfterRounding = minutesAfterRounding;
        this.rate = rate;
        this.currency = currency;
        this.offered = offered;
        this.overCap = overCap;
        this.declined = declined;
        this.amount = amount;
        this.given = null;
        this.reason = reason;
        this.explained = explained;
        this.shared = shared;
        this.record = record;
        if (!isWellFormed()) {
            check();
        }
    }

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
        this.currency = b.offered.currency();
        this.reason = b.reason;
        this.explained = b.explained;
        this.shared = null;
        this.record = null;
        Money[] amounts = {b.offered, b.overCap, b.declined, b.amount};
        long[] minor = new long[4];
        boolean inMinorUnits = true;
        for (int i = 0; i < 4 && inMinorUnits; i++) {
            Long units = minorUnits(amounts[i], currency);
            inMinorUnits = units != null;
            minor[i] = inMinorUnits ? units : 0;
        }
        this.offered = minor[0];
        this.overCap = minor[1];
        this.declined = minor[2];
        this.amount = minor[3];
        this.given = inMinorUnits ? null : amounts;
        if (!isWellFormed()) {
            check();
        }
    }

    /** The amount in whole minor units of the currency, or null when it has another scale or currency. */
    private static Long minorUnits(Money money, Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        BigDecimal value = money.amount();
        if (digits < 0 || value.scale() != digits || !money.currency().equals(currency) || value.precision() > 18) {
            return null;
        }
        return value.movePointRight(digits).longValueExact();
    }

    /**
     * Payment for time or an expense.
     *
     * @return the kind, not null
     */
    @JsonProperty("kind")
    public LineKind kind() {
        return kind;
    }

    /**
     * What happens to the amount.
     *
     * @return the status, not null
     */
    @JsonProperty("status")
    public LineStatus status() {
        return status;
    }

    /**
     * The day of the activity.
     *
     * @return the date, not null
     */
    @JsonProperty("date")
    public LocalDate date() {
        return date;
    }

    /**
     * The activity's identifier.
     *
     * @return the identifier, not blank
     */
    @JsonProperty("activityId")
    public String activityId() {
        return activityId;
    }

    /**
     * The activity type identifier, such as {@code workshop}.
     *
     * @return the type, not blank
     */
    @JsonProperty("activityType")
    public String activityType() {
        return activityType;
    }

    /**
     * The rule applied: the rate rule's identifier for time, the expense category for an expense; empty
     * when no rule of the policy applies (the line is then held).
     *
     * @return the rule, not null
     */
    @JsonProperty("rule")
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }

    /**
     * The version of the rate schedule used.
     *
     * @return the version, not blank
     */
    @JsonProperty("scheduleVersion")
    public String scheduleVersion() {
        return scheduleVersion;
    }

    /**
     * Minutes attended (time lines), as recorded.
     *
     * @return the minutes, zero or more
     */
    @JsonProperty("attendedMinutes")
    public int attendedMinutes() {
        return attendedMinutes;
    }

    /**
     * Preparation minutes recorded (time lines), whether or not the policy pays them.
     *
     * @return the minutes, zero or more
     */
    @JsonProperty("preparationMinutes")
    public int preparationMinutes() {
        return preparationMinutes;
    }

    /**
     * The paid time before rounding: attended plus the preparation and travel the policy counts (time
     * lines priced by time).
     *
     * @return the minutes, or empty
     */
    @JsonProperty("minutesBeforeRounding")
    public Optional<Integer> minutesBeforeRounding() {
        return Optional.ofNullable(minutesBeforeRounding);
    }

    /**
     * The paid time after rounding, or the time-equivalent the activity counts as.
     *
     * @return the minutes, or empty
     */
    @JsonProperty("minutesAfterRounding")
    public Optional<Integer> minutesAfterRounding() {
        return Optional.ofNullable(minutesAfterRounding);
    }

    /**
     * The rate applied: an hourly rate, a band's fee or a flat fee.
     *
     * @return the rate, or empty for expenses and unpaid time
     */
    @JsonProperty("rate")
    public Optional<Money> rate() {
        return Optional.ofNullable(rate);
    }

    /**
     * What the rule gives, rounded to the penny (for an expense, the amount claimed, or the miles at the
     * policy's rate per mile).
     *
     * @return the amount, not negative
     */
    @JsonProperty("offered")
    public Money offered() {
        return given != null ? given[0] : money(offered);
    }

    /**
     * The part of {@link #offered()} over a cap and not paid.
     *
     * @return the amount, not negative
     */
    @JsonProperty("overCap")
    public Money overCap() {
        return given != null ? given[1] : money(overCap);
    }

    /**
     * The part of {@link #offered()} the person declined.
     *
     * @return the amount, not negative
     */
    @JsonProperty("declined")
    public Money declined() {
        return given != null ? given[2] : money(declined);
    }

    /**
     * The amount paid: to the person on a payable line, to the charity on a donated line, zero otherwise.
     *
     * @return the amount, not negative
     */
    @JsonProperty("amount")
    public Money amount() {
        return given != null ? given[3] : money(amount);
    }

    /**
     * Why a line is held or not paid.
     *
     * @return the reason, or empty
     */
    @JsonProperty("reason")
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * How the line was worked out, in plain English.
     *
     * @return the explanation, not blank
     */
    @JsonProperty("explanation")
    public String explanation() {
        return explained().text();
    }

    /**
     * Whether this line counts as the person's earnings: payment for time that is paid to them (money or
     * vouchers). Declined, donated and held amounts and expenses do not.
     *
     * @return true for a payable time line
     */
    @JsonIgnore
    public boolean isEarnings() {
        return kind == LineKind.TIME && status == LineStatus.PAYABLE;
    }

    /** The currency of the amounts. */
    Currency currency() {
        return currency;
    }

    /** The explanation given, or made now from the shared part and the record; never null. */
    private Explanation explained() {
        return explained != null ? explained : shared.explain(this, record);
    }

    /** Whether the amounts are held as whole minor units, so that the {@code …Minor} accessors can be summed. */
    boolean inMinorUnits() {
        return given == null;
    }

    long offeredMinor() {
        return offered;
    }

    long overCapMinor() {
        return overCap;
    }

    long declinedMinor() {
        return declined;
    }

    long amountMinor() {
        return amount;
    }

    private Money money(long minor) {
        return Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
    }

    /**
     * A builder for a line.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a line from JSON through the builder, so a line read is checked like a line built. Absent
     * fields are left unset, so that the builder names every missing required field.
     */
    @JsonCreator
    static StatementLine fromJson(@JsonProperty("kind") LineKind kind, @JsonProperty("status") LineStatus status,
            @JsonProperty("date") LocalDate date, @JsonProperty("activityId") String activityId,
            @JsonProperty("activityType") String activityType, @JsonProperty("rule") String rule,
            @JsonProperty("scheduleVersion") String scheduleVersion,
            @JsonProperty("attendedMinutes") Integer attendedMinutes,
            @JsonProperty("preparationMinutes") Integer preparationMinutes,
            @JsonProperty("minutesBeforeRounding") Integer minutesBeforeRounding,
            @JsonProperty("minutesAfterRounding") Integer minutesAfterRounding, @JsonProperty("rate") Money rate,
            @JsonProperty("offered") Money offered, @JsonProperty("overCap") Money overCap,
            @JsonProperty("declined") Money declined, @JsonProperty("amount") Money amount,
            @JsonProperty("reason") String reason, @JsonProperty("explanation") String explanation) {
        Builder b = new Builder();
        b.kind = kind;
        b.status = status;
        b.date = date;
        b.activityId = activityId;
        b.activityType = activityType;
        b.rule = rule;
        b.scheduleVersion = scheduleVersion;
        b.attendedMinutes = attendedMinutes == null ? 0 : attendedMinutes;
        b.preparationMinutes = preparationMinutes == null ? 0 : preparationMinutes;
        b.minutesBeforeRounding = minutesBeforeRounding;
        b.minutesAfterRounding = minutesAfterRounding;
        b.rate = rate;
        b.offered = offered;
        b.overCap = overCap;
        b.declined = declined;
        b.amount = amount;
        b.reason = reason;
        b.explained = explanation == null ? null : Explanation.of(explanation);
        return b.build();
    }

    /**
     * Builds a line, checking it in full: every required field set, amounts in one currency, not negative,
     * adding up, and a held line with a reason and nothing paid.
     */
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
        private Explanation explained;

        /** A new, empty builder; {@link StatementLine#builder()} is the usual way to get one. */
        public Builder() {
        }

        /**
         * Copies every attribute of a line, to change some of them.
         *
         * @param line  the line, not null
         * @return this builder, not null
         */
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
            offered = line.offered();
            overCap = line.overCap();
            declined = line.declined();
            amount = line.amount();
            reason = line.reason;
            explained = line.explained();
            return this;
        }

        /**
         * Payment for time or an expense.
         *
         * @param kind  the kind, not null
         * @return this builder, not null
         */
        public Builder kind(LineKind kind) {
            this.kind = present(kind, "kind");
            return this;
        }

        /**
         * What happens to the amount.
         *
         * @param status  the status, not null
         * @return this builder, not null
         */
        public Builder status(LineStatus status) {
            this.status = present(status, "status");
            return this;
        }

        /**
         * The day of the activity.
         *
         * @param date  the date, not null
         * @return this builder, not null
         */
        public Builder date(LocalDate date) {
            this.date = present(date, "date");
            return this;
        }

        /**
         * The activity's identifier.
         *
         * @param activityId  the identifier, not blank
         * @return this builder, not null
         */
        public Builder activityId(String activityId) {
            this.activityId = present(activityId, "activityId");
            return this;
        }

        /**
         * The activity type identifier.
         *
         * @param activityType  the type, not blank
         * @return this builder, not null
         */
        public Builder activityType(String activityType) {
            this.activityType = present(activityType, "activityType");
            return this;
        }

        /**
         * The rule applied.
         *
         * @param rule  the rule, not null
         * @return this builder, not null
         */
        public Builder rule(String rule) {
            this.rule = present(rule, "rule");
            return this;
        }

        /**
         * The rule applied, or none.
         *
         * @param rule  the rule or empty, not null
         * @return this builder, not null
         */
        public Builder rule(Optional<String> rule) {
            this.rule = rule.orElse(null);
            return this;
        }

        /**
         * The version of the rate schedule used.
         *
         * @param scheduleVersion  the version, not blank
         * @return this builder, not null
         */
        public Builder scheduleVersion(String scheduleVersion) {
            this.scheduleVersion = present(scheduleVersion, "scheduleVersion");
            return this;
        }

        /**
         * Minutes attended; 0 when not set.
         *
         * @param attendedMinutes  the minutes
         * @return this builder, not null
         */
        public Builder attendedMinutes(int attendedMinutes) {
            this.attendedMinutes = attendedMinutes;
            return this;
        }

        /**
         * Preparation minutes recorded; 0 when not set.
         *
         * @param preparationMinutes  the minutes
         * @return this builder, not null
         */
        public Builder preparationMinutes(int preparationMinutes) {
            this.preparationMinutes = preparationMinutes;
            return this;
        }

        /**
         * The paid time before rounding.
         *
         * @param minutes  the minutes
         * @return this builder, not null
         */
        public Builder minutesBeforeRounding(int minutes) {
            this.minutesBeforeRounding = minutes;
            return this;
        }

        /**
         * The paid time before rounding, or none.
         *
         * @param minutes  the minutes or empty, not null
         * @return this builder, not null
         */
        public Builder minutesBeforeRounding(Optional<Integer> minutes) {
            this.minutesBeforeRounding = minutes.orElse(null);
            return this;
        }

        /**
         * The paid time after rounding, or the time-equivalent.
         *
         * @param minutes  the minutes
         * @return this builder, not null
         */
        public Builder minutesAfterRounding(int minutes) {
            this.minutesAfterRounding = minutes;
            return this;
        }

        /**
         * The paid time after rounding, or none.
         *
         * @param minutes  the minutes or empty, not null
         * @return this builder, not null
         */
        public Builder minutesAfterRounding(Optional<Integer> minutes) {
            this.minutesAfterRounding = minutes.orElse(null);
            return this;
        }

        /**
         * The rate applied.
         *
         * @param rate  the rate, not null
         * @return this builder, not null
         */
        public Builder rate(Money rate) {
            this.rate = present(rate, "rate");
            return this;
        }

        /**
         * The rate applied, or none.
         *
         * @param rate  the rate or empty, not null
         * @return this builder, not null
         */
        public Builder rate(Optional<Money> rate) {
            this.rate = rate.orElse(null);
            return this;
        }

        /**
         * What the rule gives.
         *
         * @param offered  the amount, not null
         * @return this builder, not null
         */
        public Builder offered(Money offered) {
            this.offered = present(offered, "offered");
            return this;
        }

        /**
         * The part over a cap.
         *
         * @param overCap  the amount, not null
         * @return this builder, not null
         */
        public Builder overCap(Money overCap) {
            this.overCap = present(overCap, "overCap");
            return this;
        }

        /**
         * The part declined.
         *
         * @param declined  the amount, not null
         * @return this builder, not null
         */
        public Builder declined(Money declined) {
            this.declined = present(declined, "declined");
            return this;
        }

        /**
         * The amount paid.
         *
         * @param amount  the amount, not null
         * @return this builder, not null
         */
        public Builder amount(Money amount) {
            this.amount = present(amount, "amount");
            return this;
        }

        /**
         * Why the line is held or not paid.
         *
         * @param reason  the reason, not null
         * @return this builder, not null
         */
        public Builder reason(String reason) {
            this.reason = present(reason, "reason");
            return this;
        }

        /**
         * Why the line is held or not paid, or no reason.
         *
         * @param reason  the reason or empty, not null
         * @return this builder, not null
         */
        public Builder reason(Optional<String> reason) {
            this.reason = reason.orElse(null);
            return this;
        }

        /**
         * How the line was worked out, in plain English.
         *
         * @param explanation  the text, not blank
         * @return this builder, not null
         */
        public Builder explanation(String explanation) {
            this.explained = Explanation.of(explanation);
            return this;
        }

        /** The explanation, given as text or to be written from the engine's facts. */
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
        Violations problems = Violations.of("StatementLine").notBlank(activityId, "activityId")
                .notBlank(activityType, "activityType").notBlank(scheduleVersion, "scheduleVersion")
                .check(!explained().isBlank(), "explanation", "must not be blank", explained());
        Money offeredMoney = offered();
        String code = offeredMoney.currencyCode();
        for (Money m : new Money[] {overCap(), declined(), amount()}) {
            problems.check(m.currencyCode().equals(code), "amount", "must all be in one currency", m);
        }
        problems.check(!offeredMoney.isNegative() && !overCap().isNegative() && !declined().isNegative()
                && !amount().isNegative(), "amount", "must not be negative", this);
        if (!problems.any()) {
            if (status == LineStatus.HELD) {
                problems.check(amount().isZero(), "amount", "must be zero on a held line", amount());
                problems.check(reason != null, "reason", "is required on a held line");
            } else if (!offeredMoney.equals(overCap().plus(declined()).plus(amount()))) {
                problems.check(false, "offered", "must equal overCap + declined + amount (" + overCap() + " + "
                        + declined() + " + " + amount() + ")", offeredMoney);
            }
        }
        problems.throwIfAny();
    }

    /** The common case checked quickly; any doubt goes to the full check, which names every problem. */
    private boolean isWellFormed() {
        if (given != null || activityId.isBlank() || activityType.isBlank() || scheduleVersion.isBlank()
                || explained != null && explained.isBlank() || offered < 0 || overCap < 0 || declined < 0 || amount < 0) {
            return false;
        }
        if (status == LineStatus.HELD) {
            return amount == 0 && reason != null;
        }
        // Each part has at most 18 digits, so the sum cannot overflow into a false match.
        return offered == overCap + declined + amount;
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
                && sameAmounts(o) && Objects.equals(reason, o.reason) && explained().equals(o.explained());
    }

    private boolean sameAmounts(StatementLine o) {
        if (given == null && o.given == null && currency.equals(o.currency)) {
            return offered == o.offered && overCap == o.overCap && declined == o.declined && amount == o.amount;
        }
        return offered().equals(o.offered()) && overCap().equals(o.overCap()) && declined().equals(o.declined())
                && amount().equals(o.amount());
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + kind.hashCode();
        h += (h << 5) + status.hashCode();
        h += (h << 5) + date.hashCode();
        h += (h << 5) + activityId.hashCode();
        h += (h << 5) + activityType.hashCode();
        h += (h << 5) + Objects.hashCode(rule);
        h += (h << 5) + scheduleVersion.hashCode();
        h += (h << 5) + attendedMinutes;
        h += (h << 5) + preparationMinutes;
        h += (h << 5) + Objects.hashCode(minutesBeforeRounding);
        h += (h << 5) + Objects.hashCode(minutesAfterRounding);
        h += (h << 5) + Objects.hashCode(rate);
        h += (h << 5) + offered().hashCode();
        h += (h << 5) + overCap().hashCode();
        h += (h << 5) + declined().hashCode();
        h += (h << 5) + amount().hashCode();
        h += (h << 5) + Objects.hashCode(reason);
        h += (h << 5) + explained().hashCode();
        return h;
    }

    @Override
    public String toString() {
        return date + " " + kind.id() + " " + status.id() + " " + amount() + ": " + explanation();
    }
}
