package org.coproduction.core.money;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;

/**
 * An exact amount of money in one currency: a {@link BigDecimal} and an ISO 4217 currency, never a
 * {@code double}.
 *
 * <p>Arithmetic keeps the exact result; rounding happens only where a caller asks for it with
 * {@link #rounded(RoundingMode)}, which rounds to the currency's minor unit (the penny for pounds).
 * Adding or comparing amounts in different currencies is an error, never a silent conversion.
 *
 * <pre>{@code
 * Money rate = Money.gbp("27.50");
 * rate.times(new BigDecimal("2.5")).rounded(RoundingMode.HALF_UP)   // £68.75
 * }</pre>
 *
 * <p>This class is immutable and thread-safe. Two amounts are equal when their currencies are the same
 * and their values are numerically equal ({@code 68.75} equals {@code 68.750}).
 *
 * <p>Rules: the currency is money a person can be paid in: ISO 4217 codes for precious metals ({@code XAU},
 * {@code XAG}, {@code XPT}, {@code XPD}), units of account ({@code XDR}, {@code XBA} to {@code XBD},
 * {@code XSU}, {@code XUA}), testing ({@code XTS}) and "no currency" ({@code XXX}) are refused. The amount
 * holds what a JSON number the library reads can hold: at most 309 digits before the point and 340 decimal
 * places (the range of a {@code double}, as in {@code docs/json.md}). An amount written with a positive
 * exponent ({@code 1E+3}) is kept as the same number in plain digits ({@code 1000}), exactly, so its text
 * never shows an exponent.
 */
@Stable
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Money implements Comparable<Money> {

    private static final Currency GBP = Currency.getInstance("GBP");

    private final BigDecimal amount;
    private final Currency currency;

    /** Digits before the point and decimal places a JSON number the library reads can have (docs/json.md). */
    private static final int MAX_WHOLE_DIGITS = 309;
    private static final int MAX_DECIMALS = 340;

    private Money(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!Quantities.isMoney(currency) || amount.precision() - amount.scale() > MAX_WHOLE_DIGITS
                || amount.scale() > MAX_DECIMALS) {
            throw new ValidationException("Money", refusals(amount, currency));
        }
        this.amount = Quantities.plain(amount);
        this.currency = currency;
    }

    private static List<Violation> refusals(BigDecimal amount, Currency currency) {
        Violations problems = Violations.of("Money");
        Quantities.currency(problems, currency, "currency");
        problems.check(amount.precision() - amount.scale() <= MAX_WHOLE_DIGITS, "amount", "must not have more than "
                + MAX_WHOLE_DIGITS + " digits before the point (larger than any double)", amount);
        problems.check(amount.scale() <= MAX_DECIMALS, "amount", "must not have more than " + MAX_DECIMALS
                + " decimal places (closer to zero than any double)", amount);
        return problems.list();
    }

    /**
     * An amount in a currency.
     *
     * @param amount  the amount, not null; at most 309 digits before the point and 340 decimal places
     * @param currency  the currency, not null; money, not gold or "no currency"
     * @return the money, not null
     * @throws ValidationException naming the currency or the amount if either breaks the rules above
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * An amount in a currency given by its ISO 4217 code.
     *
     * @param amount  the amount, not null
     * @param currencyCode  the code such as {@code GBP}, not null
     * @return the money, not null
     * @throws ValidationException if the code is not an ISO 4217 currency of money, or the amount is out of
     *     range
     */
    @JsonCreator
    public static Money of(@JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") String currencyCode) {
        if (amount == null || currencyCode == null) {
            throw new ValidationException("Money", List.of(Violation.of(amount == null ? "amount" : "currency",
                    "is required")));
        }
        return new Money(amount, currency(currencyCode));
    }

    /**
     * An amount in pounds sterling, from text so that no binary fraction creeps in.
     *
     * @param amount  the amount such as {@code "27.50"}, not null
     * @return the money, not null
     * @throws NumberFormatException if the text is not a number
     */
    public static Money gbp(String amount) {
        return new Money(new BigDecimal(amount), GBP);
    }

    /**
     * Zero in a currency.
     *
     * @param currency  the currency, not null; money, not gold or "no currency"
     * @return zero, with the currency's minor-unit scale, not null
     * @throws ValidationException if the currency is not money
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /**
     * Looks up an ISO 4217 currency.
     *
     * @param code  the code such as {@code GBP}, not null
     * @return the currency, not null; the caller checks that it is money
     * @throws ValidationException naming the field {@code currency} if the code is unknown
     */
    static Currency currency(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("Money", List.of(Violation.of("currency",
                    "must be an ISO 4217 currency code such as GBP", code)));
        }
    }

    /**
     * The amount.
     *
     * @return the amount, not null
     */
    @JsonProperty("amount")
    public BigDecimal amount() {
        return amount;
    }

    /**
     * The currency.
     *
     * @return the currency, not null
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The ISO 4217 code of the currency, as written in JSON.
     *
     * @return the code such as {@code GBP}, not null
     */
    @JsonProperty("currency")
    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /**
     * The sum of this amount and another in the same currency, exact.
     *
     * @param other  the amount to add, not null
     * @return the sum, not null
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * This amount less another in the same currency, exact.
     *
     * @param other  the amount to take away, not null
     * @return the difference, which may be negative, not null
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * This amount multiplied by a factor, exact (no rounding).
     *
     * @param factor  the factor such as a number of hours, not null
     * @return the product, not null
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /**
     * This amount rounded to the currency's minor unit (pence for pounds).
     *
     * @param mode  how to round, such as {@link RoundingMode#HALF_UP}, not null
     * @return the rounded amount, not null
     * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and rounding is needed
     */
    public Money rounded(RoundingMode mode) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return amount.scale() == scale ? this : new Money(amount.setScale(scale, mode), currency);
    }

    /**
     * The smaller of this amount and another in the same currency.
     *
     * @param other  the other amount, not null
     * @return the smaller, not null
     * @throws IllegalArgumentException if the currencies differ
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Compares two amounts in the same currency by value.
     *
     * @param other  the other amount, not null
     * @return negative, zero or positive as this is less than, equal to or greater than the other
     * @throws IllegalArgumentException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency.getCurrencyCode() + " with "
                    + other.currency.getCurrencyCode() + " without an exchange rate");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money
                && currency.equals(((Money) other).currency)
                && amount.compareTo(((Money) other).amount) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
    }

    /**
     * The amount for a person to read: {@code £68.75} for pounds, otherwise {@code 68.75 EUR}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String digits = amount.toPlainString();
        if (currency.equals(GBP)) {
            return amount.signum() < 0 ? "-£" + digits.substring(1) : "£" + digits;
        }
        return digits + " " + currency.getCurrencyCode();
    }
}
