package org.coproduction.core.feedback;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Why something people asked for could not be done, in the categories North Tyneside commits to explain
 * openly: legal duties, money (resources), time and practical limits (<i>Stronger Together</i>, 2024,
 * "honesty and transparency").
 */
@Stable
public enum ReasonCategory {
    /** A legal duty or statutory requirement prevents it. */
    LEGAL_DUTY,
    /** There is not the money or resource, such as an advocacy contract with no room for non-statutory work. */
    MONEY,
    /** There is not the time, for example a fixed deadline. */
    TIME,
    /** A practical limit, such as the complexity of converting paper tools to electronic formats. */
    PRACTICAL;

    /**
     * The identifier written in JSON, such as {@code legal-duty}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ReasonCategory> BY_TEXT = EnumIds.index(ReasonCategory.class);

    /**
     * Reads a category from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the category, not null
     * @throws IllegalArgumentException if the text names no category, listing the allowed ones
     */
    @JsonCreator
    public static ReasonCategory parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ReasonCategory.class, text, "reason category");
    }
}
