package org.coproduction.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * The kind of activity people take part in.
 *
 * <p>The kinds are those the sources name: meetings of forums and boards; workshops and development days;
 * surveys, guided conversations and interviews (including the independent semi-structured interviews of a
 * practice quality assessment framework); the group methods North Tyneside uses to fill gaps in evidence
 * (Conversation Cafés, Journey Mapping, Futures Workshops); evaluation diaries (East Ayrshire, North
 * Lanarkshire and Perth, in the Scottish adult support and protection project); training and conferences
 * delivered with experts by experience; evaluating tenders; and task-and-finish groups (Shropshire's Direct
 * Payments Board). Sources: North Tyneside Council, <i>Stronger Together</i> (2024); Shropshire Council; the
 * Scottish project's chapter 5.
 */
@Stable
public enum ActivityType {
    /** A meeting of a group, forum, board or partnership. */
    MEETING,
    /** A workshop or development day. */
    WORKSHOP,
    /** A survey, on paper or online. */
    SURVEY,
    /** A guided conversation or interview, one to one. */
    GUIDED_CONVERSATION,
    /** A Conversation Café: an informal small-group conversation. */
    CONVERSATION_CAFE,
    /** Journey Mapping: tracing a person's journey through services. */
    JOURNEY_MAPPING,
    /** A Futures Workshop: imagining and planning a better service. */
    FUTURES_WORKSHOP,
    /** An evaluation diary kept by a person who uses services or a practitioner. */
    EVALUATION_DIARY,
    /** Training delivered with or by experts by experience. */
    TRAINING,
    /** A conference delivered with experts by experience. */
    CONFERENCE,
    /** Evaluating tenders and helping award contracts. */
    TENDER_EVALUATION,
    /** A meeting of a task-and-finish group. */
    TASK_AND_FINISH_GROUP,
    /** Peer support, such as a peer-led support and friendship group session. */
    PEER_SUPPORT;

    /**
     * The identifier written in JSON, such as {@code guided-conversation}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ActivityType> BY_TEXT = EnumIds.index(ActivityType.class);

    /**
     * Reads a value from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text names no value, listing the allowed ones
     */
    @JsonCreator
    public static ActivityType parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ActivityType.class, text, "activity type");
    }
}
