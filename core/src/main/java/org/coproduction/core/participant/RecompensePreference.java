package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How a person wants to be recompensed for the time they give.
 *
 * <p>Councils and the NHS offer payment (usually by bank transfer or payroll) or vouchers, and people are
 * not obliged to accept: they may decline, take part of the payment, or ask for it to be donated
 * (NHS England PPV partner guidance; SCIE and NIHR guidance on payment for involvement; see the library's
 * recompense notes). Declining is a free choice and never a condition of taking part. Vouchers count as
 * earnings for benefits like money does.
 */
@Stable
public enum RecompensePreference {
    /** Paid in money, for example by bank transfer or through payroll. */
    PAYMENT,
    /** Paid in vouchers or gift cards; these count as income for benefits, like money. */
    VOUCHER,
    /** The person declines payment for their time (expenses may still be repaid). */
    DECLINED,
    /** The person accepts part of the payment they are entitled to. */
    PART_PAYMENT,
    /** The person asks for the payment to be donated, for example to a charity or group. */
    DONATION;

    /**
     * The identifier written in JSON, such as {@code part-payment}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, RecompensePreference> BY_TEXT = EnumIds.index(RecompensePreference.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static RecompensePreference parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, RecompensePreference.class, text, "recompense preference");
    }
}
