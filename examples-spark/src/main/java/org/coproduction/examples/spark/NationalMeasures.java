package org.coproduction.examples.spark;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.survey.AscsAccumulator;
import scala.Tuple3;

/**
 * The survey and loop-closure measures of every council and of the nation, worked out by Spark over
 * {@link NationalData}, or in one JVM by a plain loop for comparison.
 *
 * <pre>
 * ./mvnw -Pspark -pl examples-spark -am package -DskipTests
 * java $ADD_OPENS -cp … org.coproduction.examples.spark.NationalMeasures 10000000
 * </pre>
 *
 * @param surveyByCouncil  the survey accumulator of each council, by council number
 * @param loopByCouncil  the loop-closure accumulator of each council, by council number
 */
public record NationalMeasures(Map<Integer, AscsAccumulator> surveyByCouncil, Map<Integer, LoopClosure> loopByCouncil) {

    /**
     * Copies the maps in council order.
     */
    public NationalMeasures {
        surveyByCouncil = new TreeMap<>(surveyByCouncil);
        loopByCouncil = new TreeMap<>(loopByCouncil);
    }

    /**
     * The measures of rows 0 to {@code rows − 1}, grouped by council, in Spark: the rows are made inside the
     * tasks from their numbers, so nothing but row numbers and partial accumulators moves.
     *
     * @param spark  the session, not null
     * @param rows  the number of rows
     * @param partitions  how many partitions to split the rows into
     * @return the measures, not null
     */
    public static NationalMeasures inSpark(SparkSession spark, long rows, int partitions) {
        Dataset<Long> numbers = spark.range(0, rows, 1, partitions).as(Encoders.LONG());
        Dataset<Tuple3<Integer, AscsAccumulator, LoopClosure>> byCouncil = numbers
                .groupByKey((MapFunction<Long, Integer>) NationalData::council, Encoders.INT())
                .agg(MeasureAggregators.survey().toColumn(), MeasureAggregators.loopClosure().toColumn());
        Map<Integer, AscsAccumulator> survey = new TreeMap<>();
        Map<Integer, LoopClosure> loop = new TreeMap<>();
        for (Tuple3<Integer, AscsAccumulator, LoopClosure> council : byCouncil.collectAsList()) {
            survey.put(council._1(), council._2());
            loop.put(council._1(), council._3());
        }
        return new NationalMeasures(survey, loop);
    }

    /**
     * The same measures in one JVM, one row after another: the reference the Spark result is checked
     * against.
     *
     * @param rows  the number of rows
     * @return the measures, not null
     */
    public static NationalMeasures inOneJvm(long rows) {
        Map<Integer, AscsAccumulator> survey = new TreeMap<>();
        Map<Integer, LoopClosure> loop = new TreeMap<>();
        for (long row = 0; row < rows; row++) {
            int council = NationalData.council(row);
            survey.computeIfAbsent(council, c -> new AscsAccumulator()).add(NationalData.response(row));
            LoopClosure councilLoop = loop.computeIfAbsent(council, c -> new LoopClosure());
            if (NationalData.hasFeedbackItem(row)) {
                councilLoop.add(NationalData.feedbackItem(row));
            }
        }
        return new NationalMeasures(survey, loop);
    }

    /**
     * The survey measures of the nation: every council's merged.
     *
     * @return the accumulator, not null
     */
    public AscsAccumulator nationalSurvey() {
        AscsAccumulator nation = new AscsAccumulator();
        surveyByCouncil.values().forEach(nation::merge);
        return nation;
    }

    /**
     * The loop closure of the nation: every council's merged.
     *
     * @return the accumulator, not null
     */
    public LoopClosure nationalLoopClosure() {
        LoopClosure nation = new LoopClosure();
        loopByCouncil.values().forEach(nation::merge);
        return nation;
    }

    /**
     * Works out the national measures in Spark (local mode, all cores) and prints them with the time taken.
     *
     * @param args  the number of rows, 10 million when not given
     */
    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        SparkSession spark = SparkSession.builder().master("local[*]").appName("coproduction-national")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            long start = System.nanoTime();
            NationalMeasures measures = inSpark(spark, rows, 8);
            long took = (System.nanoTime() - start) / 1_000_000;
            System.out.println(measures.surveyByCouncil().size() + " councils, " + rows + " responses in " + took + " ms");
            System.out.println("Survey: " + measures.nationalSurvey().result());
            System.out.println("Feedback loop: " + measures.nationalLoopClosure().result());
        } finally {
            spark.stop();
        }
    }
}
