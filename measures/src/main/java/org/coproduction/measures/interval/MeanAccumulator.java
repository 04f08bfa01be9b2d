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
 * Accumulates observations into a {@link MeanSummary} in constant memory: Welford's update for each value
 * and the pairwise combination of Chan, Golub and LeVeque for {@link #merge}, so parts computed apart
 * combine into the same count, mean and spread (up to floating-point rounding) as one pass.
 *
 * <p>References: Welford BP (1962), <i>Technometrics</i> 4:419–420; Chan TF, Golub GH, LeVeque RJ (1983),
 * "Algorithms for computing the sample variance", <i>Am Stat</i> 37:242–247.
 */
@Stable
public final class MeanAccumulator implements Accumulator<Double, MeanSummary, MeanAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private long count;
    private double mean;
    private double sumOfSquaredDeviations;

    /** An empty accumulator. */
    public MeanAccumulator() {
    }

    /**
     * Adds one observation.
     *
     * @param value  the observation, finite
     * @throws org.coproduction.core.validation.ValidationException if the value is missing or not finite;
     *     the accumulator is then unchanged
     */
    @Override
    public void add(Double value) {
        Violations.of("observation")
                .check(value != null && Double.isFinite(value), "value", "must be a finite number", value)
                .throwIfAny();
        add(value.doubleValue());
    }

    /**
     * Adds one observation.
     *
     * @param value  the observation, finite
     * @throws org.coproduction.core.validation.ValidationException if the value is not finite
     */
    public void add(double value) {
        Violations.of("observation").check(Double.isFinite(value), "value", "must be a finite number", value)
                .throwIfAny();
        count++;
        double delta = value - mean;
        mean += delta / count;
        sumOfSquaredDeviations += delta * (value - mean);
    }

    @Override
    public MeanAccumulator merge(MeanAccumulator other) {
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            count = other.count;
            mean = other.mean;
            sumOfSquaredDeviations = other.sumOfSquaredDeviations;
            return this;
        }
        long total = count + other.count;
        double delta = other.mean - mean;
        double combinedMean = mean + delta * other.count / total;
        sumOfSquaredDeviations += other.sumOfSquaredDeviations + delta * delta * count * other.count / total;
        mean = combinedMean;
        count = total;
        return this;
    }

    /**
     * The count, mean and sum of squared deviations so far (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public MeanSummary state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MeanAccumulator from(MeanSummary state) {
        MeanAccumulator acc = new MeanAccumulator();
        acc.count = state.count();
        acc.mean = state.mean();
        acc.sumOfSquaredDeviations = state.sumOfSquaredDeviations();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("MeanAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(MeanSummary state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public MeanSummary result() {
        return MeanSummary.of(count, mean, Math.max(0, sumOfSquaredDeviations));
    }
}
