package org.coproduction.core.feedback;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * "We did": one action taken in answer to what people said, who owns it, and when it started, was due and
 * was completed.
 *
 * <p>From Shropshire's "Experts by Experience said → This led to → Which resulted in" table, for example
 * "Direct Payments Board established. The Board is co-chaired by an Expert by Experience and the Director of
 * ASC." The decision to act can be traced to the activity (such as a board meeting) where it was made.
 *
 * <p>Rules: the text and owner are not blank; the activity identifier keeps the identifier rule;
 * completion is not certainly before the start, and the due date is not certainly before the start.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class FeedbackAction implements WithFeedbackAction {

    /**
     * What was done, in plain words.
     *
     * @return the action, not blank
     */
    public abstract String weDid();

    /**
     * Who owns the action: a role, team or group, such as "Director of Adult Social Care"; never a person's
     * name.
     *
     * @return the owner, not blank
     */
    public abstract String owner();

    /**
     * The activity at which the decision to act was made, such as a board meeting.
     *
     * @return the activity's identifier, or empty
     */
    public abstract Optional<String> decidedAt();

    /**
     * When work on the action started.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> startedOn();

    /**
     * When the action was due to be complete.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> dueOn();

    /**
     * When the action was completed.
     *
     * @return the date, or empty while it is not complete or the date is not known
     */
    public abstract Optional<PartialDate> completedOn();

    /**
     * A builder for an action.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link FeedbackAction} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableFeedbackAction.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("FeedbackAction").notBlank(weDid(), "weDid").notBlank(owner(), "owner");
        decidedAt().ifPresent(a -> Ids.check(problems, a, "decidedAt"));
        startedOn().ifPresent(s -> {
            completedOn().ifPresent(c -> problems.check(!c.isCertainlyBefore(s), "completedOn",
                    "must not be before startedOn " + s, c));
            dueOn().ifPresent(d -> problems.check(!d.isCertainlyBefore(s), "dueOn", "must not be before startedOn " + s, d));
        });
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "We did: " + weDid() + " (" + owner() + completedOn().map(c -> ", completed " + c).orElse("") + ")";
    }
}
