package org.coproduction.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One out-of-pocket expense a participant claims for taking part in an activity: what it was for, how much,
 * whether a receipt is attached, and, when known, the miles driven and the day the claim was submitted.
 *
 * <p>The Care Act procedures ask commissioners to give practical support to take part, including
 * "reimbursement of expenses"; NIHR's 2024 guidance says receipted out-of-pocket expenses should always be
 * repaid and are not income. Whether a receipt is required for a category is a matter of the council's
 * recompense policy, not of the claim.
 *
 * <p>A mileage claim may give the miles driven. A recompense policy with a rate per mile then repays miles
 * times its rate (AceCentre's 45p a mile; NHS England's interim policy 37.4p to 58.3p a mile by engine size),
 * and the amount is the claimant's own figure, shown beside the policy's. The day the claim was submitted
 * lets a policy's claim window (such as AceCentre's 3 months) be tested claim by claim.
 *
 * <p>Rules: the currency is money (not gold {@code XAU}, "no currency" {@code XXX} or another ISO 4217 code
 * that no one is paid in); the amount is positive, at most 1,000,000,000 (the library's bound on any amount of
 * money, far above any claim), in the currency's minor units at most (no £12.505: the library never rounds a
 * claim silently); miles, when given, are positive, at most {@code 10000} (the library's bound, far beyond any
 * drive for one activity) with at most 2 decimal places, and only on a mileage claim; a note, when present,
 * is not blank. A number written with a positive exponent ({@code 1E+3}) is kept as the same number in plain
 * digits ({@code 1000}), exactly.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ExpenseClaim implements WithExpenseClaim {

    /**
     * What the expense was for.
     *
     * @return the category, not null
     */
    public abstract ExpenseCategory category();

    /**
     * The amount claimed, exactly as on the receipt or the claim form.
     *
     * @return the amount, positive, at most 1,000,000,000, never with a negative scale
     */
    public abstract BigDecimal amount();

    /**
     * The currency of the amount, such as GBP.
     *
     * @return the currency, not null
     */
    public abstract Currency currency();

    /**
     * Whether a receipt or ticket is attached to the claim.
     *
     * @return true if a receipt is attached
     */
    public abstract boolean receiptAttached();

    /**
     * The miles driven, for a mileage claim: with a policy's rate per mile, the amount repaid is miles times
     * that rate, not the amount claimed.
     *
     * @return the miles, more than 0 and at most 10,000, with at most 2 decimal places, or empty when not
     *     recorded
     */
    public abstract Optional<BigDecimal> miles();

    /**
     * The day the claim was submitted, to test it against a policy's claim window.
     *
     * @return the day, or empty when not recorded
     */
    public abstract Optional<LocalDate> submittedOn();

    /**
     * A short note about the claim, such as "return bus fare"; never personal details.
     *
     * @return the note, or empty
     */
    public abstract Optional<String> note();

    /**
     * A builder for an expense claim.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ExpenseClaim} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableExpenseClaim.Builder {
        Builder() {
        }
    }

    /**
     * A claim in pounds sterling.
     *
     * @param category  what it was for, not null
     * @param amount  the amount in pounds, such as {@code "4.60"}, not null
     * @param receiptAttached  whether a receipt is attached
     * @return the claim, not null
     * @throws org.coproduction.core.validation.ValidationException if the amount is not positive or has more
     *     than two decimal places
     */
    public static ExpenseClaim ofPounds(ExpenseCategory category, String amount, boolean receiptAttached) {
        return builder().category(category).amount(new BigDecimal(amount)).currency(Currency.getInstance("GBP"))
                .receiptAttached(receiptAttached).build();
    }

    /**
     * Reads a claim from JSON through one factory call rather than one reflective setter per field, as claims
     * come with attendance records in bulk. Absent fields are left unset, so that the builder names every
     * missing required field.
     */
    @JsonCreator
    static ExpenseClaim fromJson(
            @JsonProperty("category") ExpenseCategory category,
            @JsonProperty("amount") BigDecimal amount,
            @JsonProperty("currency") Currency currency,
            @JsonProperty("receiptAttached") Boolean receiptAttached,
            @JsonProperty("miles") BigDecimal miles,
            @JsonProperty("submittedOn") LocalDate submittedOn,
            @JsonProperty("note") String note) {
        ExpenseClaim.Builder builder = builder();
        if (category != null) {
            builder.category(category);
        }
        if (amount != null) {
            builder.amount(amount);
        }
        if (currency != null) {
            builder.currency(currency);
        }
        if (receiptAttached != null) {
            builder.receiptAttached(receiptAttached);
        }
        if (miles != null) {
            builder.miles(miles);
        }
        if (submittedOn != null) {
            builder.submittedOn(submittedOn);
        }
        if (note != null) {
            builder.note(note);
        }
        return builder.build();
    }

    @Value.Check
    ExpenseClaim check() {
        Violations problems = Violations.of("ExpenseClaim")
                .check(amount().signum() > 0, "amount", "must be positive", amount());
        Quantities.amount(problems, amount(), "amount");
        Quantities.currency(problems, currency(), "currency");
        if (Quantities.isMoney(currency())) {
            Quantities.decimals(problems, amount(), currency().getDefaultFractionDigits(), "amount",
                    " for " + currency().getCurrencyCode());
        }
        miles().ifPresent(m -> {
            problems.check(m.signum() > 0, "miles", "must be positive", m);
            Quantities.atMost(problems, m, MAX_MILES, "miles", " (the library's bound on one claim's miles)");
            Quantities.decimals(problems, m, 2, "miles", "");
            problems.check(category() == ExpenseCategory.MILEAGE, "miles",
                    "is only for a mileage claim, but the category is " + category().id(), m);
        });
        note().ifPresent(n -> problems.check(!n.isBlank(), "note", "must not be blank when present"));
        problems.throwIfAny();
        // Checked first, so that only numbers in range are written out in plain digits.
        if (Quantities.needsPlain(amount()) || miles().filter(Quantities::needsPlain).isPresent()) {
            return builder().from(this).amount(Quantities.plain(amount())).miles(miles().map(Quantities::plain))
                    .build();
        }
        return this;
    }

    private static final BigDecimal MAX_MILES = BigDecimal.valueOf(10_000);

    @Override
    public String toString() {
        return category().id() + " " + currency().getCurrencyCode() + " " + amount().toPlainString()
                + miles().map(m -> " for " + m.toPlainString() + " miles").orElse("")
                + (receiptAttached() ? " (receipt)" : " (no receipt)");
    }
}
