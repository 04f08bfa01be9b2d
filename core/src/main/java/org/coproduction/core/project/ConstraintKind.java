package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * What limits how far a project can co-produce, stated openly: legal duties, money, time, urgent risk, or
 * practical limits (North Tyneside Council, <i>Stronger Together</i>, 2024, barriers: "the need to manage risks
 * quickly may sometimes limit our ability to co-produce changes"; "Legal, money and time constraints may limit
 * what we can do").
 */
@Stable
public enum ConstraintKind {
    /** A legal duty or statutory requirement. */
    LEGAL,
    /** Money or resources. */
    MONEY,
    /** Time, such as a fixed deadline. */
    TIME,
    /** An urgent risk that must be acted on before people can be involved. */
    URGENT_RISK,
    /** A practical limit. */
    PRACTICAL;

    /**
     * The identifier written in JSON, such as {@code urgent-risk}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ConstraintKind> BY_TEXT = EnumIds.index(ConstraintKind.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static ConstraintKind parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ConstraintKind.class, text, "constraint kind");
    }
}
