package org.coproduction.measures;

import java.util.function.Supplier;
import java.util.stream.Collector;
import org.coproduction.core.api.Stable;

/**
 * Helpers for running {@link Accumulator}s over streams.
 *
 * <pre>{@code
 * ProportionResult r = responses.parallelStream().collect(Accumulators.collector(ProportionAccumulator::new));
 * }</pre>
 */
@Stable
public final class Accumulators {

    private Accumulators() {
    }

    /**
     * A stream collector that gives each thread its own accumulator and merges them.
     *
     * @param <T>  the record type
     * @param <R>  the result type
     * @param <A>  the accumulator type
     * @param newAccumulator  makes an empty accumulator, not null
     * @return the collector, not null
     */
    public static <T, R, A extends Accumulator<T, R, A>> Collector<T, A, R> collector(Supplier<A> newAccumulator) {
        return Collector.of(newAccumulator, Accumulator::add, Accumulator::merge, Accumulator::result,
                Collector.Characteristics.UNORDERED);
    }
}
