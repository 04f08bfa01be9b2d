package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * The level of involvement a person wants: steps they can choose one at a time, from being kept informed to
 * leading or co-chairing.
 *
 * <p>In the Scottish adult support and protection project people did not always want to commit to a formal
 * group or attend every meeting, so "Different teams developed different ways to involve service users in
 * incremental steps that suited the level of participation the service user indicated they wanted" (<i>A Project to Support More Effective Involvement of Service Users in Adult Support
 * and Protection Activity</i>, chapter 5). North Tyneside notes that not everyone wants or is able to take
 * part (<i>Stronger Together</i>, 2024). The steps are the library's own naming of that idea; they are
 * ordered, so a person who wants a higher step is content with the lower ones.
 */
@Stable
public enum InvolvementLevel {
    /** Only to be kept informed about the work and what came of it. */
    KEEP_INFORMED,
    /** To give views, for example in a survey, a diary or a guided conversation. */
    SHARE_VIEWS,
    /** To take part in one-off activities such as a workshop or a conversation café. */
    ONE_OFF_ACTIVITIES,
    /** To be a regular member of a group, forum or board. */
    REGULAR_MEMBER,
    /** To lead: chair or co-chair a group, or co-deliver training. */
    LEAD;

    /**
     * The identifier written in JSON, such as {@code keep-informed}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, InvolvementLevel> BY_TEXT = EnumIds.index(InvolvementLevel.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static InvolvementLevel parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, InvolvementLevel.class, text, "involvement level");
    }

    /**
     * Whether this step includes another: a person who wants to be a regular member is also content to be
     * kept informed.
     *
     * @param other  the other step, not null
     * @return true if this step is the same as or above the other
     */
    public boolean includes(InvolvementLevel other) {
        return compareTo(other) >= 0;
    }
}
