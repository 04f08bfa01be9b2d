package org.coproduction.measures.interval;

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
public final class RateAccumulator implements Accumulator<EventCount, EventCount, RateAccumulator> {

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

    @Override
    public EventCount result() {
        return EventCount.of(events, exposure);
    }
}
