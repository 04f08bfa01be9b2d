package org.coproduction.measures.loop;

import java.util.OptionalLong;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.indicator.Share;

/**
 * Accumulates feedback items into the loop-closure measures ({@link LoopClosureResult}): the share closed (the
 * people told what happened, see {@link LoopState}), the share resolved (the earlier meaning of closed),
 * the share of "could not" items explained back, and the median and 90th percentile of days to close,
 * exact through a {@link DayHistogram}. Memory is a few counts plus one count per distinct number of days.
 *
 * <pre>{@code
 * LoopClosure loop = new LoopClosure();
 * feedbackItems.forEach(loop::add);            // core FeedbackItem records
 * loop.result().medianDaysToClose();
 * }</pre>
 */
public final class LoopClosure implements Accumulator<LoopItem, LoopClosureResult, LoopClosure> {

    private static final int ITEMS = 0;
    private static final int CLOSED = 1;
    private static final int COULD_NOT = 2;
    private static final int COULD_NOT_EXPLAINED = 3;
    private static final int DONE = 4;
    private static final int UNKNOWN_TIME = 5;
    private static final int RESOLVED = 6;
    private static final int DONE_NOT_YET_TOLD = 7;

    private final long[] counts = new long[8];
    private final DayHistogram days = new DayHistogram();

    /** An empty accumulator. */
    public LoopClosure() {
        // State is in the final fields above.
    }

    @Override
    public void add(LoopItem item) {
        counts[ITEMS]++;
        LoopState state = item.state();
        if (state.isCouldNot()) {
            counts[COULD_NOT]++;
        }
        if (state == LoopState.DONE) {
            counts[DONE]++;
        }
        if (state == LoopState.DONE_NOT_YET_TOLD) {
            counts[DONE_NOT_YET_TOLD]++;
        }
        if (state.isResolved()) {
            counts[RESOLVED]++;
        }
        if (!state.isClosed()) {
            return;
        }
        counts[CLOSED]++;
        if (state == LoopState.COULD_NOT_EXPLAINED) {
            counts[COULD_NOT_EXPLAINED]++;
        }
        OptionalLong d = item.daysToClose();
        if (d.isPresent()) {
            days.add(d.getAsLong());
        } else {
            counts[UNKNOWN_TIME]++;
        }
    }

    /**
     * Adds a core feedback item, through {@link LoopItem#from(FeedbackItem)}.
     *
     * @param item  the feedback item, not null
     */
    public void add(FeedbackItem item) {
        add(LoopItem.from(item));
    }

    @Override
    public LoopClosure merge(LoopClosure other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.addExact(counts[i], other.counts[i]);
        }
        days.merge(other.days);
        return this;
    }

    @Override
    public LoopClosureResult result() {
        return new LoopClosureResult(Share.of(counts[CLOSED], counts[ITEMS]), Share.of(counts[RESOLVED], counts[ITEMS]),
                Share.of(counts[COULD_NOT_EXPLAINED], counts[COULD_NOT]), counts[DONE], counts[DONE_NOT_YET_TOLD],
                counts[UNKNOWN_TIME],
                boxed(days.percentile(50)), boxed(days.percentile(90)), days.counts());
    }

    private static java.util.Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? java.util.Optional.of(value.getAsLong()) : java.util.Optional.empty();
    }
}
