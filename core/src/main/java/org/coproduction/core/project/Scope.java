package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How far the work reaches: one team, one service, a whole service area, the whole council, or a system
 * of partners. With {@link Impact} it sets how many people to involve: North Tyneside will address barriers by "Adapting the
 * number of people involved, proportionately to the impact of the work" (<i>Stronger Together</i>, 2024). The levels are the
 * library's own naming.
 */
@Stable
public enum Scope {
    /** One team. */
    TEAM,
    /** One service. */
    SERVICE,
    /** A service area, such as learning disability or mental health services. */
    SERVICE_AREA,
    /** The whole council's adult social care. */
    COUNCIL_WIDE,
    /** Several organisations, such as the council, the NHS and the voluntary sector. */
    SYSTEM_WIDE;

    /**
     * The identifier written in JSON, such as {@code service-area}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, Scope> BY_TEXT = EnumIds.index(Scope.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static Scope parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, Scope.class, text, "scope");
    }
}
