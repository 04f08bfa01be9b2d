package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * How a person prefers to be contacted. Only the method is recorded, never the address or number: the
 * library holds pseudonymous records and contact details stay in the council's own system.
 */
@Stable
public enum ContactMethod {
    /** By email. */
    EMAIL,
    /** By telephone call. */
    PHONE,
    /** By text message. */
    TEXT_MESSAGE,
    /** By letter. */
    POST,
    /** Through the person's allocated worker, advocate or support worker. */
    THROUGH_WORKER,
    /** Through a group the person already belongs to, such as a forum or user-led organisation. */
    THROUGH_GROUP;

    /**
     * The identifier written in JSON, such as {@code text-message}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ContactMethod> BY_TEXT = EnumIds.index(ContactMethod.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static ContactMethod parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ContactMethod.class, text, "contact method");
    }
}
