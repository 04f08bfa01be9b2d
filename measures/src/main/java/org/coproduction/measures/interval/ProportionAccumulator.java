package org.coproduction.measures.interval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;

/**
 * Counts records with and without an outcome into a {@link ProportionCount}, in constant memory (two
 * counters). Merging adds the counters, so it is exactly associative and commutative.
 *
 * <pre>{@code
 * ProportionCount control = answers.parallelStream()
 *     .map(code -> code <= 2)                     // ASCOF 1B: codes 1 and 2 count as "control"
 *     .collect(Accumulators.collector(ProportionAccumulator::new));
 * control.wilson();
 * }</pre>
 */
@Stable
public final class ProportionAccumulator implements Accumulator<Boolean, ProportionCount, ProportionAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private long successes;
    private long trials;

    /** An empty accumulator. */
    public ProportionAccumulator() {
    }

    /**
     * Counts one record.
     *
     * @param hasOutcome  whether the record has the outcome, not null
     * @throws org.coproduction.core.validation.ValidationException if the record is missing
     */
    @Override
    public void add(Boolean hasOutcome) {
        Violations.of("record").check(hasOutcome != null, "hasOutcome", "must be true or false").throwIfAny();
        trials++;
        if (hasOutcome) {
            successes++;
        }
    }

    @Override
    public ProportionAccumulator merge(ProportionAccumulator other) {
        successes = Math.addExact(successes, other.successes);
        trials = Math.addExact(trials, other.trials);
        return this;
    }

    /**
     * The two counts so far, as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public ProportionCount state() {
        return ProportionCount.of(successes, trials);
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProportionAccumulator from(ProportionCount state) {
        ProportionAccumulator acc = new ProportionAccumulator();
        acc.successes = state.successes();
        acc.trials = state.trials();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("ProportionAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(ProportionCount state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public ProportionCount result() {
        return ProportionCount.of(successes, trials);
    }
}
