package org.coproduction.core.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How far a fact the library ships has been checked against its source.
 *
 * <p>Presets say this openly so that nobody presents an unchecked rate or wording as official.
 */
@Stable
public enum SourceStatus {
    /** Read in a primary or authoritative source: the publisher, or a body that reproduces it with permission. */
    VERIFIED,
    /** Taken from a secondary source only, such as a widely reproduced summary. */
    SECONDARY,
    /** Not confirmed: check the original before relying on it. */
    UNVERIFIED,
    /** The library's own reasoned synthesis or mapping, not a published table. */
    LIBRARY_OWN;

    /**
     * The status as written in JSON: {@code verified}, {@code secondary}, {@code unverified} or {@code library-own}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a status from its identifier or constant name, ignoring case.
     *
     * @param text  the text, such as {@code unverified}, not null
     * @return the status, not null
     * @throws IllegalArgumentException if the text names no status
     */
    @JsonCreator
    public static SourceStatus parse(String text) {
        return EnumIds.find(SourceStatus.class, text).orElseThrow(() -> new IllegalArgumentException(
                "Unknown source status \"" + text + "\"; expected one of " + EnumIds.allowed(SourceStatus.class)));
    }
}
