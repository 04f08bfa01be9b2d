package org.coproduction.measures.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.Accumulators;
import org.junit.jupiter.api.Test;

class DisclosureRuleTest {

    private static CountTable table(long[][] counts) {
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            rows.add("row" + i);
        }
        for (int j = 0; j < counts[0].length; j++) {
            columns.add("col" + j);
        }
        return CountTable.of(rows, columns, counts);
    }

    /** The published grid with totals, as values (null where suppressed), for the independent check. */
    private static Long[][] publishedGrid(PublishedTable published) {
        int rows = published.rowLabels().size();
        int columns = published.columnLabels().size();
        Long[][] grid = new Long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                grid[i][j] = published.cell(i, j).value().orElse(null);
            }
            grid[i][columns] = published.rowTotals().get(i).value().orElse(null);
        }
        for (int j = 0; j < columns; j++) {
            grid[rows][j] = published.columnTotals().get(j).value().orElse(null);
        }
        grid[rows][columns] = published.grandTotal().value().orElse(null);
        return grid;
    }

    @Test
    void one_small_cell_is_protected_by_a_cycle_of_three_more() {
        // Worked by hand: [[3, 10, 12], [8, 9, 20]] with totals 25, 37; 11, 19, 32; 62. The 3 is primary. No
        // single extra cell hides it (one hidden cell alone in a row or column is given away by the total), so
        // the cheapest cycle is 3, 8 (same column), 10 (same row), 9 (closing the rectangle).
        PublishedTable published = DisclosureRule.standard().apply(table(new long[][] {{3, 10, 12}, {8, 9, 20}}));
        for (PublishedCell hidden : List.of(published.cell(0, 0), published.cell(1, 0), published.cell(0, 1),
                published.cell(1, 1))) {
            assertEquals(CellStatus.SUPPRESSED, hidden.status());
            // One reason for all four: none is marked as the small one.
            assertEquals("suppressed: fewer than 5, or hidden so that no suppressed count can be worked out from "
                    + "the totals", hidden.reason());
        }
        assertEquals(Optional.of(12L), published.cell(0, 2).value());
        assertEquals(Optional.of(62L), published.grandTotal().value());
        assertEquals(4, published.count(CellStatus.SUPPRESSED));
        // Independent check: a table with the same published figures and a different hidden 3 exists
        // (3 + 1, 10 − 1, 8 − 1, 9 + 1).
        assertTrue(AlternativeSearch.canDiffer(publishedGrid(published), new long[][] {
            {3, 10, 12, 25}, {8, 9, 20, 37}, {11, 19, 32, 62}}, 0, 0));
    }

    @Test
    void nothing_small_means_nothing_suppressed() {
        PublishedTable published = DisclosureRule.standard().apply(table(new long[][] {{5, 10}, {8, 9}}));
        assertEquals(0, published.count(CellStatus.SUPPRESSED));
        assertEquals(9, published.count(CellStatus.PUBLISHED), "four cells, four totals and the grand total");
    }

    @Test
    void a_small_total_is_suppressed_and_protected_too() {
        // Row 0 is [1, 2]: both cells and the row total 3 are small. The column totals 9 and 12 would give
        // row 0's cells away from row 1's, so more is hidden; the independent search confirms none is fixed.
        long[][] counts = {{1, 2}, {8, 10}};
        PublishedTable published = DisclosureRule.standard().apply(table(counts));
        assertEquals(CellStatus.SUPPRESSED, published.rowTotals().get(0).status());
        long[][] full = {{1, 2, 3}, {8, 10, 18}, {9, 12, 21}};
        Long[][] grid = publishedGrid(published);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (grid[i][j] == null) {
                    assertTrue(AlternativeSearch.canDiffer(grid, full, i, j), "cell " + i + "," + j + " is exposed");
                }
            }
        }
    }

    @Test
    void rounding_follows_the_nhs_pipeline_reference_case() {
        // Measures notes R-Q-6 (from NHS England's ASCOF code): a SACE base of 2 is suppressed below 3;
        // counts round to the nearest 5, 12 → 10; ties round up (base 10: 15 → 20).
        DisclosureRule rule = DisclosureRule.fewerThan(3).withRoundingBase(5);
        PublishedTable suppressed = rule.apply(table(new long[][] {{2, 12}, {13, 40}}));
        assertEquals(CellStatus.SUPPRESSED, suppressed.cell(0, 0).status());
        PublishedTable rounded = rule.apply(table(new long[][] {{12, 13}, {40, 7}}));
        assertEquals(Optional.of(10L), rounded.cell(0, 0).value());
        assertEquals(Optional.of(15L), rounded.cell(0, 1).value());
        assertEquals(Optional.of(40L), rounded.cell(1, 0).value());
        assertEquals(Optional.of(5L), rounded.cell(1, 1).value());
        assertEquals(Optional.of(70L), rounded.grandTotal().value(), "72 rounds to 70");
        assertEquals("rounded to the nearest 5", rounded.cell(1, 1).reason());
        assertEquals(10, rule.round(12));
        assertEquals(15, rule.round(13));
        assertEquals(20, DisclosureRule.standard().withRoundingBase(10).round(15));
        assertEquals(10, DisclosureRule.standard().withRoundingBase(10).round(14));
    }

    @Test
    void zeros_can_be_shown() {
        PublishedTable shown = DisclosureRule.standard().withZerosShown().apply(table(new long[][] {{0, 10}, {8, 9}}));
        assertEquals(Optional.of(0L), shown.cell(0, 0).value());
        PublishedTable hidden = DisclosureRule.standard().apply(table(new long[][] {{0, 10}, {8, 9}}));
        assertEquals(CellStatus.SUPPRESSED, hidden.cell(0, 0).status());
    }

    @Test
    void suppressed_values_never_appear_in_text_or_json() {
        PublishedTable published = DisclosureRule.standard().apply(table(new long[][] {{3, 10, 12}, {8, 9, 20}}));
        String text = published.toString();
        assertTrue(text.contains("[c]"), text);
        assertFalse(text.matches("(?s).*\\b3\\b.*"), text);
        String json = CoproductionJson.write(published);
        assertFalse(json.matches("(?s).*\"value\"\\s*:\\s*3\\b.*"), json);
        JsonRoundTrip.assertRoundTrip(published, PublishedTable.class);
        JsonRoundTrip.assertRoundTrip(table(new long[][] {{3, 10}, {8, 9}}), CountTable.class);
        assertFalse(table(new long[][] {{3}}).toString().contains("3 "), "CountTable.toString hides the counts");
    }

    @Test
    void bad_tables_and_rules_name_the_field() {
        ValidationException negative = assertThrows(ValidationException.class,
                () -> table(new long[][] {{1, -2}}));
        assertEquals("counts[0][1]", negative.violations().get(0).path());
        ValidationException rule = assertThrows(ValidationException.class, () -> DisclosureRule.fewerThan(0));
        assertEquals("threshold", rule.violations().get(0).path());
        // 1 and 2 are below the documented minimum 3 (NHS England ASCOF pipeline, carers' survey: base below 3).
        assertEquals("threshold", assertThrows(ValidationException.class, () -> DisclosureRule.fewerThan(2))
                .violations().get(0).path());
        assertThrows(ValidationException.class, () -> DisclosureRule.fewerThan(1));
        assertEquals(3, DisclosureRule.fewerThan(3).threshold());
        ValidationException base = assertThrows(ValidationException.class,
                () -> DisclosureRule.standard().withRoundingBase(0));
        assertEquals("roundingBase", base.violations().get(0).path());
    }

    @Test
    void no_suppressed_cell_can_be_recovered_from_the_published_figures() {
        Property.forAll(300, random -> {
            int rows = 1 + random.nextInt(3);
            int columns = 1 + random.nextInt(3);
            long[][] counts = new long[rows][columns];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    counts[i][j] = random.nextInt(3) == 0 ? random.nextInt(5) : random.nextInt(25);
                }
            }
            return new Counts(counts);
        }, generated -> {
            long[][] counts = generated.values();
            for (DisclosureRule rule : List.of(DisclosureRule.standard(), DisclosureRule.standard().withZerosShown())) {
                PublishedTable published = rule.apply(table(counts));
                Long[][] grid = publishedGrid(published);
                long[][] full = AlternativeSearch.withTotals(counts);
                for (int i = 0; i < grid.length; i++) {
                    for (int j = 0; j < grid[0].length; j++) {
                        boolean small = full[i][j] < 5 && (rule.suppressZeros() || full[i][j] > 0);
                        assertTrue(!small || grid[i][j] == null, "a small count is hidden: " + i + "," + j);
                        assertTrue(rule.suppressZeros() || full[i][j] > 0 || grid[i][j] != null,
                                "a zero is shown where the rule shows zeros: " + i + "," + j);
                        if (grid[i][j] == null) {
                            assertTrue(AlternativeSearch.canDiffer(grid, full, i, j),
                                    "suppressed cell " + i + "," + j + " can be worked out; published:\n" + published);
                        } else {
                            assertEquals(full[i][j], grid[i][j], "published values are the true counts");
                        }
                    }
                }
            }
        });
    }

    /** A generated table that prints its counts when a property fails. */
    private record Counts(long[][] values) {
        @Override
        public String toString() {
            return java.util.Arrays.deepToString(values);
        }
    }

    @Test
    void count_tables_accumulate_and_merge_in_any_order() {
        Property.forAll(100, random -> {
            List<TableEntry> entries = new ArrayList<>();
            int n = random.nextInt(80);
            for (int k = 0; k < n; k++) {
                entries.add(TableEntry.of("r" + random.nextInt(3), "c" + random.nextInt(2)));
            }
            return entries;
        }, entries -> {
            List<String> rows = List.of("r0", "r1", "r2");
            List<String> columns = List.of("c0", "c1");
            CountTableAccumulator onePass = new CountTableAccumulator(rows, columns);
            entries.forEach(onePass::add);
            CountTableAccumulator a = new CountTableAccumulator(rows, columns);
            CountTableAccumulator b = new CountTableAccumulator(rows, columns);
            for (int k = 0; k < entries.size(); k++) {
                (k % 3 == 0 ? a : b).add(entries.get(k));
            }
            assertEquals(onePass.result(), b.merge(a).result());
            assertEquals(onePass.result(), entries.parallelStream()
                    .collect(Accumulators.collector(() -> new CountTableAccumulator(rows, columns))));
            long independent = entries.stream().filter(e -> e.row().equals("r1") && e.column().equals("c0")).count();
            assertEquals(independent, onePass.result().count(1, 0));
        });
    }
}
