package org.coproduction.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.measures.agreement.Metric;
import org.coproduction.measures.agreement.Ratings;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.agreement.Weighting;
import org.coproduction.measures.disclosure.CountTable;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedCell;
import org.coproduction.measures.disclosure.PublishedTable;
import org.coproduction.measures.representation.ReferencePopulation;

/**
 * Fuzz tests of the measures: inputs read from JSON, agreement between raters and small-number suppression.
 * The corpus is in {@code src/test/resources/org/coproduction/fuzz/MeasuresFuzzTestInputs/}; a normal build
 * replays it, {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class MeasuresFuzzTest {

    /** Scales the fuzzer chooses between: the TLAP rungs, an ordinal, a nominal and a numeric scale. */
    private static final List<Scale> SCALES = List.of(Scale.rungs(), Scale.ordinal("low", "middle", "high"),
            Scale.nominal("yes", "no"), Scale.numeric(1, 2, 3, 4, 5));

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void referencePopulation(byte[] input) {
        Documents.readsOrRefusesCleanly(input, ReferencePopulation.class);
    }

    /**
     * Ratings of up to 30 units by up to 6 raters, some missing, some not on the scale: every coefficient
     * and interval is a result or a {@code ValidationException}, and each result survives a JSON round trip.
     */
    @FuzzTest(maxDuration = "5m")
    void agreement(FuzzedDataProvider data) {
        Scale scale = SCALES.get(data.consumeInt(0, SCALES.size() - 1));
        int raters = data.consumeInt(1, 6);
        String[] ids = new String[raters];
        for (int r = 0; r < raters; r++) {
            ids[r] = data.consumeBoolean() ? "r" + r : data.consumeString(8);
        }
        Ratings.Builder builder = Ratings.builder(scale);
        Ratings ratings = Documents.resultOrRefusal(() -> {
            builder.raters(ids);
            int units = data.consumeInt(0, 30);
            for (int u = 0; u < units; u++) {
                String[] given = new String[raters];
                for (int r = 0; r < raters; r++) {
                    int pick = data.consumeInt(-2, scale.categories().size() - 1);
                    given[r] = pick == -2 ? data.consumeString(6) : pick == -1 ? "" : scale.categories().get(pick);
                }
                builder.unit(data.consumeBoolean() ? "u" + u : data.consumeString(6), given);
            }
            return builder.build();
        });
        if (ratings == null) {
            return;
        }
        Operations.exerciseResult(ratings);
        for (Metric metric : Metric.values()) {
            Operations.exerciseResult(Documents.resultOrRefusal(() -> ratings.krippendorffAlpha(metric)));
            Operations.exerciseResult(Documents.resultOrRefusal(
                    () -> ratings.krippendorffAlphaInterval(metric, 20, 7L)));
        }
        Operations.exerciseResult(Documents.resultOrRefusal(ratings::fleissKappa));
        Operations.exerciseResult(Documents.resultOrRefusal(ratings::fleissKappaInterval));
        Operations.exerciseResult(Documents.resultOrRefusal(ratings::coincidences));
        Operations.exerciseResult(Documents.resultOrRefusal(ratings::fleissTable));
        if (ratings.raters().size() >= 2) {
            String first = ratings.raters().get(0);
            String second = ratings.raters().get(ratings.raters().size() - 1);
            for (Weighting weighting : Weighting.values()) {
                Operations.exerciseResult(Documents.resultOrRefusal(() -> ratings.cohenKappa(first, second, weighting)));
                Operations.exerciseResult(Documents.resultOrRefusal(
                        () -> ratings.cohenKappaInterval(first, second, weighting)));
            }
            Operations.exerciseResult(Documents.resultOrRefusal(() -> ratings.pairTable(first, second)));
        }
    }

    /**
     * A table of up to 6 × 6 counts published under a rule the fuzzer chooses (threshold, zeros shown or not,
     * rounding): the rule gives a published table or a {@code ValidationException}; every count shown
     * unrounded is the true count and not below the threshold (zeros aside where they are shown); and no hidden
     * cell is the only hidden one of a row or column whose total is shown, which would give it away by
     * subtraction.
     */
    @FuzzTest(maxDuration = "5m")
    void suppression(FuzzedDataProvider data) {
        int rows = data.consumeInt(1, 6);
        int columns = data.consumeInt(1, 6);
        long[][] counts = new long[rows][columns];
        List<String> rowLabels = new ArrayList<>();
        List<String> columnLabels = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            rowLabels.add("row " + i);
            for (int j = 0; j < columns; j++) {
                counts[i][j] = data.consumeBoolean() ? data.consumeLong(0, 12) : data.consumeLong(-1, 1_000_000);
            }
        }
        for (int j = 0; j < columns; j++) {
            columnLabels.add("column " + j);
        }
        int threshold = data.consumeInt(-1, 12);
        boolean zerosShown = data.consumeBoolean();
        int base = data.consumeBoolean() ? 1 : data.consumeInt(0, 10);
        DisclosureRule rule = Documents.resultOrRefusal(() -> {
            DisclosureRule r = DisclosureRule.fewerThan(threshold).withRoundingBase(base);
            return zerosShown ? r.withZerosShown() : r;
        });
        CountTable table = Documents.resultOrRefusal(() -> CountTable.of(rowLabels, columnLabels, counts));
        if (rule == null || table == null) {
            return;
        }
        Operations.exerciseResult(rule);
        Operations.exerciseResult(table);
        PublishedTable published = Documents.resultOrRefusal(() -> rule.apply(table));
        if (published == null) {
            return;
        }
        Operations.exerciseResult(published);
        if (rule.roundingBase() > 1) {
            return;
        }
        PublishedCell[][] grid = grid(published, rows, columns);
        long[][] truth = truth(table, rows, columns);
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                if (grid[i][j].value().isPresent()) {
                    long shown = grid[i][j].value().get();
                    if (shown != truth[i][j] || shown < rule.threshold() && !(shown == 0 && !rule.suppressZeros())) {
                        throw new AssertionError("cell (" + i + ", " + j + ") of " + table + " is shown as " + shown
                                + " under " + rule + ": " + published);
                    }
                }
            }
        }
        for (int i = 0; i <= rows; i++) {
            requireNotAlone(grid[i], "row " + i, table, published);
        }
        for (int j = 0; j <= columns; j++) {
            PublishedCell[] column = new PublishedCell[rows + 1];
            for (int i = 0; i <= rows; i++) {
                column[i] = grid[i][j];
            }
            requireNotAlone(column, "column " + j, table, published);
        }
    }

    /** The published cells with the row totals as the last column and the column totals as the last row. */
    private static PublishedCell[][] grid(PublishedTable published, int rows, int columns) {
        PublishedCell[][] grid = new PublishedCell[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                grid[i][j] = published.cells().get(i).get(j);
            }
            grid[i][columns] = published.rowTotals().get(i);
        }
        for (int j = 0; j < columns; j++) {
            grid[rows][j] = published.columnTotals().get(j);
        }
        grid[rows][columns] = published.grandTotal();
        return grid;
    }

    private static long[][] truth(CountTable table, int rows, int columns) {
        long[][] truth = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                truth[i][j] = table.count(i, j);
            }
            truth[i][columns] = table.rowTotal(i);
        }
        for (int j = 0; j < columns; j++) {
            truth[rows][j] = table.columnTotal(j);
        }
        truth[rows][columns] = table.grandTotal();
        return truth;
    }

    /** A line of cells ending in its total: one hidden cell alone in it is the total less the others. */
    private static void requireNotAlone(PublishedCell[] line, String name, CountTable table, PublishedTable published) {
        int hidden = 0;
        for (PublishedCell cell : line) {
            hidden += cell.value().isPresent() ? 0 : 1;
        }
        if (hidden == 1) {
            throw new AssertionError("In " + name + " one cell alone is hidden, so subtraction gives it away: " + table
                    + " published as " + published);
        }
    }
}
