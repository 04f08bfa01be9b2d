package org.coproduction.measures.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.disclosure.HiddenCellRange.Known;
import org.junit.jupiter.api.Test;

/**
 * Whatever a published table carries (its cells, totals, statuses, reasons and rule) gives a reader no
 * hidden count. Checked by {@link HiddenCellRange}, a linear-programming bound written for the test and
 * independent of the suppression algorithm: for each hidden cell, the least and the greatest value over
 * every table that agrees with what is published must differ.
 */
class PublishedTableSecrecyTest {

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

    /** Cell (i, j) of the grid with totals: inner cells, row totals in the last column, column totals below. */
    private static PublishedCell gridCell(PublishedTable published, int i, int j) {
        int rows = published.rowLabels().size();
        int columns = published.columnLabels().size();
        if (i < rows && j < columns) {
            return published.cell(i, j);
        }
        if (i < rows) {
            return published.rowTotals().get(i);
        }
        return j < columns ? published.columnTotals().get(j) : published.grandTotal();
    }

    /**
     * What a reader knows of one cell from the table alone. A published count p, rounded half up to base b,
     * was from p − ⌊b/2⌋ to p + ⌈b/2⌉ − 1; a published count is at least the threshold, or 0 where zeros are
     * shown. A hidden count is whatever its status and reason say it is.
     */
    static Known known(PublishedCell cell, DisclosureRule rule) {
        long lowestHidden = rule.suppressZeros() ? 0 : 1;
        if (cell.value().isEmpty()) {
            return hidden(cell, lowestHidden);
        }
        long p = cell.value().get();
        long base = rule.roundingBase();
        long low = Math.max(0, p - base / 2);
        long high = p + (base + 1) / 2 - 1;
        if (p == 0) {
            // Only where zeros are shown, and only for a true 0 while the rounding range stays below the threshold.
            assertTrue(!rule.suppressZeros() && high < rule.threshold(), "a published 0 under " + rule);
            return Known.exactly(0);
        }
        return new Known(Math.max(low, rule.threshold()), high);
    }

    /**
     * What the status and reason of a hidden cell tell the reader: every hidden cell is marked alike (which the
     * test checks), so only that it is at least 0, or at least 1 where zeros are shown.
     */
    private static Known hidden(PublishedCell cell, long lowestHidden) {
        assertEquals(CellStatus.SUPPRESSED, cell.status());
        return Known.atLeast(lowestHidden);
    }

    /** The hidden cells of the grid that a reader can pin to one value, as "row,column=value". */
    static List<String> pinned(long[][] counts, DisclosureRule rule) {
        PublishedTable published = rule.apply(table(counts));
        long[][] truth = AlternativeSearch.withTotals(counts);
        Known[][] grid = new Known[truth.length][truth[0].length];
        Set<String> hiddenReasons = new HashSet<>();
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth[0].length; j++) {
                PublishedCell cell = gridCell(published, i, j);
                if (cell.value().isEmpty()) {
                    hiddenReasons.add(cell.reason());
                }
                grid[i][j] = known(cell, rule);
                assertTrue(grid[i][j].contains(truth[i][j]), "the reader's knowledge of " + i + "," + j + " is "
                        + grid[i][j] + " but the count is " + truth[i][j] + "; published:\n" + published);
            }
        }
        assertTrue(hiddenReasons.size() <= 1, "hidden cells give different reasons: " + hiddenReasons);
        HiddenCellRange reader = new HiddenCellRange(grid);
        List<String> pinned = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            for (int j = 0; j < truth[0].length; j++) {
                if (gridCell(published, i, j).value().isEmpty()) {
                    long[] range = reader.range(i, j);
                    assertTrue(range[0] <= truth[i][j] && truth[i][j] <= range[1], "range " + Arrays.toString(range)
                            + " of " + i + "," + j + " misses the count " + truth[i][j]);
                    if (range[0] == range[1]) {
                        pinned.add(i + "," + j + "=" + range[0]);
                    }
                }
            }
        }
        return pinned;
    }

    @Test
    void the_reader_s_bound_finds_counts_that_can_be_worked_out() {
        // Checks of the checker, by hand. Grid [[3, 10 | 13], [8, 9 | 17] | 11, 19 | 30] with only the 3 hidden:
        // its row gives 13 − 10 = 3.
        long[][] truth = {{3, 10, 13}, {8, 9, 17}, {11, 19, 30}};
        Known[][] grid = new Known[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                grid[i][j] = Known.exactly(truth[i][j]);
            }
        }
        grid[0][0] = Known.atLeast(0);
        assertEquals(List.of(3L, 3L), List.of(new HiddenCellRange(grid).range(0, 0)[0],
                new HiddenCellRange(grid).range(0, 0)[1]));
        // With 3, 10, 8 and 9 hidden (no bounds but ≥ 0) the 3 ranges from 0 to 11 (10 + 3 − 0 ... up to 11,
        // where the column total 11 takes all of it).
        grid[0][1] = Known.atLeast(0);
        grid[1][0] = Known.atLeast(0);
        grid[1][1] = Known.atLeast(0);
        HiddenCellRange open = new HiddenCellRange(grid);
        assertEquals(0, open.range(0, 0)[0]);
        assertEquals(11, open.range(0, 0)[1]);
        // One column A 4, B 9, C 19, D 4, total 36, with A and D (and so their row totals) hidden and each known
        // to be 0 to 4: A + D = 8 pins both to 4. Known only to be at least 0, A ranges from 0 to 8.
        Known[][] column = {{new Known(0, 4), new Known(0, 4)}, {Known.exactly(9), Known.exactly(9)},
            {Known.exactly(19), Known.exactly(19)}, {new Known(0, 4), new Known(0, 4)},
            {Known.exactly(36), Known.exactly(36)}};
        assertEquals(4, new HiddenCellRange(column).range(0, 0)[0]);
        assertEquals(4, new HiddenCellRange(column).range(0, 0)[1]);
        for (int row : new int[] {0, 3}) {
            column[row][0] = Known.atLeast(0);
            column[row][1] = Known.atLeast(0);
        }
        assertEquals(List.of(0L, 8L), Arrays.stream(new HiddenCellRange(column).range(0, 0)).boxed()
                .collect(Collectors.toList()));
        // With the total hidden as well, nothing limits A from above.
        column[4][0] = Known.atLeast(0);
        column[4][1] = Known.atLeast(0);
        assertEquals(HiddenCellRange.UNBOUNDED, new HiddenCellRange(column).range(0, 0)[1]);
    }

    @Test
    void the_measures_guide_s_table_leaves_the_small_count_anywhere_from_0_to_9() {
        // docs/guides/measures.md, section 4: Forum 6, 3; Board 9, 8; Panel 20, 11. Hidden a = 6, b = 3, c = 9,
        // d = 8 with a + b = 9, c + d = 17, a + c = 35 − 20 = 15, b + d = 22 − 11 = 11; so b = 9 − a ≥ 0 and
        // d = 11 − b ≥ 0: by hand b runs from 0 to 9.
        long[][] counts = {{6, 3}, {9, 8}, {20, 11}};
        DisclosureRule rule = DisclosureRule.standard();
        PublishedTable published = rule.apply(table(counts));
        Known[][] grid = new Known[4][3];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                grid[i][j] = known(gridCell(published, i, j), rule);
            }
        }
        assertEquals(List.of(0L, 9L), Arrays.stream(new HiddenCellRange(grid).range(0, 1)).boxed()
                .collect(Collectors.toList()));
    }

    @Test
    void the_issue_s_representation_counts_give_nothing_away() {
        // Counts A 4, B 9, C 19, D 4 in one column under the standard rule: A and D are hidden and the total
        // 36 is shown, so A + D = 8. If both were marked "fewer than 5" they would both be 4.
        assertEquals(List.of(), pinned(new long[][] {{4}, {9}, {19}, {4}}, DisclosureRule.standard()));
    }

    @Test
    void the_issue_s_two_by_two_table_gives_nothing_away() {
        // [[4, 5], [5, 5]]: a + b = 9, a + c = 9, c + d = 10; with b, c and d marked "not small" (at least 5),
        // a = 4 and then every cell would follow.
        assertEquals(List.of(), pinned(new long[][] {{4, 5}, {5, 5}}, DisclosureRule.standard()));
    }

    @Test
    void where_zeros_are_shown_a_hidden_count_is_at_least_one() {
        // One row 6, 1, 1 with zeros shown: if only the two 1s were hidden, with 6 and the total 8 shown, they
        // would sum to 2, and neither can be 0 (a 0 would have been shown), so both would be 1. The rule must
        // hide more, and never a 0 (a reader relies on a hidden count not being 0).
        DisclosureRule rule = DisclosureRule.standard().withZerosShown();
        assertEquals(List.of(), pinned(new long[][] {{6, 1, 1}}, rule));
        assertEquals(List.of(), pinned(new long[][] {{6, 1, 1, 0}, {0, 9, 12, 0}}, rule));
    }

    @Test
    void every_suppressed_cell_looks_the_same_in_the_object_its_json_and_its_text() {
        // [[3, 10, 12], [8, 9, 20]]: the 3 is small and 10, 8 and 9 protect it; nothing published says which.
        PublishedTable published = DisclosureRule.standard().apply(table(new long[][] {{3, 10, 12}, {8, 9, 20}}));
        List<PublishedCell> hidden = List.of(published.cell(0, 0), published.cell(0, 1), published.cell(1, 0),
                published.cell(1, 1));
        assertEquals(1, hidden.stream().distinct().count(), hidden::toString);
        assertEquals(1, hidden.stream().map(CoproductionJson::write).distinct().count());
        assertEquals(1, hidden.stream().map(PublishedCell::toString).distinct().count());
        String json = CoproductionJson.write(published);
        assertFalse(json.contains("primary") || json.contains("secondary") || json.contains("small"), json);
        String text = published.toString();
        assertTrue(text.contains("[c]"), text);
        assertFalse(text.contains("primary") || text.contains("secondary"), text);
    }

    /** A table of 1 to 6 rows and columns, with small counts and zeros in a share that varies by table. */
    private static long[][] counts(SplittableRandom random) {
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(6);
        int smallPercent = random.nextInt(101);
        long[][] counts = new long[rows][columns];
        for (long[] row : counts) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextInt(100) < smallPercent ? random.nextInt(12) : random.nextInt(60);
            }
        }
        return counts;
    }

    /** A generated table with the rule it is published under, printed when the property fails. */
    private record Case(long[][] counts, DisclosureRule rule) {
        @Override
        public String toString() {
            return Arrays.deepToString(counts) + " under " + rule;
        }
    }

    @Test
    void no_hidden_count_follows_from_a_generated_published_table() {
        // Thresholds 3 to 10, zeros shown or hidden, rounding to 5 or none. (A threshold of at least 3 keeps a
        // published 0 meaning exactly 0 under rounding to 5, so the reader's knowledge stays one range.)
        int[] thresholds = {3, 5, 7, 10};
        Property.forAll(800, random -> {
            DisclosureRule rule = DisclosureRule.fewerThan(thresholds[random.nextInt(thresholds.length)])
                    .withRoundingBase(random.nextBoolean() ? 1 : 5);
            return new Case(counts(random), random.nextBoolean() ? rule : rule.withZerosShown());
        }, generated -> assertEquals(List.of(), pinned(generated.counts(), generated.rule()),
                () -> "pinned hidden cells; published:\n" + generated.rule().apply(table(generated.counts()))));
    }
}
