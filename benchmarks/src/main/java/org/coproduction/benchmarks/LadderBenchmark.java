package org.coproduction.benchmarks;

import java.util.concurrent.TimeUnit;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.ladder.Rung;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ladder API's hot paths: reading rungs, crosswalk look-ups and reading a ladder from JSON (with its
 * validation). Results and the command that produced them: {@code benchmarks/RESULTS.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LadderBenchmark {

    private final String[] ids = {"coercion", "educating", "informing", "consultation", "engagement", "co-design",
        "co-production"};
    private final Crosswalk toArnstein = Crosswalks.tlapToArnstein();
    private final String arnsteinJson = CoproductionJson.write(Ladders.arnstein());

    /**
     * Baseline: an array index, the cheapest way to go from a position to a rung.
     *
     * @param sink  consumes results
     */
    @Benchmark
    public void baselineArrayIndex(Blackhole sink) {
        Rung[] rungs = Rung.values();
        for (int i = 0; i < ids.length; i++) {
            sink.consume(rungs[i]);
        }
    }

    /**
     * Parsing every TLAP rung from its identifier and stepping to the next.
     *
     * @param sink  consumes results
     */
    @Benchmark
    public void parseRungsAndStep(Blackhole sink) {
        for (String id : ids) {
            Rung rung = Rung.parse(id);
            sink.consume(rung.isTop() ? rung : rung.next());
        }
    }

    /**
     * Mapping every TLAP rung to Arnstein's ladder through the shipped crosswalk.
     *
     * @param sink  consumes results
     */
    @Benchmark
    public void crosswalkEveryRung(Blackhole sink) {
        for (String id : ids) {
            sink.consume(toArnstein.map(id));
        }
    }

    /**
     * Reading and validating Arnstein's ladder from JSON.
     *
     * @return the ladder
     */
    @Benchmark
    public Ladder readLadderJson() {
        return CoproductionJson.read(arnsteinJson, Ladder.class);
    }
}
