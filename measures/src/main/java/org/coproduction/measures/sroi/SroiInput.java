package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * Something put into the activity, valued in money: a grant, staff time, volunteers' time at a proxy rate,
 * rooms. Inputs are taken at the start (year 0) and not discounted.
 *
 * @param description  what the input is, not blank
 * @param amount  its value in the analysis currency, not negative
 */
@Experimental
public record SroiInput(String description, BigDecimal amount) {

    /**
     * Checks the input.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public SroiInput {
        Violations problems = Violations.of("SroiInput")
                .check(description != null && !description.isBlank(), "description", "must not be blank", description)
                .check(amount != null, "amount", "is required");
        if (amount != null) {
            problems.check(amount.signum() >= 0, "amount", "must not be negative", amount);
        }
        problems.throwIfAny();
    }

    /**
     * An input.
     *
     * @param description  what it is, not blank
     * @param amount  its value, such as {@code "20000"}
     * @return the input, not null
     */
    public static SroiInput of(String description, String amount) {
        return new SroiInput(description, new BigDecimal(amount));
    }

    @Override
    public String toString() {
        return description + ": " + amount.toPlainString();
    }
}
