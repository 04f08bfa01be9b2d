package org.coproduction.assessment.instrument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * What an instrument produces: a place on a ladder, or a profile of separate ratings.
 */
@Stable
public enum InstrumentKind {
    /** The answers place a project on one rung of a ladder (weakest core dimension). */
    PLACEMENT,
    /** Each dimension is rated on a progress scale and the ratings are read side by side, with no single rung. */
    PROFILE;

    /**
     * The kind as written in JSON: {@code placement} or {@code profile}.
     *
     * @return the identifier
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a kind from its identifier or constant name, ignoring case.
     *
     * @param text  the text
     * @return the kind
     * @throws IllegalArgumentException if the text names no kind, listing the kinds there are
     */
    @JsonCreator
    public static InstrumentKind parse(String text) {
        return EnumIds.parse(InstrumentKind.class, text, "instrument kind");
    }
}
