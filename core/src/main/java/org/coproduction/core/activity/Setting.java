package org.coproduction.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Where an activity happens: at a venue, online, both, by phone or in writing. Compare a participant's
 * {@link org.coproduction.core.participant.ParticipationMode preferred ways of taking part}.
 */
@Stable
public enum Setting {
    /** At a venue, face to face. */
    IN_PERSON,
    /** Online only. */
    ONLINE,
    /** At a venue with people also joining online. */
    HYBRID,
    /** By telephone. */
    PHONE,
    /** In writing, such as a survey form or a diary. */
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

    private static final Map<String, Setting> BY_TEXT = EnumIds.index(Setting.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static Setting parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, Setting.class, text, "setting");
    }
}
