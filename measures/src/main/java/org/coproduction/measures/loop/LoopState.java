package org.coproduction.measures.loop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.FeedbackStatus;
import org.coproduction.core.value.EnumIds;

/**
 * Where a feedback item stands for the loop-closure measures.
 *
 * <p>Closing the loop means telling people: an item is {@linkplain #isClosed() closed} only when the people
 * who raised it were told what happened (every outcome told back) or why it could not be done (explained
 * back). The earlier meaning, an outcome recorded or a reason explained back whether or not anyone was told
 * of the outcome, is {@link #isResolved()}.
 */
@Stable
public enum LoopState {
    /** Raised or in progress: the loop is open. */
    OPEN,
    /** Done, and the people who raised it were told of every outcome ("we did … which resulted in"): closed. */
    DONE,
    /** Done, with an outcome recorded, but the people who raised it have not been told of it yet: still open. */
    DONE_NOT_YET_TOLD,
    /** It could not be done, and the reason has not been explained back yet: still open. */
    COULD_NOT_NOT_YET_EXPLAINED,
    /** It could not be done, and the reason was explained back ("we could not, because"): closed. */
    COULD_NOT_EXPLAINED;

    /**
     * Whether the loop is closed in this state.
     *
     * @return true for {@link #DONE} and {@link #COULD_NOT_EXPLAINED}
     */
    public boolean isClosed() {
        return this == DONE || this == COULD_NOT_EXPLAINED;
    }

    /**
     * Whether the item is resolved: done with an outcome recorded, told back or not, or could not be done and
     * explained back. This is what "closed" meant before closing required telling people of the outcome.
     *
     * @return true for {@link #DONE}, {@link #DONE_NOT_YET_TOLD} and {@link #COULD_NOT_EXPLAINED}
     */
    public boolean isResolved() {
        return isClosed() || this == DONE_NOT_YET_TOLD;
    }

    /**
     * Whether the item could not be done, explained back or not.
     *
     * @return true for the two "could not" states
     */
    public boolean isCouldNot() {
        return this == COULD_NOT_NOT_YET_EXPLAINED || this == COULD_NOT_EXPLAINED;
    }

    /**
     * The loop state of a core feedback status, taking a resulted item's people as told; {@link
     * LoopItem#from(org.coproduction.core.feedback.FeedbackItem)} looks at the outcomes to tell {@link #DONE}
     * from {@link #DONE_NOT_YET_TOLD}.
     *
     * @param status  the status worked out by {@link org.coproduction.core.feedback.FeedbackItem#status()},
     *     not null
     * @return the loop state, not null
     */
    public static LoopState of(FeedbackStatus status) {
        switch (status) {
            case RESULTED:
                return DONE;
            case COULD_NOT_EXPLAINED:
                return COULD_NOT_EXPLAINED;
            case COULD_NOT_NOT_YET_EXPLAINED:
                return COULD_NOT_NOT_YET_EXPLAINED;
            default:
                return OPEN;
        }
    }

    /**
     * The state as written in JSON, such as {@code could-not-explained}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a state from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the state, not null
     * @throws IllegalArgumentException if the text names no state
     */
    @JsonCreator
    public static LoopState parse(CharSequence text) {
        return EnumIds.parse(LoopState.class, text, "loop state");
    }
}
