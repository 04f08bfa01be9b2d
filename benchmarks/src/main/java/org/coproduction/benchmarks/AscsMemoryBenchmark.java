package org.coproduction.benchmarks;

import java.util.concurrent.TimeUnit;
import org.coproduction.measures.survey.AscsResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whether the ASCS measures use the same memory for one million records as for ten million. The columns are
 * built before measuring; what is measured is the allocation of one pass through the accumulator.
 *
 * <p>Run with the allocation profiler: {@code java -jar benchmarks/target/benchmarks.jar AscsMemoryBenchmark
 * -f 1 -wi 1 -i 3 -w 2s -r 2s -prof gc}, and compare {@code gc.alloc.rate.norm} (bytes per operation) between
 * the sizes: flat means memory does not grow with the number of records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AscsMemoryBenchmark {

    /** How many records one operation accumulates. */
    @Param({"1000000", "10000000"})
    public int records;

    private AscsData data;

    /** Builds the columns once per size. */
    @Setup(Level.Trial)
    public void setUp() {
        data = new AscsData(records, 20261124L);
    }

    /**
     * One pass of every record through one accumulator.
     *
     * @return the measures
     */
    @Benchmark
    public AscsResult accumulate() {
        return data.accumulate(0, data.size).result();
    }
}
