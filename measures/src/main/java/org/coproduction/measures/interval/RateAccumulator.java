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
 * Adds up events and exposure into an {@link EventCount}, in constant memory. Each record is one unit's
 * contribution (a person's re-referrals and months supported, a service's complaints and hours). Event
 * counts merge exactly; the exposure is a floating-point sum, so merged parts agree with one pass up to
 * rounding in the last digits.
 */
@Stable
public final class RateAccumulator implements Accumulator<EventCount, EventCount, RateAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private long events;
    private double exposure;

    /** An empty accumulator. */
    public RateAccumulator() {
    }

    /**
     * Adds one unit's events and exposure.
     *
     * @param record  the events and exposure, not null
     * @throws org.coproduction.core.validation.ValidationException if the record is missing
     */
    @Override
    public void add(EventCount record) {
        Violations.of("event record").check(record != null, "record", "is required").throwIfAny();
        events = Math.addExact(events, record.events());
        exposure += record.exposure();
    }

    @Override
    public RateAccumulator merge(RateAccumulator other) {
        events = Math.addExact(events, other.events);
        exposure += other.exposure;
        return this;
    }

    /**
     * The events and exposure so far, as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public EventCount state() {
        return EventCount.of(events, exposure);
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RateAccumulator from(EventCount state) {
        RateAccumulator acc = new RateAccumulator();
        acc.events = state.events();
        acc.exposure = state.exposure();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("RateAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(EventCount state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public EventCount result() {
        return EventCount.of(events, exposure);
    }
}
