package org.coproduction.measures.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.Accumulators;
import org.junit.jupiter.api.Test;

/** Properties of the interval accumulators and of the intervals themselves, over seeded random inputs. */
class AccumulatorPropertiesTest {

    /** Splits records into random groups, accumulates each group apart and merges them in a shuffled order. */
    static <T> List<List<T>> randomParts(List<T> records, SplittableRandom random) {
        List<T> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
        List<List<T>> parts = new ArrayList<>();
        int i = 0;
        while (i < shuffled.size()) {
            int size = 1 + random.nextInt(Math.max(1, shuffled.size() / 3 + 1));
            parts.add(new ArrayList<>(shuffled.subList(i, Math.min(shuffled.size(), i + size))));
            i += size;
        }
        parts.add(new ArrayList<>());
        Collections.shuffle(parts, new java.util.Random(random.nextLong()));
        return parts;
    }

    @Test
    void proportion_merges_in_any_order_and_grouping_equal_one_pass() {
        Property.forAll(200, random -> {
            List<Boolean> records = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                records.add(random.nextInt(3) == 0);
            }
            return records;
        }, records -> {
            ProportionAccumulator onePass = new ProportionAccumulator();
            records.forEach(onePass::add);
            ProportionAccumulator merged = new ProportionAccumulator();
            for (List<Boolean> part : randomParts(records, new SplittableRandom(records.size()))) {
                ProportionAccumulator a = new ProportionAccumulator();
                part.forEach(a::add);
                merged.merge(a);
            }
            assertEquals(onePass.result(), merged.result());
            assertEquals(records.stream().filter(b -> b).count(), onePass.result().successes(), "independent count");
            assertEquals(onePass.result(), records.parallelStream()
                    .collect(Accumulators.collector(ProportionAccumulator::new)));
        });
    }

    @Test
    void mean_merges_in_any_order_and_grouping_equal_one_pass() {
        Property.forAll(200, random -> {
            List<Double> values = new ArrayList<>();
            int n = random.nextInt(50);
            for (int i = 0; i < n; i++) {
                values.add(random.nextDouble(-100, 100));
            }
            return values;
        }, values -> {
            MeanAccumulator onePass = new MeanAccumulator();
            values.forEach(onePass::add);
            MeanAccumulator merged = new MeanAccumulator();
            for (List<Double> part : randomParts(values, new SplittableRandom(values.size() * 31L))) {
                MeanAccumulator a = new MeanAccumulator();
                part.forEach(a::add);
                merged.merge(a);
            }
            MeanSummary one = onePass.result();
            MeanSummary many = merged.result();
            assertEquals(one.count(), many.count());
            // Independent two-pass computation of the mean and Σ(x − x̄)².
            double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            assertEquals(mean, one.mean(), 1e-9);
            assertEquals(mean, many.mean(), 1e-9);
            assertEquals(ss, one.sumOfSquaredDeviations(), 1e-6 * (1 + ss));
            assertEquals(ss, many.sumOfSquaredDeviations(), 1e-6 * (1 + ss));
        });
    }

    @Test
    void intervals_contain_their_estimate_and_stay_in_bounds() {
        Property.forAll(500, random -> {
            long n1 = 1 + random.nextInt(400);
            long n2 = 1 + random.nextInt(400);
            double level = List.of(0.8, 0.9, 0.95, 0.99, 0.999).get(random.nextInt(5));
            return new long[] {random.nextLong(n1 + 1), n1, random.nextLong(n2 + 1), n2, (long) (level * 1000)};
        }, c -> {
            double level = c[4] / 1000.0;
            ConfidenceInterval w = Intervals.wilson(c[0], c[1], level);
            assertTrue(w.lower() >= 0 && w.upper() <= 1, w::toString);
            assertTrue(w.contains(w.estimate()), w::toString);
            ConfidenceInterval d = Intervals.newcombe(c[0], c[1], c[2], c[3], level);
            assertTrue(d.lower() >= -1 && d.upper() <= 1, d::toString);
            assertTrue(d.contains(d.estimate()), d::toString);
            ConfidenceInterval p = Intervals.poissonCount(c[0], level);
            assertTrue(p.lower() >= 0 && p.contains(p.estimate()), p::toString);
            if (c[2] > 0) {
                ConfidenceInterval r = Intervals.rateRatio(c[0], c[1], c[2], c[3], level);
                assertTrue(r.lower() >= 0 && r.contains(r.estimate()), r::toString);
            }
            // A wider level gives a wider (or equal) Wilson interval.
            ConfidenceInterval wider = Intervals.wilson(c[0], c[1], Math.min(0.9999, level + 0.0005));
            assertTrue(wider.lower() <= w.lower() + 1e-15 && wider.upper() >= w.upper() - 1e-15);
        });
    }
}
