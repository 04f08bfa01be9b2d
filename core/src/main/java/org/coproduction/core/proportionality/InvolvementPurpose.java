package org.coproduction.core.proportionality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * What people are being involved for: giving evidence (a wider group) or designing solutions (a smaller
 * group). North Tyneside starts by "Seeking feedback from a wider group as the starting point", "before solutions are
 * developed by a smaller group of people who draw on care and support" (<i>Stronger Together</i>, 2024).
 */
@Experimental
public enum InvolvementPurpose {
    /** Gathering feedback and evidence from a wider group. */
    EVIDENCE,
    /** Designing solutions with a smaller group. */
    DESIGN;

    /**
     * The identifier written in JSON, such as {@code evidence}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, InvolvementPurpose> BY_TEXT = EnumIds.index(InvolvementPurpose.class);

    /**
     * Reads a purpose from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the purpose, not null
     * @throws IllegalArgumentException if the text names no purpose, listing the allowed ones
     */
    @JsonCreator
    public static InvolvementPurpose parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, InvolvementPurpose.class, text, "involvement purpose");
    }
}
