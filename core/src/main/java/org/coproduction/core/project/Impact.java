package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How much the work changes people's lives and services: low, medium or high. With {@link Scope} it sets
 * how many people to involve (North Tyneside Council, <i>Stronger Together</i>, 2024: "Adapting the number of
 * people involved, proportionately to the impact of the work"). The three levels are the library's own.
 */
@Stable
public enum Impact {
    /** Small changes, such as the wording of one leaflet. */
    LOW,
    /** Noticeable changes to how a service works. */
    MEDIUM,
    /** Large changes, such as a new strategy, operating model or the recommissioning of a service. */
    HIGH;

    /**
     * The identifier written in JSON, such as {@code medium}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, Impact> BY_TEXT = EnumIds.index(Impact.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static Impact parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, Impact.class, text, "impact");
    }
}
