package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * What kind of undertaking a project is: an ongoing group (a forum, a board, a partnership, a steering group,
 * a peer-led group) or work with an end (a time-limited project or a task-and-finish group).
 *
 * <p>North Tyneside chooses the approach of a co-production plan by "Whether the activity is ongoing or
 * project-based", "Delivery timeframes" and "The scope and nature of the work" (<i>Stronger Together</i>, 2024); its examples include an improvement forum,
 * a carers forum and a peer-led group, and Shropshire's Direct Payments Board works through task-and-finish
 * groups.
 */
@Stable
public enum ProjectKind {
    /** An ongoing forum, such as an improvement forum or a carers forum. */
    FORUM(true),
    /** An ongoing board, such as a Direct Payments Board or a Making it Real board. */
    BOARD(true),
    /** An ongoing partnership or alliance, such as a Mental Health Alliance. */
    PARTNERSHIP(true),
    /** An ongoing steering group. */
    STEERING_GROUP(true),
    /** An ongoing peer-led support group. */
    PEER_GROUP(true),
    /** A working group set up to deliver part of a strategy, such as an engagement working group. */
    WORKING_GROUP(true),
    /** A time-limited project. */
    PROJECT(false),
    /** A task-and-finish group, set up for one piece of work. */
    TASK_AND_FINISH_GROUP(false);

    private final boolean ongoing;

    ProjectKind(boolean ongoing) {
        this.ongoing = ongoing;
    }

    /**
     * Whether this kind is an ongoing group rather than time-limited work.
     *
     * @return true for forums, boards, partnerships, steering groups, peer groups and working groups
     */
    public boolean isOngoing() {
        return ongoing;
    }

    /**
     * The identifier written in JSON, such as {@code task-and-finish-group}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    private static final Map<String, ProjectKind> BY_TEXT = EnumIds.index(ProjectKind.class);

    /**
     * Reads a kind from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the text names no kind, listing the allowed ones
     */
    @JsonCreator
    public static ProjectKind parse(CharSequence text) {
        return EnumIds.parse(BY_TEXT, ProjectKind.class, text, "project kind");
    }
}
