package org.coproduction.core.feedback;

import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Where a "you said, we did" item stands, always worked out from what has been recorded (never typed in):
 * see {@link FeedbackItem#status()}.
 */
@Stable
public enum FeedbackStatus {
    /** Raised; nothing done and no answer yet. */
    RAISED(false),
    /** One or more actions are recorded, but there is no outcome yet or an action is still under way. */
    IN_PROGRESS(false),
    /** Outcomes are recorded and every action is complete: the loop is closed with "which resulted in". */
    RESULTED(true),
    /** It could not be done, and the reason has not yet been explained back to the people who raised it. */
    COULD_NOT_NOT_YET_EXPLAINED(false),
    /** It could not be done, and the reason was explained back: the loop is closed honestly. */
    COULD_NOT_EXPLAINED(true);

    private final boolean closed;

    FeedbackStatus(boolean closed) {
        this.closed = closed;
    }

    /**
     * Whether the loop is closed: there is an outcome, or the reason it could not be done was explained back.
     *
     * @return true for {@link #RESULTED} and {@link #COULD_NOT_EXPLAINED}
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Whether the item is still being worked on: raised or in progress.
     *
     * @return true for {@link #RAISED} and {@link #IN_PROGRESS}
     */
    public boolean isOpen() {
        return this == RAISED || this == IN_PROGRESS;
    }

    /**
     * The identifier as written in reports, such as {@code in-progress}.
     *
     * @return the kebab-case identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }
}
