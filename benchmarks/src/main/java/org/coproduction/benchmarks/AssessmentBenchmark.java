package org.coproduction.benchmarks;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.placement.ScoringTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Assessments per second with the default TLAP instrument on one thread, against a hand-written loop that takes
 * the minimum over the same answers already held as rung orders in arrays (the baseline, measured in the same
 * run).
 *
 * <ul>
 * <li>{@code baselineMinimumLoop}: for each project, the minimum of the rung orders of its core answers.</li>
 * <li>{@code answerOnlyPlacement}: {@link ScoringTable#placeOrder}, the placement rule on answer positions
 * (option indexes), including the lookup from option to rung and the missing-answer check.</li>
 * <li>{@code fullAssessment}: {@link Assessor#assess}, from {@link Responses} to a full {@code Assessment} with
 * the explanation, progress, summary and validation of the responses.</li>
 * </ul>
 *
 * <p>Each invocation assesses {@value #PROJECTS} projects, so the scores are assessments per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class AssessmentBenchmark {

    /** How many different answer sets are assessed per invocation. */
    static final int PROJECTS = 1024;

    private ScoringTable table;
    private Assessor assessor;
    private int[][] positions;
    private int[][] coreRungOrders;
    private Responses[] responses;

    /** Draws the answer sets once, with a fixed seed, in the three forms the benchmarks read. */
    @Setup
    public void setUp() {
        assessor = Assessments.tlapAssessor();
        table = assessor.scoringTable();
        Instrument instrument = assessor.instrument();
        List<Question> questions = instrument.questions();
        SplittableRandom random = new SplittableRandom(20261124L);
        positions = new int[PROJECTS][questions.size()];
        coreRungOrders = new int[PROJECTS][];
        responses = new Responses[PROJECTS];
        int cores = (int) questions.stream().filter(q -> instrument.dimensionOf(q.id()).core()).count();
        for (int p = 0; p < PROJECTS; p++) {
            Responses.Builder r = Responses.builder().instrumentId(instrument.id()).subject("p-" + p);
            coreRungOrders[p] = new int[cores];
            int c = 0;
            for (int q = 0; q < questions.size(); q++) {
                Question question = questions.get(q);
                int option = random.nextInt(question.options().size());
                positions[p][q] = option;
                r.addAnswer(Answer.of(question.id(), question.options().get(option).id()));
                if (instrument.dimensionOf(question.id()).core()) {
                    coreRungOrders[p][c++] = table.rungOrder(q, option);
                }
            }
            responses[p] = r.build();
        }
    }

    /**
     * The baseline: the minimum over each project's core answers, already as rung orders.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(PROJECTS)
    public void baselineMinimumLoop(Blackhole sink) {
        for (int[] answers : coreRungOrders) {
            int lowest = Integer.MAX_VALUE;
            for (int order : answers) {
                if (order < lowest) {
                    lowest = order;
                }
            }
            sink.consume(lowest);
        }
    }

    /**
     * The placement rule on answer positions.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(PROJECTS)
    public void answerOnlyPlacement(Blackhole sink) {
        for (int[] answers : positions) {
            sink.consume(table.placeOrder(answers));
        }
    }

    /**
     * The full assessment with its explanation.
     *
     * @param sink  consumes each result
     */
    @Benchmark
    @OperationsPerInvocation(PROJECTS)
    public void fullAssessment(Blackhole sink) {
        for (Responses r : responses) {
            sink.consume(assessor.assess(r));
        }
    }
}
