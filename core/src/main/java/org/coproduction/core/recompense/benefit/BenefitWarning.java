package org.coproduction.core.recompense.benefit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.money.Money;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.EnumIds;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A warning that a person's payment for time in one week or assessment period approaches or exceeds the
 * earnings limit (or hours rule) of a benefit they said applies to them, or that the limit for a tax year is
 * not known to this version of the library and should be checked. It is information, not advice:
 * its message says what could avoid it and points to independent welfare-rights advice.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class BenefitWarning implements WithBenefitWarning {

    /** How close the period is to the limit. */
    public enum Level {
        /** Within the margin below the limit. */
        APPROACHING,
        /** Over the limit. */
        EXCEEDED,
        /**
         * The limit for the period's tax year is not known to this version of the library: the payments were not
         * checked, and the limit should be checked by hand.
         */
        LIMIT_NOT_KNOWN;

        /**
         * The level as written in JSON, such as {@code approaching}.
         *
         * @return the identifier, not null
         */
        @JsonValue
        public String id() {
            return EnumIds.id(this);
        }

        /**
         * Reads a level from its identifier or constant name.
         *
         * @param text  the text, not null
         * @return the level, not null
         * @throws IllegalArgumentException if the text names no level
         */
        @JsonCreator
        public static Level parse(String text) {
            return EnumIds.parse(Level.class, text, "warning level");
        }
    }

    /**
     * The benefit.
     *
     * @return the benefit, not null
     */
    public abstract Benefit benefit();

    /**
     * Approaching or exceeded, or the limit for the year is not known.
     *
     * @return the level, not null
     */
    public abstract Level level();

    /**
     * The first day of the week or assessment period.
     *
     * @return the date, not null
     */
    public abstract LocalDate periodStart();

    /**
     * The last day of the week or assessment period, inclusive.
     *
     * @return the date, not null
     */
    public abstract LocalDate periodEnd();

    /**
     * Payment for time in the period that counts as earnings (money and vouchers; not expenses, declined or
     * donated amounts).
     *
     * @return the amount, not null
     */
    public abstract Money earnings();

    /**
     * The limit for the period, in pence (£196.00).
     *
     * @return the limit, or empty when it is not known ({@link Level#LIMIT_NOT_KNOWN})
     */
    public abstract Optional<Money> limit();

    /**
     * Hours of work in the period (attended and preparation time on paid lines), for ESA's hours rule.
     *
     * @return the hours, zero or more
     */
    public abstract BigDecimal hours();

    /**
     * The warning in plain English: what, by how much, what could avoid it, and that it is not advice.
     *
     * @return the message, not blank
     */
    public abstract String message();

    /**
     * A builder for a warning; warnings are normally made by {@link BenefitCheck}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link BenefitWarning} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableBenefitWarning.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("BenefitWarning").notBlank(message(), "message")
                .check(!periodEnd().isBefore(periodStart()), "periodEnd", "must not be before periodStart", periodEnd())
                .check(limit().isEmpty() == (level() == Level.LIMIT_NOT_KNOWN), "limit",
                        "must be given exactly when the limit is known (level is not limit-not-known)", level())
                .throwIfAny();
    }

    @Override
    public String toString() {
        return message();
    }
}
