package org.coproduction.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark aggregators give exactly what one JVM gives, council by council and for the nation, over ten
 * million generated responses (set {@code -Dnational.rows} for fewer). The reference is a plain loop over the
 * same rows in this JVM; weights are chosen so that floating-point sums are exact in any order (see
 * {@link NationalData}), so equality is exact, not within a tolerance.
 */
class NationalMeasuresTest {

    private static final long ROWS = Long.getLong("national.rows", 10_000_000L);

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("coproduction-national-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void sparkGivesExactlyTheSingleJvmResult() {
        long start = System.nanoTime();
        NationalMeasures distributed = NationalMeasures.inSpark(spark, ROWS, 8);
        long sparkMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        NationalMeasures single = NationalMeasures.inOneJvm(ROWS);
        long singleMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Spark " + sparkMillis + " ms, one JVM " + singleMillis + " ms, " + ROWS + " rows");

        assertEquals(NationalData.COUNCILS, distributed.surveyByCouncil().size());
        assertEquals(single.surveyByCouncil().keySet(), distributed.surveyByCouncil().keySet());
        for (int council : single.surveyByCouncil().keySet()) {
            assertEquals(single.surveyByCouncil().get(council).result(),
                    distributed.surveyByCouncil().get(council).result(), "survey of council " + council);
            assertEquals(single.loopByCouncil().get(council).result(),
                    distributed.loopByCouncil().get(council).result(), "loop closure of council " + council);
        }
        assertEquals(single.nationalSurvey().result(), distributed.nationalSurvey().result());
        assertEquals(single.nationalLoopClosure().result(), distributed.nationalLoopClosure().result());
        // Every row was counted once: the nation's responses are the rows, its feedback items every tenth row.
        assertEquals(ROWS, distributed.nationalSurvey().result().responses());
        assertEquals((ROWS + NationalData.ROWS_PER_FEEDBACK_ITEM - 1) / NationalData.ROWS_PER_FEEDBACK_ITEM,
                distributed.nationalLoopClosure().result().closed().denominator());
        assertTrue(distributed.nationalSurvey().result().controlOverDailyLife().counts().numerator() > 0);
    }
}
