package org.coproduction.measures.loop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.FeedbackStatus;
import org.coproduction.core.value.EnumIds;

/**
 * Where a feedback item stands for the loop-closure measures.
 */
@Stable
public enum LoopState {
    /** Raised or in progress: the loop is open. */
    OPEN,
    /** Done, with an outcome reported back ("we did … which resulted in"): closed. */
    DONE,
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
     * Whether the item could not be done, explained back or not.
     *
     * @return true for the two "could not" states
     */
    public boolean isCouldNot() {
        return this == COULD_NOT_NOT_YET_EXPLAINED || this == COULD_NOT_EXPLAINED;
    }

    /**
     * The loop state of a core feedback status.
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
