package org.coproduction.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * What an expense claim is for.
 *
 * <p>Typical categories in involvement policies are travel (public transport, taxi where needed, mileage),
 * parking, meals, overnight stays, the cost of replacement care or a support worker so the person can take
 * part, printing and ink, and phone or internet costs (NHS England PPV expenses policy; NIHR 2024 guidance on
 * payment and tax; see the library's recompense notes). Genuine out-of-pocket expenses are repaid, not
 * paid as earnings.
 */
@Stable
public enum ExpenseCategory {
    /** Public transport fares. */
    PUBLIC_TRANSPORT,
    /** A taxi, where public transport is not suitable. */
    TAXI,
    /** Mileage for a private car. */
    MILEAGE,
    /** Parking charges. */
    PARKING,
    /** Meals and refreshments while taking part. */
    MEALS,
    /** An overnight stay. */
    ACCOMMODATION,
    /** Replacement care for a person the participant cares for. */
    REPLACEMENT_CARE,
    /** A support worker or personal assistant who comes with the participant. */
    SUPPORT_WORKER,
    /** Printing, paper and ink. */
    PRINTING,
    /** Phone calls, data or internet access to take part online. */
    PHONE_AND_INTERNET,
    /** Any other reasonable expense agreed in advance. */
    OTHER;

    /**
     * The identifier written in JSON, such as {@code public-transport}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ExpenseCategory> BY_TEXT = EnumIds.index(ExpenseCategory.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static ExpenseCategory parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ExpenseCategory.class, text, "expense category");
    }
}
