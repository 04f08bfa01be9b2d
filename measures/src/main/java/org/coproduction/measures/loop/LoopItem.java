package org.coproduction.measures.loop;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.CouldNotDo;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;

/**
 * One feedback item as the loop-closure measures see it: its state, the day it was raised and the day the
 * loop closed, where those days are known exactly.
 *
 * <p>The time to close is only counted when both days are known to the day; otherwise the item still counts
 * as closed, and is reported among the closed items without a known time, never given a guessed one.
 *
 * @param itemId  the item's identifier, not blank
 * @param state  where the item stands, not null
 * @param raisedOn  the day it was raised, if known to the day
 * @param closedOn  the day the loop closed (the day the people were told of the last of the outcomes, or the
 *     day the reason was explained back), if closed and known to the day; absent for items that are not closed
 */
@Stable
public record LoopItem(String itemId, LoopState state, Optional<LocalDate> raisedOn, Optional<LocalDate> closedOn) {

    /**
     * Checks the item.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem: a blank identifier, no
     *     state, a closing day on an item that is not closed, or a closing day before the raising day
     */
    public LoopItem {
        raisedOn = Objects.requireNonNullElse(raisedOn, Optional.empty());
        closedOn = Objects.requireNonNullElse(closedOn, Optional.empty());
        Violations problems = Violations.of("LoopItem " + itemId)
                .check(itemId != null && !itemId.isBlank(), "itemId", "must not be blank", itemId)
                .check(state != null, "state", "is required");
        if (state != null) {
            problems.check(state.isClosed() || closedOn.isEmpty(), "closedOn",
                    "must be absent when the item is " + state.id(), closedOn.orElse(null));
        }
        if (raisedOn.isPresent() && closedOn.isPresent()) {
            problems.check(!closedOn.get().isBefore(raisedOn.get()), "closedOn",
                    "must not be before the item was raised on " + raisedOn.get(), closedOn.get());
        }
        problems.throwIfAny();
    }

    /**
     * An item with both days known.
     *
     * @param itemId  the identifier, not blank
     * @param state  the state, not null
     * @param raisedOn  the day raised, not null
     * @param closedOn  the day closed, or null when not closed
     * @return the item, not null
     * @throws org.coproduction.core.validation.ValidationException if the item is inconsistent
     */
    public static LoopItem of(String itemId, LoopState state, LocalDate raisedOn, LocalDate closedOn) {
        return new LoopItem(itemId, state, Optional.of(raisedOn), Optional.ofNullable(closedOn));
    }

    /**
     * The loop-closure view of a core feedback item. A resulted item is {@link LoopState#DONE} when the people
     * who raised it were told of every outcome ({@link FeedbackOutcome#toldBackOn()}), and its loop closes on
     * the latest of those days; until then it is {@link LoopState#DONE_NOT_YET_TOLD}. The loop of a "could not"
     * item closes on the day the reason was explained back. A day known only to the month or year leaves the
     * closing day unknown.
     *
     * @param item  the feedback item, not null
     * @return the loop item, not null
     */
    public static LoopItem from(FeedbackItem item) {
        LoopState state = LoopState.of(item.status());
        Optional<LocalDate> raised = exact(Optional.of(item.raisedOn()));
        Optional<LocalDate> closed = Optional.empty();
        if (state == LoopState.DONE) {
            if (item.outcomes().stream().allMatch(o -> o.toldBackOn().isPresent())) {
                closed = lastToldBackDay(item.outcomes());
            } else {
                state = LoopState.DONE_NOT_YET_TOLD;
            }
        } else if (state == LoopState.COULD_NOT_EXPLAINED) {
            closed = exact(item.couldNot().flatMap(CouldNotDo::explainedBackOn));
        }
        return new LoopItem(item.id(), state, raised, closed);
    }

    private static Optional<LocalDate> lastToldBackDay(List<FeedbackOutcome> outcomes) {
        LocalDate last = null;
        for (FeedbackOutcome o : outcomes) {
            Optional<LocalDate> day = exact(o.toldBackOn());
            if (day.isEmpty()) {
                // A month-dated telling could be the last: the closing day is unknown.
                return Optional.empty();
            }
            last = last == null || day.get().isAfter(last) ? day.get() : last;
        }
        return Optional.ofNullable(last);
    }

    private static Optional<LocalDate> exact(Optional<PartialDate> date) {
        return date.filter(PartialDate::isExact).map(PartialDate::toLocalDate);
    }

    /**
     * The whole days from raising to closing, when both are known.
     *
     * @return the days, at least 0, or empty
     */
    public OptionalLong daysToClose() {
        return raisedOn.isPresent() && closedOn.isPresent()
                ? OptionalLong.of(ChronoUnit.DAYS.between(raisedOn.get(), closedOn.get())) : OptionalLong.empty();
    }

    @Override
    public String toString() {
        return "LoopItem " + itemId + " (" + state.id() + ")" + raisedOn.map(d -> " raised " + d).orElse("")
                + closedOn.map(d -> " closed " + d).orElse("");
    }
}
