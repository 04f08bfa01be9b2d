package org.coproduction.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ten million Adult Social Care Survey responses through the ASCOF measures (1A quality of life, 1B control,
 * finding information, satisfaction, weighted), against a plain loop that computes the same sums from the
 * same arrays in the same run. The accumulator path builds and validates one {@code AscsResponse} per row.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AscsMeasuresBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s}.
 * Each operation is all ten million rows, so responses per second = 10<sup>7</sup> ÷ the time per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AscsMeasuresBenchmark {

    static final int RESPONSES = 10_000_000;
    private static final int CHUNK = 250_000;

    private AscsData data;

    /** Builds the columns once. */
    @Setup(Level.Trial)
    public void setUp() {
        data = new AscsData(RESPONSES, 20261124L);
    }

    /**
     * The baseline: the same counts and weighted sums straight from the columns, one thread, no records, no
     * validation.
     *
     * @return the sums, so that nothing is optimised away
     */
    @Benchmark
    public double plainLoop() {
        AscsData d = data;
        byte[][] c = d.qualityOfLife;
        long complete = 0;
        long scoreSum = 0;
        double weightSum = 0;
        double weightedScore = 0;
        long controlYes = 0;
        long controlN = 0;
        double wControlYes = 0;
        double wControlN = 0;
        long infoYes = 0;
        long infoN = 0;
        double wInfoYes = 0;
        double wInfoN = 0;
        long satYes = 0;
        long satN = 0;
        double wSatYes = 0;
        double wSatN = 0;
        // The same branch-free arithmetic as the accumulator, so that the comparison measures the cost of the
        // records, their validation and the accumulator, not a different way of counting.
        for (int i = 0; i < d.size; i++) {
            double w = d.weight[i];
            int a = c[0][i];
            int b = c[1][i];
            int e = c[2][i];
            int f = c[3][i];
            int g = c[4][i];
            int h = c[5][i];
            int j = c[6][i];
            int k = c[7][i];
            int ok = a != 0 & b != 0 & e != 0 & f != 0 & g != 0 & h != 0 & j != 0 & k != 0 ? 1 : 0;
            int score = (32 - (a + b + e + f + g + h + j + k)) * ok;
            complete += ok;
            scoreSum += score;
            weightSum += w * ok;
            weightedScore += w * score;
            int ctl = a != 0 ? 1 : 0;
            int ctlYes = a != 0 & a <= 2 ? 1 : 0;
            controlN += ctl;
            controlYes += ctlYes;
            wControlN += w * ctl;
            wControlYes += w * ctlYes;
            int q12 = d.q12[i];
            int info = q12 != 0 & q12 != 5 ? 1 : 0;
            int easy = q12 != 0 & q12 <= 2 ? 1 : 0;
            infoN += info;
            infoYes += easy;
            wInfoN += w * info;
            wInfoYes += w * easy;
            int q1 = d.q1[i];
            int sat = q1 != 0 ? 1 : 0;
            int satisfied = q1 != 0 & q1 <= 2 ? 1 : 0;
            satN += sat;
            satYes += satisfied;
            wSatN += w * sat;
            wSatYes += w * satisfied;
        }
        return complete + scoreSum + weightSum + weightedScore + controlYes + controlN + wControlYes + wControlN
                + infoYes + infoN + wInfoYes + wInfoN + satYes + satN + wSatYes + wSatN;
    }

    /**
     * The library's accumulator on one thread.
     *
     * @return the measures
     */
    @Benchmark
    public AscsResult accumulatorOneThread() {
        return data.accumulate(0, data.size).result();
    }

    /**
     * The library's accumulators over chunks on the common fork-join pool, merged.
     *
     * @return the measures
     */
    @Benchmark
    public AscsResult accumulatorParallelMerge() {
        AscsData d = data;
        return IntStream.range(0, (d.size + CHUNK - 1) / CHUNK).parallel()
                .mapToObj(c -> d.accumulate(c * CHUNK, Math.min(d.size, (c + 1) * CHUNK)))
                .reduce(AscsAccumulator::merge).orElseGet(AscsAccumulator::new).result();
    }
}
