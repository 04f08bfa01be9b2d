package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How a {@link RateRule} turns time into money (domain notes, "Rule types the rules engine must support",
 * items 1–4).
 */
@Stable
public enum RateBasis {
    /** An hourly rate for the paid minutes (NIHR-style hourly schemes, Co-Production Collective £30/h). */
    HOURLY,
    /** Duration bands: a half-day and a day fee, or hourly up to a point then a fixed band (NHS England Role 4). */
    BANDED,
    /** A flat fee per activity whatever its length, preparation included (HQIP). */
    FLAT_FEE,
    /** The activity counts as a fixed number of hours at an hourly rate (Pain Centre Versus Arthritis). */
    TIME_EQUIVALENT,
    /** Time is not paid, only expenses: for example staff taking part in paid time, or NHS England Roles 1–3. */
    UNPAID;

    /**
     * The basis as written in JSON, such as {@code flat-fee}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a basis from its identifier or constant name.
     *
     * @param text  the text, such as {@code hourly}, not null
     * @return the basis, not null
     * @throws IllegalArgumentException listing the allowed values if the text names none
     */
    @JsonCreator
    public static RateBasis parse(String text) {
        return EnumIds.parse(RateBasis.class, text, "rate basis");
    }
}
