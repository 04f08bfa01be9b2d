package org.coproduction.core.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import org.coproduction.core.api.Internal;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;

/**
 * The ranges of money and quantities that the library's values accept, checked once where a value is built
 * or read, so that whatever a record or policy accepts a statement can price (issue 16). The ranges are the
 * library's own choices, not taken from a source; each says why it is where it is:
 *
 * <ul>
 *   <li>An amount of money (a claim, a rate, a fee, a cap, a weekly part-payment) is at most
 *       {@link #MAX_AMOUNT}, a thousand million in the currency: far above any payment or claim for one
 *       person's involvement in any currency the library prices (a thousand million yen is about five
 *       million pounds), and small enough that every sum a statement works out stays a few dozen digits
 *       long.</li>
 *   <li>A rate, share, multiplier or exchange rate has at most {@link #MAX_RATE_DECIMALS} decimal places:
 *       finer than any published rate (37.4p a mile has three), and a bound on the digits of every product a
 *       statement prints.</li>
 *   <li>A number written with a positive exponent ({@code 1E+3}, a negative scale) is normalised exactly to
 *       plain digits ({@code 1000}): the same number, never rounded, so that "at most 2 decimal places" and
 *       the printed text see what a person would write.</li>
 * </ul>
 */
@Internal
public final class Quantities {

    /** The most any amount of money in the library's values may be: 1,000,000,000 in the currency. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /** The most decimal places of a rate, share, multiplier or exchange rate. */
    public static final int MAX_RATE_DECIMALS = 10;

    /** The rule on a currency, as messages show it. */
    public static final String CURRENCY_RULE = "must be a currency of money such as GBP, not a precious metal"
            + " (XAU, XAG, XPT, XPD), a unit of account (XDR, XBA to XBD, XSU, XUA), the testing code XTS or"
            + " \"no currency\" XXX";

    /** ISO 4217 codes that are not money a person can be paid in. */
    private static final Set<String> NOT_MONEY = Set.of("XAG", "XAU", "XPD", "XPT", "XDR", "XTS", "XXX", "XBA",
            "XBB", "XBC", "XBD", "XSU", "XUA");

    private Quantities() {
    }

    /**
     * Whether a currency is money a person can be paid in: an ISO 4217 currency with a minor unit, and none of
     * the codes for precious metals, units of account, testing and "no currency".
     *
     * @param currency  the currency, not null
     * @return true if it is money
     */
    public static boolean isMoney(Currency currency) {
        // Every code that is not money starts with X; so do some that are (XOF, XAF, XCD, XPF).
        String code = currency.getCurrencyCode();
        return currency.getDefaultFractionDigits() >= 0 && (code.charAt(0) != 'X' || !NOT_MONEY.contains(code));
    }

    /**
     * Records a violation if a currency is not money.
     *
     * @param problems  where to record it, not null
     * @param currency  the currency, not null
     * @param path  the field path, not null
     * @return the collector, not null
     */
    public static Violations currency(Violations problems, Currency currency, String path) {
        return problems.check(isMoney(currency), path, CURRENCY_RULE, currency.getCurrencyCode());
    }

    /**
     * The number in plain digits: a negative scale ({@code 1E+3}) becomes scale 0 ({@code 1000}), exactly;
     * any other number is returned as it is. Call only on a number already checked to be in range, so that
     * no exponent of a hostile size is written out.
     *
     * @param value  the number, not null
     * @return the same number with a scale of 0 or more, not null
     */
    public static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /**
     * Whether a number needs {@link #plain} to be written without an exponent.
     *
     * @param value  the number, not null
     * @return true if its scale is negative
     */
    public static boolean needsPlain(BigDecimal value) {
        return value.scale() < 0;
    }

    /**
     * Records a violation if a number is more than a limit. Compared without writing out the number, so
     * {@code 1E+999999999} costs nothing.
     *
     * @param problems  where to record it, not null
     * @param value  the number, not null
     * @param max  the limit, inclusive, not null
     * @param path  the field path, not null
     * @param why  a short reason shown after the limit, such as "(a thousand million)", or empty
     * @return the collector, not null
     */
    public static Violations atMost(Violations problems, BigDecimal value, BigDecimal max, String path,
            String why) {
        // The message is written only for a number over the limit: valid records are read by the hundred thousand.
        if (value.compareTo(max) > 0) {
            problems.add(Violation.of(path, "must be at most " + max.toPlainString() + why, value));
        }
        return problems;
    }

    /**
     * Records a violation if an amount of money is more than {@link #MAX_AMOUNT}.
     *
     * @param problems  where to record it, not null
     * @param value  the amount, not null
     * @param path  the field path, not null
     * @return the collector, not null
     */
    public static Violations amount(Violations problems, BigDecimal value, String path) {
        return atMost(problems, value, MAX_AMOUNT, path, " (the library's bound on an amount of money)");
    }

    /**
     * Records a violation if a number has more decimal places than allowed, not counting trailing zeros.
     *
     * @param problems  where to record it, not null
     * @param value  the number, not null
     * @param decimals  the most decimal places, 0 or more
     * @param path  the field path, not null
     * @param context  said after the rule, such as " for GBP", or empty
     * @return the collector, not null
     */
    public static Violations decimals(Violations problems, BigDecimal value, int decimals, String path,
            String context) {
        // Most numbers already have few enough places; only others need their trailing zeros stripped.
        if (value.scale() > decimals && value.stripTrailingZeros().scale() > decimals) {
            problems.add(Violation.of(path, "must have at most " + decimals + " decimal places" + context, value));
        }
        return problems;
    }

    /**
     * Records a violation if a rate, share or multiplier is more than {@link #MAX_AMOUNT} or has more than
     * {@link #MAX_RATE_DECIMALS} decimal places.
     *
     * @param problems  where to record it, not null
     * @param value  the rate, not null
     * @param path  the field path, not null
     * @return the collector, not null
     */
    public static Violations rate(Violations problems, BigDecimal value, String path) {
        amount(problems, value, path);
        return decimals(problems, value, MAX_RATE_DECIMALS, path, "");
    }
}
