package org.coproduction.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One out-of-pocket expense a participant claims for taking part in an activity: what it was for, how much,
 * and whether a receipt is attached.
 *
 * <p>The Care Act procedures ask commissioners to give practical support to take part, including
 * "reimbursement of expenses"; NIHR's 2024 guidance says receipted out-of-pocket expenses should always be
 * repaid and are not income. Whether a receipt is required for a category is a matter of the council's
 * recompense policy, not of the claim.
 *
 * <p>Rules: the amount is positive, in the currency's minor units at most (no £12.505: the library never
 * rounds a claim silently); a note, when present, is not blank.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableExpenseClaim.class)
@JsonDeserialize(as = ImmutableExpenseClaim.class)
public abstract class ExpenseClaim {

    /**
     * What the expense was for.
     *
     * @return the category, not null
     */
    public abstract ExpenseCategory category();

    /**
     * The amount claimed, exactly as on the receipt or the claim form.
     *
     * @return the amount, positive
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
    public static ImmutableExpenseClaim.Builder builder() {
        return ImmutableExpenseClaim.builder();
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

    @Value.Check
    void check() {
        Violations problems = Violations.of("ExpenseClaim")
                .check(amount().signum() > 0, "amount", "must be positive", amount().toPlainString());
        int digits = currency().getDefaultFractionDigits();
        if (digits >= 0) {
            problems.check(amount().stripTrailingZeros().scale() <= digits, "amount",
                    "must have at most " + digits + " decimal places for " + currency().getCurrencyCode(),
                    amount().toPlainString());
        }
        note().ifPresent(n -> problems.check(!n.isBlank(), "note", "must not be blank when present"));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return category().id() + " " + currency().getCurrencyCode() + " " + amount().toPlainString()
                + (receiptAttached() ? " (receipt)" : " (no receipt)");
    }
}
