package org.coproduction.assessment.history;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * How a project moved between two dated assessments.
 */
@Experimental
public enum Movement {
    /** Placed on a higher rung than before. */
    CLIMBED,
    /** Placed on the same rung as before. */
    STALLED,
    /** Placed on a lower rung than before. */
    SLIPPED,
    /** One of the two assessments has not enough evidence for a placement, so the movement is unknown. */
    UNKNOWN;

    /**
     * The movement as written in JSON, such as {@code climbed}.
     *
     * @return the identifier
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a movement from its identifier or constant name, ignoring case.
     *
     * @param text  the text
     * @return the movement
     * @throws IllegalArgumentException if the text names none
     */
    @JsonCreator
    public static Movement parse(String text) {
        return EnumIds.parse(Movement.class, text, "movement");
    }
}
