package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Whether a statement line is payment for time or a reimbursed expense. The two are always kept apart:
 * payment for time counts as earnings for tax and benefits, genuine expenses repaid at cost do not (NIHR
 * 2024 tax guide; SWRU; SCIE [V]).
 */
@Stable
public enum LineKind {
    /** Payment for time: counts as earnings, however it is paid (money or vouchers). */
    TIME,
    /** A reimbursed expense: not earnings. */
    EXPENSE;

    /**
     * The kind as written in JSON, such as {@code time}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a kind from its identifier or constant name.
     *
     * @param text  the text, not null
     * @return the kind, not null
     * @throws IllegalArgumentException listing the allowed values if the text names none
     */
    @JsonCreator
    public static LineKind parse(String text) {
        return EnumIds.parse(LineKind.class, text, "line kind");
    }
}
