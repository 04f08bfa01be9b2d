package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * What happens to a statement line's amount. Nothing is dropped: a declined payment is listed as offered
 * and declined, a claim waiting for approval or a receipt is listed as held with the reason.
 */
@Stable
public enum LineStatus {
    /** To be paid to the person (money or vouchers, as they chose), possibly less any cap or declined part. */
    PAYABLE,
    /** Offered and declined by the person: nothing is paid and nothing counts as their earnings. */
    DECLINED,
    /** Paid to a charity at the person's request, not to them. */
    DONATED,
    /** The policy does not pay for this time (for example staff in paid time); expenses are still repaid. */
    NOT_PAID,
    /** Waiting: for approval, a receipt, or a rule the policy lacks. The reason is on the line. */
    HELD;

    /**
     * The status as written in JSON, such as {@code not-paid}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a status from its identifier or constant name.
     *
     * @param text  the text, not null
     * @return the status, not null
     * @throws IllegalArgumentException listing the allowed values if the text names none
     */
    @JsonCreator
    public static LineStatus parse(String text) {
        return EnumIds.parse(LineStatus.class, text, "line status");
    }
}
