package org.coproduction.examples.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.interval.MeanAccumulator;
import org.coproduction.measures.interval.MeanSummary;
import org.coproduction.measures.interval.ProportionAccumulator;
import org.coproduction.measures.representation.GroupCountAccumulator;
import org.junit.jupiter.api.Test;

/**
 * Shares the library's immutable values (an instrument's assessor, a recompense policy, a crosswalk) and
 * the JSON reader across threads, and checks every result equals the one a single thread computes for the
 * same input. Measures are not shared: each thread keeps its own accumulators, merged at the end, and the
 * merged result must equal one accumulator fed every observation in one thread.
 */
class SharedUseStressTest {

    private static final int THREADS = 8;
    private static final int ITEMS = 24;
    private static final int ROUNDS_PER_THREAD = 60;
    private static final long TIME_LIMIT_MILLIS = 8_000;

    private static final Assessor TLAP = Assessments.tlapAssessor();
    private static final RecompensePolicy NIHR = Recompense.nihr();
    private static final Crosswalk TLAP_TO_ARNSTEIN = Crosswalks.tlapToArnstein();

    /** The per-thread measures: counts by setting, share of participatory activities, mean minutes. */
    private static final class Measures {
        final GroupCountAccumulator settings = new GroupCountAccumulator();
        final ProportionAccumulator participatory = new ProportionAccumulator();
        final MeanAccumulator attendedMinutes = new MeanAccumulator();

        void add(CoproductionRecord record) {
            for (Activity activity : record.activities()) {
                settings.add(activity.setting().name());
                participatory.add(activity.rung().isParticipatory());
                activity.attendance().forEach(a -> attendedMinutes.add((double) a.minutes()));
            }
        }

        Measures merge(Measures other) {
            settings.merge(other.settings);
            participatory.merge(other.participatory);
            attendedMinutes.merge(other.attendedMinutes);
            return this;
        }
    }

    private static Responses responses(int item) {
        SplittableRandom random = new SplittableRandom(item);
        var builder = Assessments.tlapResponses("subject-" + item);
        for (Question q : TLAP.instrument().questions()) {
            if (random.nextInt(5) > 0) {
                builder.addAnswer(Answer.of(q.id(), q.options().get(random.nextInt(q.options().size())).id()));
            }
        }
        return builder.build();
    }

    /** Everything computed for one input, as text so that results of any type can be compared. */
    private static List<String> work(String recordJson, Responses responses) {
        List<String> out = new ArrayList<>();
        CoproductionRecord record = CoproductionJson.read(recordJson, CoproductionRecord.class);
        out.add(CoproductionJson.write(TLAP.assess(responses)));
        for (Rung rung : Rung.values()) {
            out.add(rung + "->" + TLAP_TO_ARNSTEIN.map(rung));
        }
        for (Participant participant : record.participants()) {
            out.add(record.involvement(participant.id()).toString());
            try {
                out.add(CoproductionJson.write(Recompense.statement(NIHR, participant, record.activities(),
                        LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31))));
            } catch (ValidationException refused) {
                out.add(refused.getMessage());
            }
        }
        return out;
    }

    @Test
    void sharedValuesGiveTheSameResultsOnManyThreadsAsOnOne() throws Exception {
        List<String> recordJson = new ArrayList<>();
        List<Responses> responses = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int item = 0; item < ITEMS; item++) {
            recordJson.add(CoproductionJson.write(DomainGenerators.record(new SplittableRandom(item))));
            responses.add(responses(item));
            expected.add(work(recordJson.get(item), responses.get(item)));
        }

        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIME_LIMIT_MILLIS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Measures>> futures = new ArrayList<>();
        List<List<Integer>> processed = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                List<Integer> mine = new ArrayList<>();
                processed.add(mine);
                futures.add(pool.submit(() -> {
                    Measures measures = new Measures();
                    start.await();
                    for (int round = 0; round < ROUNDS_PER_THREAD && System.nanoTime() < deadline; round++) {
                        // Threads walk the items in different orders so that they meet on the same values.
                        int item = (thread * 7 + round * (thread + 1)) % ITEMS;
                        List<String> actual = work(recordJson.get(item), responses.get(item));
                        if (!actual.equals(expected.get(item))) {
                            throw new AssertionError("thread " + thread + " item " + item + " differs: " + actual);
                        }
                        measures.add(CoproductionJson.read(recordJson.get(item), CoproductionRecord.class));
                        mine.add(item);
                    }
                    return measures;
                }));
            }
            start.countDown();
            Measures merged = new Measures();
            for (Future<Measures> future : futures) {
                merged.merge(future.get(30, TimeUnit.SECONDS));
            }

            // The same observations in one thread, one accumulator.
            Measures single = new Measures();
            int total = 0;
            for (List<Integer> mine : processed) {
                for (int item : mine) {
                    single.add(DomainGenerators.record(new SplittableRandom(item)));
                    total++;
                }
            }
            assertTrue(total >= THREADS, "every thread should finish at least one round, ran " + total);
            assertEquals(single.settings.result(), merged.settings.result());
            assertEquals(single.participatory.result(), merged.participatory.result());
            MeanSummary one = single.attendedMinutes.result();
            MeanSummary many = merged.attendedMinutes.result();
            assertEquals(one.count(), many.count());
            // Merging running means adds in another order, so the last bits of a double may differ.
            assertEquals(one.mean(), many.mean(), 1e-9 * Math.max(1, Math.abs(one.mean())));
            assertEquals(one.sumOfSquaredDeviations(), many.sumOfSquaredDeviations(),
                    1e-9 * Math.max(1, one.sumOfSquaredDeviations()));
        } finally {
            pool.shutdownNow();
        }
    }
}
