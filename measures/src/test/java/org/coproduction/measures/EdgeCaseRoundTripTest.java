package org.coproduction.measures;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.agreement.Ratings;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.disclosure.CountTable;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedTable;
import org.coproduction.measures.indicator.Direction;
import org.coproduction.measures.indicator.IndicatorDefinition;
import org.coproduction.measures.indicator.IndicatorKind;
import org.coproduction.measures.indicator.IndicatorTrack;
import org.coproduction.measures.indicator.Observation;
import org.coproduction.measures.indicator.Target;
import org.coproduction.measures.representation.ReferencePopulation;
import org.coproduction.core.testing.PolicyGenerators;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost at the edges in the measures' JSON types: Unicode labels (emoji, right-to-left scripts,
 * combining marks, control characters), years 1 and 9999, large values with many decimal places, large
 * counts and empty lists, chosen at random, survive JSON unchanged.
 */
class EdgeCaseRoundTripTest {

    private static final List<String> TEXTS = PolicyGenerators.EDGE_TEXTS;

    private static final List<String> VALUES = List.of("123456789012345678901234567890.123456789", "0.000000000001",
            "-98765432109876543210.98765", "1E+20", "59.90");

    private static <T> T any(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    /** Distinct labels: each text with its position, so that two picks never clash. */
    private static List<String> labels(SplittableRandom r, int n) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(any(r, TEXTS) + " " + i);
        }
        return labels;
    }

    static CountTable countTable(SplittableRandom r) {
        List<String> rows = labels(r, 1 + r.nextInt(4));
        List<String> columns = labels(r, 1 + r.nextInt(3));
        long[][] counts = new long[rows.size()][columns.size()];
        for (long[] row : counts) {
            for (int j = 0; j < row.length; j++) {
                row[j] = r.nextBoolean() ? r.nextInt(8) : Long.MAX_VALUE / 64 - r.nextInt(1000);
            }
        }
        return CountTable.of(rows, columns, counts);
    }

    @Test
    void countTablesAndPublishedTables() {
        Property.forAll(100, EdgeCaseRoundTripTest::countTable, table -> {
            assertRoundTrip(table, CountTable.class);
            assertRoundTrip(DisclosureRule.standard().apply(table), PublishedTable.class);
        });
    }

    static IndicatorTrack indicatorTrack(SplittableRandom r) {
        IndicatorDefinition definition = new IndicatorDefinition("indicator-1", any(r, TEXTS), IndicatorKind.MEAN,
                Direction.HIGHER_IS_BETTER, any(r, TEXTS), any(r, TEXTS),
                r.nextBoolean() ? Optional.of(any(r, TEXTS)) : Optional.empty(),
                Citation.of(any(r, TEXTS), SourceStatus.UNVERIFIED));
        List<Observation> observations = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            observations.add(new Observation(LocalDate.of(2000 + i, 1, 1),
                    r.nextBoolean() ? Optional.of(any(r, TEXTS)) : Optional.empty(),
                    new BigDecimal(any(r, VALUES)), Optional.empty()));
        }
        return new IndicatorTrack(definition, Observation.of(LocalDate.of(1, 1, 1), any(r, VALUES)),
                Target.of(LocalDate.of(9999, 12, 31), any(r, VALUES)), observations, Optional.empty());
    }

    @Test
    void indicatorTracksAtTheEdgesOfTime() {
        Property.forAll(100, EdgeCaseRoundTripTest::indicatorTrack, track -> assertRoundTrip(track, IndicatorTrack.class));
    }

    static ReferencePopulation population(SplittableRandom r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String label : labels(r, 2 + r.nextInt(4))) {
            counts.put(label, 1 + (long) r.nextInt(1_000_000_000));
        }
        ReferencePopulation population = ReferencePopulation.ofCounts(counts);
        return r.nextBoolean() ? population : population.withSource(any(r, TEXTS));
    }

    static Ratings ratings(SplittableRandom r) {
        List<String> categories = labels(r, 2 + r.nextInt(3));
        Ratings.Builder ratings = Ratings.builder(Scale.nominal(categories.toArray(String[]::new)))
                .raters("rater-a", "rater-b");
        for (int i = r.nextInt(4); i > 0; i--) {
            ratings.unit("unit-" + i, any(r, categories), r.nextBoolean() ? any(r, categories) : null);
        }
        return ratings.build();
    }

    @Test
    void populationsAndRatingsWithUnicodeLabels() {
        Property.forAll(100, EdgeCaseRoundTripTest::population, population -> assertRoundTrip(population, ReferencePopulation.class));
        Property.forAll(100, EdgeCaseRoundTripTest::ratings, ratings -> assertRoundTrip(ratings, Ratings.class));
    }
}
