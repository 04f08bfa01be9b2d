package org.coproduction.assessment.perspective;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * How the placements from two perspectives combine into one.
 *
 * <p>The default, {@link #LOWER_OF_TWO}, takes the lower rung, so professionals cannot rate a project up on
 * their own; if either perspective has not enough evidence, neither does the combination.
 */
@Experimental
public enum CombinationRule {
    /** The lower of the two placements (the default): both perspectives must support a rung. */
    LOWER_OF_TWO,
    /** The lived-experience placement alone, with the professional one shown for comparison. */
    LIVED_EXPERIENCE_VIEW;

    /**
     * The rule as written in JSON, such as {@code lower-of-two}.
     *
     * @return the identifier
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a rule from its identifier or constant name, ignoring case.
     *
     * @param text  the text
     * @return the rule
     * @throws IllegalArgumentException if the text names no rule
     */
    @JsonCreator
    public static CombinationRule parse(String text) {
        return EnumIds.parse(CombinationRule.class, text, "combination rule");
    }
}
