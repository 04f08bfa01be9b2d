package org.coproduction.measures.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Whether people who answered "I've never tried to find information or advice" are left out of the
 * denominator of the finding-information measure. The domain notes believe the ASCOF handbook excludes
 * them but could not read it [U], so the choice is explicit.
 */
@Stable
public enum InformationRule {
    /** "Never tried" is left out of the denominator (believed to be the ASCOF rule [U]); the default. */
    EXCLUDE_NEVER_TRIED,
    /** "Never tried" stays in the denominator and counts as not finding information easy. */
    INCLUDE_NEVER_TRIED;

    /**
     * The rule as written in JSON, such as {@code exclude-never-tried}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a rule from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if the text names no rule
     */
    @JsonCreator
    public static InformationRule parse(CharSequence text) {
        return EnumIds.parse(InformationRule.class, text, "information rule");
    }
}
