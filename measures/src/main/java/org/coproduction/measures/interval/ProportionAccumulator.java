package org.coproduction.measures.interval;

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
public final class ProportionAccumulator implements Accumulator<Boolean, ProportionCount, ProportionAccumulator> {

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

    @Override
    public ProportionCount result() {
        return ProportionCount.of(successes, trials);
    }
}
