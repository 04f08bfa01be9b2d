package org.coproduction.measures.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.coproduction.measures.Accumulators;
import org.coproduction.measures.disclosure.CellStatus;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedTable;
import org.junit.jupiter.api.Test;

/** Reference cases R-R-1 and R-R-2 from the measures notes, with independent arithmetic. */
class RepresentationTest {

    private static Map<String, Long> counts(long... values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put("g" + (i + 1), values[i]);
        }
        return map;
    }

    private static ReferencePopulation shares(double... values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put("g" + (i + 1), values[i]);
        }
        return ReferencePopulation.ofShares(map);
    }

    @Test
    void R_R_1_dissimilarity_calculator_example_disagrees_with_the_formula() {
        // Measures notes R-R-1 quotes a calculator's example, p = (0.4, 0.3, 0.3) against q = (0.2, 0.5, 0.3),
        // as D = 0.3 [S]. The verified formula D = ½ Σ |p_i − q_i| (Duncan and Duncan 1955) gives
        // ½(|0.4 − 0.2| + |0.3 − 0.5| + |0.3 − 0.3|) = ½(0.2 + 0.2 + 0) = 0.2, and no reading of the formula
        // (with or without the ½) gives 0.3, so the secondary source's figure is not used.
        RepresentationResult r = Representation.of(counts(40, 30, 30), shares(0.2, 0.5, 0.3));
        assertEquals(0.2, r.dissimilarityIndex(), 1e-12);
        assertEquals(0.5 * (Math.abs(0.4 - 0.2) + Math.abs(0.3 - 0.5) + Math.abs(0.3 - 0.3)), r.dissimilarityIndex(), 1e-12);
    }

    @Test
    void R_R_2_ratios_chi_square_and_p_value() {
        RepresentationResult r = Representation.of(counts(30, 10, 10), shares(0.5, 0.3, 0.2));
        // Measures notes R-R-2 (computed with scipy's chisquare): expected [25, 15, 10]; chi-square 2.666667 on
        // 2 df, p = 0.263597; ratios [1.2, 0.6667, 1.0]; D = 0.1.
        assertEquals(List.of(25.0, 15.0, 10.0), r.groups().stream().map(GroupRepresentation::expected)
                .map(e -> Math.round(e * 1e9) / 1e9).collect(Collectors.toList()));
        assertEquals(2.666667, r.chiSquare(), 1e-6);
        assertEquals(2, r.degreesOfFreedom());
        assertEquals(0.263597, r.pValue(), 1e-6);
        assertEquals(1.2, r.groups().get(0).ratio(), 1e-12);
        assertEquals(0.666667, r.groups().get(1).ratio(), 1e-6);
        assertEquals(1.0, r.groups().get(2).ratio(), 1e-12);
        assertEquals(0.1, r.dissimilarityIndex(), 1e-12);
        // Independent: 25/25 + 25/15 + 0 = 8/3; with 2 df the chi-square survival function is exp(−x/2).
        assertEquals(8.0 / 3, r.chiSquare(), 1e-12);
        assertEquals(Math.exp(-4.0 / 3), r.pValue(), 1e-12);
        assertEquals(List.of(false, true, false), r.groups().stream().map(GroupRepresentation::underRepresented)
                .collect(Collectors.toList()));
        assertEquals(0, r.groupsExpectedBelowFive());
    }

    @Test
    void seldom_heard_groups_are_flagged_when_under_represented() {
        ReferencePopulation population = shares(0.5, 0.3, 0.2).withSeldomHeard("g2", "g3");
        RepresentationResult r = Representation.of(counts(30, 10, 10), population);
        assertEquals(List.of("g2"), r.flagged().stream().map(GroupRepresentation::group).collect(Collectors.toList()));
        assertTrue(r.explanation().contains("Seldom-heard groups under-represented: g2."), r.explanation());
        assertFalse(r.toString().contains("30"), "toString shows ratios, not counts: " + r);
    }

    @Test
    void groups_absent_from_participants_count_as_zero_and_small_expected_counts_are_reported() {
        RepresentationResult r = Representation.of(counts(12, 0, 0), shares(0.7, 0.2, 0.1).withSeldomHeard("g3"));
        assertEquals(0.0, r.groups().get(2).ratio());
        assertTrue(r.groups().get(2).flagged());
        assertEquals(2, r.groupsExpectedBelowFive(), "expected 2.4 and 1.2");
        assertTrue(r.explanation().contains("p-value is approximate"), r.explanation());
    }

    @Test
    void an_expected_count_of_exactly_five_is_not_below_five() {
        // By hand: 77 participants against a population of 500 and 7,200 (7,700 in all) expect
        // 77 × 500 / 7,700 = 5 and 77 × 7,200 / 7,700 = 72, exactly; neither is below 5, so the chi-square
        // p-value is not approximate. In floating point 77 × (500 / 7,700) is 4.999999999999999.
        Map<String, Long> population = new LinkedHashMap<>();
        population.put("g1", 500L);
        population.put("g2", 7_200L);
        RepresentationResult r = Representation.of(counts(4, 73), ReferencePopulation.ofCounts(population));
        assertEquals(0, r.groupsExpectedBelowFive());
        assertFalse(r.explanation().contains("approximate"), r.explanation());
        assertEquals(5.0, r.groups().get(0).expected());
        assertEquals(72.0, r.groups().get(1).expected());
        // Ratio of g1: (4 / 77) ÷ (500 / 7,700) = 4 × 7,700 / (77 × 500) = 0.8 exactly, at the threshold and so
        // not under-represented. Chi-square: (4 − 5)² / 5 + (73 − 72)² / 72 = 0.2 + 1/72.
        assertEquals(0.8, r.groups().get(0).ratio());
        assertFalse(r.groups().get(0).underRepresented());
        assertEquals(0.2 + 1.0 / 72, r.chiSquare(), 1e-12);
        // One participant fewer in g1 and more in g2 (76 in all): expected 76 × 500 / 7,700 = 4.935…, below 5.
        RepresentationResult fewer = Representation.of(counts(4, 72), ReferencePopulation.ofCounts(population));
        assertEquals(1, fewer.groupsExpectedBelowFive());
        assertTrue(fewer.explanation().contains("1 group has an expected count below 5"), fewer.explanation());
    }

    @Test
    void population_counts_are_kept_and_must_match_the_shares() {
        Map<String, Long> population = new LinkedHashMap<>();
        population.put("g1", 500L);
        population.put("g2", 7_200L);
        ReferencePopulation counted = ReferencePopulation.ofCounts(population);
        assertEquals(List.of(500L, 7_200L), counted.groups().stream().map(g -> g.count().orElseThrow())
                .collect(Collectors.toList()));
        JsonRoundTrip.assertRoundTrip(counted.withSeldomHeard("g1"), ReferencePopulation.class);
        ValidationException mixed = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"groups\": [{\"group\": \"g1\", \"share\": 0.5, \"count\": 10},"
                        + " {\"group\": \"g2\", \"share\": 0.5}]}", ReferencePopulation.class));
        assertEquals(List.of("groups"), paths(mixed));
        ValidationException mismatched = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"groups\": [{\"group\": \"g1\", \"share\": 0.5, \"count\": 10},"
                        + " {\"group\": \"g2\", \"share\": 0.5, \"count\": 30}]}", ReferencePopulation.class));
        assertEquals(List.of("groups[0].share", "groups[1].share"), paths(mismatched));
    }

    @Test
    void counts_are_published_only_through_disclosure_control() {
        RepresentationResult r = Representation.of(counts(30, 3, 10), shares(0.5, 0.3, 0.2));
        PublishedTable published = r.published(DisclosureRule.standard());
        assertEquals(CellStatus.SUPPRESSED, published.cell(1, 0).status());
        assertTrue(published.cell(1, 0).value().isEmpty());
        // The 3 and its row total; the column total 43 would give them away, so at least one more cell of the
        // column goes, with its row total (a one-column table's row totals are its cells).
        assertTrue(published.count(CellStatus.SUPPRESSED) >= 4, published::toString);
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).collect(Collectors.toList());
    }

    @Test
    void bad_inputs_name_the_field() {
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> Representation.of(Map.of("g9", 4L), shares(0.5, 0.5)));
        assertEquals(List.of("participants.g9"), paths(unknown));
        ValidationException none = assertThrows(ValidationException.class,
                () -> Representation.of(Map.of("g1", 0L), shares(0.5, 0.5)));
        assertEquals(List.of("participants"), paths(none));
        ValidationException sum = assertThrows(ValidationException.class, () -> shares(0.5, 0.6));
        assertEquals(List.of("groups"), paths(sum));
        ValidationException seldom = assertThrows(ValidationException.class,
                () -> shares(0.5, 0.5).withSeldomHeard("g7"));
        assertEquals(List.of("seldomHeard"), paths(seldom));
    }

    @Test
    void results_survive_json() {
        RepresentationResult r = Representation.of(counts(30, 10, 10), shares(0.5, 0.3, 0.2).withSeldomHeard("g2")
                .withSource("Illustrative shares"));
        JsonRoundTrip.assertRoundTrip(r, RepresentationResult.class);
        JsonRoundTrip.assertRoundTrip(shares(0.5, 0.5), ReferencePopulation.class);
        JsonRoundTrip.assertRoundTrip(GroupCounts.of(counts(3, 0, 7)), GroupCounts.class);
    }

    @Test
    void group_counts_merge_in_any_order() {
        Property.forAll(150, random -> {
            List<String> labels = new ArrayList<>();
            int n = random.nextInt(100);
            for (int i = 0; i < n; i++) {
                labels.add("g" + (1 + random.nextInt(4)));
            }
            return labels;
        }, labels -> {
            GroupCountAccumulator onePass = new GroupCountAccumulator();
            labels.forEach(onePass::add);
            GroupCountAccumulator a = new GroupCountAccumulator();
            GroupCountAccumulator b = new GroupCountAccumulator();
            GroupCountAccumulator c = new GroupCountAccumulator();
            for (int i = 0; i < labels.size(); i++) {
                (i % 3 == 0 ? a : i % 3 == 1 ? b : c).add(labels.get(i));
            }
            assertEquals(onePass.result(), c.merge(a.merge(b)).result());
            assertEquals(onePass.result(), labels.parallelStream().collect(Accumulators.collector(GroupCountAccumulator::new)));
            assertEquals(labels.stream().filter("g2"::equals).count(), onePass.result().count("g2"));
        });
    }
}
