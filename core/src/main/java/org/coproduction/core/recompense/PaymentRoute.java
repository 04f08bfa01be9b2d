package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How an organisation pays money for time: gross by bank transfer, with the person reporting it
 * themselves, or through payroll with tax and National Insurance deducted at source (NHS England pays
 * Role 4 PPV partners through payroll [V]; Doncaster treats paid co-producers as self-employed [V]).
 * Whether the person takes money, vouchers, part of it, or declines is their own
 * preference, recorded on the participant.
 */
@Stable
public enum PaymentRoute {
    /** Paid gross by bank transfer; the person declares it (self-employed or miscellaneous income). */
    BANK_TRANSFER,
    /** Paid through the organisation's payroll with tax and National Insurance deducted (PAYE). */
    PAYROLL;

    /**
     * Whether tax is taken off before payment.
     *
     * @return true for payroll
     */
    public boolean taxedAtSource() {
        return this == PAYROLL;
    }

    /**
     * The route as written in JSON, such as {@code bank-transfer}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a route from its identifier or constant name.
     *
     * @param text  the text, not null
     * @return the route, not null
     * @throws IllegalArgumentException listing the allowed values if the text names none
     */
    @JsonCreator
    public static PaymentRoute parse(String text) {
        return EnumIds.parse(PaymentRoute.class, text, "payment route");
    }
}
