package org.coproduction.measures.disclosure;

import java.util.List;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;

/**
 * Counts records into a {@link CountTable} with fixed row and column labels, in memory that depends only on
 * the table's size. Merging adds the counts, so it is exactly associative and commutative.
 */
@Experimental
public final class CountTableAccumulator implements Accumulator<TableEntry, CountTable, CountTableAccumulator> {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final long[][] counts;

    /**
     * An empty accumulator for a table with these labels.
     *
     * @param rowLabels  the rows' labels, unique, at least one
     * @param columnLabels  the columns' labels, unique, at least one
     * @throws org.coproduction.core.validation.ValidationException if the labels are empty or repeat
     */
    public CountTableAccumulator(List<String> rowLabels, List<String> columnLabels) {
        CountTable.of(rowLabels, columnLabels, new long[rowLabels.size()][columnLabels.size()]);
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.counts = new long[rowLabels.size()][columnLabels.size()];
    }

    /**
     * Counts one record.
     *
     * @param entry  the record's row and column, not null
     * @throws org.coproduction.core.validation.ValidationException if the row or column is not one of the
     *     table's labels; the accumulator is then unchanged
     */
    @Override
    public void add(TableEntry entry) {
        int row = rowLabels.indexOf(entry.row());
        int column = columnLabels.indexOf(entry.column());
        Violations.of("table entry")
                .check(row >= 0, "row", "must be one of " + rowLabels, entry.row())
                .check(column >= 0, "column", "must be one of " + columnLabels, entry.column())
                .throwIfAny();
        counts[row][column]++;
    }

    @Override
    public CountTableAccumulator merge(CountTableAccumulator other) {
        Violations.of("CountTableAccumulator")
                .check(rowLabels.equals(other.rowLabels), "rowLabels", "must be the same to merge", other.rowLabels)
                .check(columnLabels.equals(other.columnLabels), "columnLabels", "must be the same to merge",
                        other.columnLabels)
                .throwIfAny();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts[i].length; j++) {
                counts[i][j] = Math.addExact(counts[i][j], other.counts[i][j]);
            }
        }
        return this;
    }

    @Override
    public CountTable result() {
        return CountTable.of(rowLabels, columnLabels, counts);
    }
}
