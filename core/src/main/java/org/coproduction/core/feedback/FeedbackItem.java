package org.coproduction.core.feedback;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One turn of the "you said, we did" loop: what people said, who raised it, where and when; what was done
 * ("we did"); what that resulted in; or an honest "we could not, because", explained back to the people who
 * raised it.
 *
 * <p>Shropshire Council publishes its loop as a table, "Experts by Experience said → This led to → Which
 * resulted in", one row being "Ideas or experiences are often fed back but they disappear in the system" →
 * Making it Real meetings to complete the circle of communication → regular attendance of the Making it Real
 * chair at the Director's management meetings. North Tyneside commits to explain openly why an idea cannot
 * be implemented (<i>Stronger Together</i>, 2024).
 *
 * <p>The {@linkplain #status() status} is worked out from what is recorded, never typed in. Items can be
 * traced to the activities where they were raised ({@link #raisedAt()}) and the activities where decisions
 * were made ({@link FeedbackAction#decidedAt()}).
 *
 * <p>Rules: identifiers keep the identifier rule; "you said" is not blank; someone raised it (participant
 * identifiers or a description of the group); outcomes need at least one action; an item cannot both have
 * outcomes and be "could not"; actions, outcomes and the explanation are not certainly before the item was
 * raised (so the loop-closure measures can time every item that is accepted).
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class FeedbackItem implements WithFeedbackItem {

    /**
     * The item's identifier, such as {@code f-001}.
     *
     * @return the identifier, not null
     */
    public abstract String id();

    /**
     * The project or group the item belongs to.
     *
     * @return the project's identifier, or empty when it was raised outside any project
     */
    public abstract Optional<String> projectId();

    /**
     * "You said": what people told us, in their words or a faithful summary.
     *
     * @return the text, not blank
     */
    public abstract String youSaid();

    /**
     * The pseudonymous identifiers of the participants who raised it.
     *
     * @return the identifiers, not null
     */
    public abstract List<String> raisedBy();

    /**
     * Who raised it, when individuals are not recorded, such as experts by experience at a development
     * day.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> raisedByGroup();

    /**
     * The activities where it was raised.
     *
     * @return the activities' identifiers, not null
     */
    public abstract List<String> raisedAt();

    /**
     * When it was raised; a month or year when only that is known, or {@link PartialDate#UNKNOWN} when a
     * published source gives no date.
     *
     * @return the date, not null
     */
    public abstract PartialDate raisedOn();

    /**
     * "We did": the actions taken.
     *
     * @return the actions, not null
     */
    public abstract List<FeedbackAction> actions();

    /**
     * "Which resulted in": the outcomes of the actions.
     *
     * @return the outcomes, not null
     */
    public abstract List<FeedbackOutcome> outcomes();

    /**
     * "We could not, because": the honest answer when it cannot be done.
     *
     * @return the answer, or empty
     */
    public abstract Optional<CouldNotDo> couldNot();

    /**
     * A builder for a feedback item.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link FeedbackItem} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableFeedbackItem.Builder {
        Builder() {
        }
    }

    /**
     * Where the item stands, worked out from what is recorded: could not (explained back or not yet); else
     * resulted when there are outcomes and every action is complete; else in progress when there are actions;
     * else raised. An action counts as complete when it has a completion date, which may be
     * {@link PartialDate#UNKNOWN} when a source says it was done but not when.
     *
     * @return the status, not null
     */
    @JsonIgnore
    public FeedbackStatus status() {
        if (couldNot().isPresent()) {
            return couldNot().get().explainedBackOn().isPresent()
                    ? FeedbackStatus.COULD_NOT_EXPLAINED : FeedbackStatus.COULD_NOT_NOT_YET_EXPLAINED;
        }
        if (actions().isEmpty()) {
            return FeedbackStatus.RAISED;
        }
        boolean allDone = actions().stream().allMatch(a -> a.completedOn().isPresent());
        return !outcomes().isEmpty() && allDone ? FeedbackStatus.RESULTED : FeedbackStatus.IN_PROGRESS;
    }

    /**
     * Whether the loop is still not closed more than a number of days after the item was raised, as of a day.
     * With a month or year for the raising date, the last day it could have been is used, so an item is only
     * called overdue when it certainly is; an item whose raising date is {@linkplain PartialDate#UNKNOWN unknown}
     * is never called overdue.
     *
     * @param asOf  the day to judge on, not null
     * @param days  how many days a council allows to close the loop, not negative
     * @return true if not closed and raised more than {@code days} days before {@code asOf}
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public boolean isOverdue(LocalDate asOf, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Invalid number of days allowed to close the loop: must not be "
                    + "negative, was " + days);
        }
        return !status().isClosed() && raisedOn().isKnown() && raisedOn().latest().plusDays(days).isBefore(asOf);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("FeedbackItem").notBlank(youSaid(), "youSaid");
        Ids.check(problems, id(), "id");
        projectId().ifPresent(p -> Ids.check(problems, p, "projectId"));
        for (int i = 0; i < raisedBy().size(); i++) {
            Ids.check(problems, raisedBy().get(i), "raisedBy[" + i + "]");
        }
        for (int i = 0; i < raisedAt().size(); i++) {
            Ids.check(problems, raisedAt().get(i), "raisedAt[" + i + "]");
        }
        raisedByGroup().ifPresent(g -> problems.check(!g.isBlank(), "raisedByGroup", "must not be blank when present"));
        problems.check(!raisedBy().isEmpty() || raisedByGroup().isPresent(), "raisedBy",
                "must name who raised it: participant ids in raisedBy or a description in raisedByGroup");
        problems.check(outcomes().isEmpty() || !actions().isEmpty(), "outcomes",
                "need at least one action they resulted from", outcomes().size());
        problems.check(outcomes().isEmpty() || couldNot().isEmpty(), "couldNot",
                "must be absent when outcomes are recorded: an item either resulted in something or could not be done");
        for (int i = 0; i < actions().size(); i++) {
            FeedbackAction a = actions().get(i);
            int index = i;
            a.startedOn().ifPresent(s -> problems.check(!s.isCertainlyBefore(raisedOn()),
                    "actions[" + index + "].startedOn", "must not be before the item was raised on " + raisedOn(), s));
            a.completedOn().ifPresent(c -> problems.check(!c.isCertainlyBefore(raisedOn()),
                    "actions[" + index + "].completedOn", "must not be before the item was raised on " + raisedOn(), c));
        }
        for (int i = 0; i < outcomes().size(); i++) {
            int index = i;
            outcomes().get(i).on().ifPresent(o -> problems.check(!o.isCertainlyBefore(raisedOn()),
                    "outcomes[" + index + "].on", "must not be before the item was raised on " + raisedOn(), o));
            outcomes().get(i).toldBackOn().ifPresent(t -> problems.check(!t.isCertainlyBefore(raisedOn()),
                    "outcomes[" + index + "].toldBackOn", "must not be before the item was raised on " + raisedOn(), t));
        }
        couldNot().flatMap(CouldNotDo::explainedBackOn).ifPresent(e -> problems.check(!e.isCertainlyBefore(raisedOn()),
                "couldNot.explainedBackOn", "must not be before the item was raised on " + raisedOn(), e));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        // What was said is free text that may hold personal details, so it is never shown here.
        return "Feedback " + id() + " (" + status().id() + ")";
    }
}
