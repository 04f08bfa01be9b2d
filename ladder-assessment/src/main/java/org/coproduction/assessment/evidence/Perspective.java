package org.coproduction.assessment.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Whose view a set of answers gives: people with lived experience, professionals, or both together.
 *
 * <p>The same instrument answered from two perspectives shows where they see the work differently; the
 * combined placement is by default the lower of the two, so professionals cannot rate themselves up alone.
 */
@Stable
public enum Perspective {
    /** People with lived experience of care and support, and unpaid carers. */
    LIVED_EXPERIENCE,
    /** Practitioners, managers and commissioners. */
    PROFESSIONAL,
    /** Answered together by both, or derived from the record. */
    JOINT;

    /**
     * The perspective as written in JSON, such as {@code lived-experience}.
     *
     * @return the identifier
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a perspective from its identifier or constant name, ignoring case.
     *
     * @param text  the text
     * @return the perspective
     * @throws IllegalArgumentException if the text names none, listing those there are
     */
    @JsonCreator
    public static Perspective parse(String text) {
        return EnumIds.parse(Perspective.class, text, "perspective");
    }
}
