package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How a person likes to take part: in person, online, by phone or in writing.
 *
 * <p>North Tyneside's co-production guide commits to "access to a variety of options to participate, and support
 * available if they need it"
 * (<i>Stronger Together</i>, 2024); the Care Act procedures ask commissioners to attend to the time and venue
 * of meetings.
 */
@Stable
public enum ParticipationMode {
    /** Face to face, at a venue. */
    IN_PERSON,
    /** By video call or an online platform. */
    ONLINE,
    /** By telephone. */
    PHONE,
    /** In writing: letters, email, forms or diaries. */
    IN_WRITING;

    /**
     * The identifier written in JSON, such as {@code in-person}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ParticipationMode> BY_TEXT = EnumIds.index(ParticipationMode.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static ParticipationMode parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ParticipationMode.class, text, "participation mode");
    }
}
