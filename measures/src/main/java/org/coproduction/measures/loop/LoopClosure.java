package org.coproduction.measures.loop;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.validation.Violations;
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
 *
 * <p>The accumulator travels between machines as its {@link #state()}: in JSON
 * ({@code CoproductionJson.write(loop)}, read back with {@code CoproductionJson.read(json, LoopClosure.class)})
 * or by Java serialisation, and the copy read back goes on adding and merging exactly as the original would.
 */
@Stable
public final class LoopClosure implements Accumulator<LoopItem, LoopClosureResult, LoopClosure>, Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * Everything this accumulator has counted, as a value: what it is written as in JSON and by Java
     * serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public State state() {
        return new State(counts[ITEMS], counts[CLOSED], counts[COULD_NOT], counts[COULD_NOT_EXPLAINED], counts[DONE],
                counts[DONE_NOT_YET_TOLD], counts[UNKNOWN_TIME], days.counts());
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same items.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LoopClosure from(State state) {
        LoopClosure loop = new LoopClosure();
        loop.counts[ITEMS] = state.items();
        loop.counts[CLOSED] = state.closed();
        loop.counts[COULD_NOT] = state.couldNot();
        loop.counts[COULD_NOT_EXPLAINED] = state.couldNotExplained();
        loop.counts[DONE] = state.done();
        loop.counts[DONE_NOT_YET_TOLD] = state.doneNotYetTold();
        // Resolved means closed, or done but not yet told: it follows from the two counts.
        loop.counts[RESOLVED] = state.closed() + state.doneNotYetTold();
        loop.counts[UNKNOWN_TIME] = state.closedWithoutKnownTime();
        state.daysToClose().forEach((d, n) -> loop.days.add(d, n.longValue()));
        return loop;
    }

    /**
     * The counts behind the loop-closure measures: what a {@link LoopClosure} has seen, as a value that can be
     * written in JSON or sent to another machine.
     *
     * @param items  every item added
     * @param closed  the items closed, with a known time or not
     * @param couldNot  the "could not" items, closed or not
     * @param couldNotExplained  the "could not" items explained back (these are closed)
     * @param done  the items done with an outcome reported back (these are closed)
     * @param doneNotYetTold  the items done with an outcome recorded whose people have not been told of it yet
     *     (these are open)
     * @param closedWithoutKnownTime  the closed items whose time to close is not known
     * @param daysToClose  how many closed items took each whole number of days, not null
     */
    public record State(long items, long closed, long couldNot, long couldNotExplained, long done,
            long doneNotYetTold, long closedWithoutKnownTime, Map<Integer, Long> daysToClose) implements Serializable {

        /**
         * Checks that the counts fit together, and copies the days in order.
         *
         * @throws org.coproduction.core.validation.ValidationException naming every count that does not fit
         */
        public State {
            Violations problems = Violations.of("LoopClosure.State")
                    .check(daysToClose != null, "daysToClose", "is required")
                    .check(items >= 0, "items", "must not be negative", items)
                    .check(closed >= 0 && closed <= items, "closed", "must be from 0 to items " + items, closed)
                    .check(couldNot >= 0 && couldNot <= items, "couldNot", "must be from 0 to items " + items, couldNot)
                    .check(couldNotExplained >= 0 && couldNotExplained <= couldNot, "couldNotExplained",
                            "must be from 0 to couldNot " + couldNot, couldNotExplained)
                    .check(done >= 0 && done <= closed - couldNotExplained, "done",
                            "must be from 0 to closed − couldNotExplained " + (closed - couldNotExplained), done)
                    .check(doneNotYetTold >= 0 && doneNotYetTold <= items - closed, "doneNotYetTold",
                            "must be from 0 to items − closed " + (items - closed), doneNotYetTold)
                    .check(closedWithoutKnownTime >= 0 && closedWithoutKnownTime <= closed, "closedWithoutKnownTime",
                            "must be from 0 to closed " + closed, closedWithoutKnownTime);
            long timed = 0;
            if (daysToClose != null) {
                for (Map.Entry<Integer, Long> e : daysToClose.entrySet()) {
                    Integer d = e.getKey();
                    Long n = e.getValue();
                    problems.check(d != null && d >= 0 && d < Integer.MAX_VALUE, "daysToClose",
                            "must have whole days from 0 to " + (Integer.MAX_VALUE - 1) + " as keys", d);
                    problems.check(n != null && n > 0, "daysToClose[" + d + "]", "must be a positive count", n);
                    timed = n == null || n <= 0 ? timed : timed > Long.MAX_VALUE - n ? Long.MAX_VALUE : timed + n;
                }
            }
            problems.check(timed == closed - closedWithoutKnownTime, "daysToClose",
                    "must count closed − closedWithoutKnownTime " + (closed - closedWithoutKnownTime)
                            + " items in all", timed);
            problems.throwIfAny();
            daysToClose = Collections.unmodifiableMap(new TreeMap<>(daysToClose));
        }
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("LoopClosure is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(State state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
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
