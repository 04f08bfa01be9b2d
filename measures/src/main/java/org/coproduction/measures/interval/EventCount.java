package org.coproduction.measures.interval;

import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A count of events over an exposure, such as 139 re-referrals among 1,250 people supported, or 12 complaints
 * over 3.5 thousand hours of support: the inputs of an exact Poisson rate. What a {@link RateAccumulator}
 * produces.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class EventCount implements WithEventCount, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The number of events.
     *
     * @return the count, at least 0
     */
    public abstract long events();

    /**
     * The exposure the events happened over (people, person-years, hours), in the caller's unit.
     *
     * @return the exposure, at least 0 and finite
     */
    public abstract double exposure();

    /**
     * Events over an exposure.
     *
     * @param events  the number of events, at least 0
     * @param exposure  the exposure, at least 0 and finite
     * @return the count, not null
     * @throws org.coproduction.core.validation.ValidationException if either is negative or the exposure is not finite
     */
    public static EventCount of(long events, double exposure) {
        return ImmutableEventCount.builder().events(events).exposure(exposure).build();
    }

    /**
     * The rate, events per unit of exposure.
     *
     * @return the rate, or NaN when there is no exposure
     */
    public double rate() {
        return exposure() == 0 ? Double.NaN : events() / exposure();
    }

    /**
     * The exact (Garwood) interval for the rate at 95% confidence.
     *
     * @return the interval, not null
     * @throws org.coproduction.core.validation.ValidationException if the exposure is zero
     */
    public ConfidenceInterval garwood() {
        return Intervals.poissonRate(events(), exposure());
    }

    /**
     * The ratio of this rate to an earlier (or comparison) rate, with its exact conditional interval at 95%.
     *
     * @param comparison  the comparison counts, not null, with at least one event
     * @return the interval for this rate ÷ the comparison rate, not null
     * @throws org.coproduction.core.validation.ValidationException if an exposure is zero or the comparison
     *     has no events
     */
    public ConfidenceInterval ratioTo(EventCount comparison) {
        return Intervals.rateRatio(events(), exposure(), comparison.events(), comparison.exposure());
    }

    @Value.Check
    EventCount check() {
        Violations.of("EventCount")
                .check(events() >= 0, "events", "must not be negative", events())
                .check(exposure() >= 0 && Double.isFinite(exposure()), "exposure", "must be finite and not negative",
                        exposure())
                .throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withExposure(exposure() + 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d events over %s", events(), Intervals.show(exposure()));
    }
}
