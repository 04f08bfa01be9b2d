package org.coproduction.measures;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.agreement.PairTable;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.EventCount;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.interval.McNemarTest;
import org.coproduction.measures.interval.MeanSummary;
import org.coproduction.measures.interval.PairedCount;
import org.coproduction.measures.interval.ProportionCount;
import org.coproduction.measures.interval.ZTest;
import org.coproduction.measures.representation.GroupCounts;
import org.coproduction.measures.representation.PopulationGroup;
import org.coproduction.measures.representation.ReferencePopulation;
import org.coproduction.measures.representation.Representation;
import org.coproduction.measures.representation.RepresentationResult;
import org.coproduction.measures.table.GroupShares;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost from generated interval and representation values: counts from none to very large,
 * intervals worked out from them (Wilson, Newcombe, Poisson, rate ratio, mean), z-tests, tables of paired
 * ratings, and comparisons of participants with a population with Unicode group names survive JSON unchanged.
 * Group counts are a map, whose members may be written in another order after each round trip: for them the
 * values are compared, not the text.
 */
class IntervalAndRepresentationRoundTripTest {

    private static final long LARGE = Long.MAX_VALUE / 4;

    private static long count(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return 0;
            case 1:
                return LARGE - r.nextInt(1000);
            default:
                return r.nextInt(1000);
        }
    }

    static ProportionCount proportion(SplittableRandom r) {
        long trials = count(r);
        return ProportionCount.of(trials == 0 ? 0 : r.nextLong(trials + 1), trials);
    }

    static EventCount events(SplittableRandom r) {
        return EventCount.of(count(r), r.nextBoolean() ? 0 : r.nextDouble() * Math.pow(10, r.nextInt(30)));
    }

    static MeanSummary meanSummary(SplittableRandom r) {
        return MeanSummary.of(count(r), (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30)),
                r.nextDouble() * Math.pow(10, r.nextInt(30)));
    }

    /** An interval from counts with at least one trial or event, by any of the shipped methods. */
    static ConfidenceInterval interval(SplittableRandom r) {
        long trials = 1 + r.nextInt(100_000);
        long successes = r.nextLong(trials + 1);
        double confidence = r.nextBoolean() ? 0.95 : 0.5 + r.nextDouble() * 0.49;
        switch (r.nextInt(5)) {
            case 0:
                return Intervals.wilson(successes, trials, confidence);
            case 1:
                long trials2 = 1 + r.nextInt(100_000);
                return Intervals.newcombe(successes, trials, r.nextLong(trials2 + 1), trials2, confidence);
            case 2:
                return Intervals.poissonCount(successes, confidence);
            case 3:
                return Intervals.rateRatio(1 + successes, 1 + r.nextDouble() * 1000, 1 + r.nextInt(1000),
                        1 + r.nextDouble() * 1000, confidence);
            default:
                double[] values = new double[2 + r.nextInt(20)];
                for (int i = 0; i < values.length; i++) {
                    values[i] = (r.nextDouble() - 0.5) * 1e6;
                }
                return Intervals.mean(values);
        }
    }

    /** A z-test of two samples, each with at least one success and one failure. */
    static ZTest zTest(SplittableRandom r) {
        long trials1 = 2 + r.nextInt(100_000);
        long trials2 = 2 + r.nextInt(100_000);
        return Intervals.zTest(1 + r.nextLong(trials1 - 1), trials1, 1 + r.nextLong(trials2 - 1), trials2);
    }

    /** Yes/no answers given twice, counts up to a million each. */
    static PairedCount pairedCount(SplittableRandom r) {
        return PairedCount.of(r.nextInt(1_000_000), r.nextInt(1000), r.nextInt(1000), r.nextInt(1_000_000));
    }

    /** McNemar's test with at least one person changing. */
    static McNemarTest mcNemar(SplittableRandom r) {
        long changedToNo = r.nextInt(10_000);
        return Intervals.mcNemar(changedToNo, (changedToNo == 0 ? 1 : 0) + r.nextInt(10_000));
    }

    /** A yes/no outcome counted in one to four groups. */
    static GroupShares groupShares(SplittableRandom r) {
        List<String> groups = new ArrayList<>();
        Map<String, ProportionCount> counts = new LinkedHashMap<>();
        Map<String, Long> blank = new LinkedHashMap<>();
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            String group = PolicyGenerators.text(r) + " " + i;
            groups.add(group);
            long trials = r.nextInt(100_000);
            counts.put(group, ProportionCount.of(trials == 0 ? 0 : r.nextLong(trials + 1), trials));
            blank.put(group, (long) r.nextInt(100));
        }
        return new GroupShares(groups, counts, blank);
    }

    static PairTable pairTable(SplittableRandom r) {
        List<String> categories = new ArrayList<>();
        for (int i = 2 + r.nextInt(3); i > 0; i--) {
            categories.add(PolicyGenerators.text(r) + " " + i);
        }
        long[][] counts = new long[categories.size()][categories.size()];
        for (long[] row : counts) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextBoolean() ? r.nextInt(50) : LARGE / 64 - r.nextInt(1000);
            }
        }
        Scale scale = r.nextBoolean() ? Scale.nominal(categories.toArray(String[]::new))
                : Scale.ordinal(categories.toArray(String[]::new));
        return PairTable.of(scale, counts, count(r));
    }

    /** Participants counted in some groups of a generated population (at least one participant). */
    static GroupCounts groupCounts(SplittableRandom r, ReferencePopulation population) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (PopulationGroup group : population.groups()) {
            if (counts.isEmpty() || r.nextBoolean()) {
                counts.put(group.group(), counts.isEmpty() ? 1 + (long) r.nextInt(1_000_000) : (long) r.nextInt(1000));
            }
        }
        return GroupCounts.of(counts);
    }

    static RepresentationResult representation(SplittableRandom r) {
        ReferencePopulation population = EdgeCaseRoundTripTest.population(r);
        return Representation.of(groupCounts(r, population), population, 0.1 + r.nextDouble());
    }

    @Test
    void aTinyPValueIsReadBack() {
        // 10 of 1,000 against 200 of 1,000: pooled p = 0.105, z = 0.19 / sqrt(0.105 × 0.895 × 2 / 1,000) = 13.9,
        // so the two-sided p-value is about 1e-43, written short as 1.1...E-43 (59 decimal places); it was once
        // refused when read back.
        ZTest test = Intervals.zTest(10, 1000, 200, 1000);
        assertTrue(test.pValueTwoSided() < 1e-40, "p = " + test.pValueTwoSided());
        assertRoundTrip(test, ZTest.class);
    }

    @Test
    void countsAndIntervals() {
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::proportion, c -> assertRoundTrip(c, ProportionCount.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::events, c -> assertRoundTrip(c, EventCount.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::meanSummary, s -> assertRoundTrip(s, MeanSummary.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::interval, i -> assertRoundTrip(i, ConfidenceInterval.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::zTest, z -> assertRoundTrip(z, ZTest.class));
    }

    @Test
    void pairedAnswersAndGroupShares() {
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::pairedCount, c -> assertRoundTrip(c, PairedCount.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::mcNemar, t -> assertRoundTrip(t, McNemarTest.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::groupShares, g -> assertRoundTrip(g, GroupShares.class));
    }

    @Test
    void pairTables() {
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::pairTable, t -> assertRoundTrip(t, PairTable.class));
    }

    @Test
    void representationOfParticipants() {
        Property.forAll(200, r -> {
            ReferencePopulation population = EdgeCaseRoundTripTest.population(r);
            return groupCounts(r, population);
        }, c -> assertRoundTrip(c, GroupCounts.class));
        Property.forAll(200, IntervalAndRepresentationRoundTripTest::representation,
                result -> assertRoundTrip(result, RepresentationResult.class));
    }
}
