package org.coproduction.core.ladder;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * The three bands of the TLAP ladder of co-production: what the relationship between people and those
 * responsible for services is like.
 *
 * <p>Source: Wirral Council, <i>Adult Social Care Co-production Strategy 2024–2029</i>, "The Interaction
 * Ladder" (doing to, doing for, doing with), building on Think Local Act Personal's ladder of
 * participation.
 */
@Stable
public enum Band {
    /** Coercion and educating: things are done to people, who have no influence. */
    DOING_TO("Doing to"),
    /** Informing, consultation and engagement: things are done for people, who have limited influence. */
    DOING_FOR("Doing for"),
    /** Co-design and co-production: things are done with people, who share power. */
    DOING_WITH("Doing with");

    private final String displayName;

    Band(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The band's name as people say it, such as "Doing with".
     *
     * @return the name, not null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The band as written in JSON, such as {@code doing-with}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a band from its identifier, constant name or display name, ignoring case.
     *
     * @param text  the text, such as {@code doing-with} or {@code Doing with}, not null
     * @return the band, not null
     * @throws IllegalArgumentException if the text names no band
     */
    @JsonCreator
    public static Band parse(CharSequence text) {
        return EnumIds.parse(Band.class, text, "band");
    }
}
