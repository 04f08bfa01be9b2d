package org.coproduction.measures.disclosure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * A table of counts before publication: rows and columns with labels (such as age band × rung, or ethnic
 * group × "participants"), a non-negative count in each cell, and row, column and grand totals computed
 * from the cells. Any measure that publishes counts passes its table through a {@link DisclosureRule}
 * before it leaves the council.
 *
 * <pre>{@code
 * CountTable table = CountTable.of(List.of("18-64", "65+"), List.of("yes", "no"), new long[][] {{12, 3}, {40, 22}});
 * PublishedTable safe = DisclosureRule.standard().apply(table);
 * }</pre>
 *
 * <p>The raw counts stay in this object: {@link #toString()} shows only the shape, so a log line cannot
 * leak a small number. This class is immutable and thread-safe.
 */
@Experimental
public final class CountTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final long[][] counts;

    private CountTable(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        this.counts = counts;
    }

    /**
     * A table of counts.
     *
     * @param rowLabels  the rows' labels, unique, at least one
     * @param columnLabels  the columns' labels, unique, at least one
     * @param counts  one row of counts per row label, one count per column label, none negative
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    @JsonCreator
    public static CountTable of(@JsonProperty("rowLabels") List<String> rowLabels,
            @JsonProperty("columnLabels") List<String> columnLabels, @JsonProperty("counts") long[][] counts) {
        Violations problems = Violations.of("CountTable");
        problems.check(rowLabels != null && !rowLabels.isEmpty(), "rowLabels", "must have at least one row");
        problems.check(columnLabels != null && !columnLabels.isEmpty(), "columnLabels", "must have at least one column");
        problems.check(counts != null, "counts", "is required");
        problems.throwIfAny();
        problems.unique(rowLabels, label -> label, "rowLabels", "label");
        problems.unique(columnLabels, label -> label, "columnLabels", "label");
        problems.check(counts.length == rowLabels.size(), "counts", "must have one row per row label ("
                + rowLabels.size() + ")", counts.length);
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            boolean shaped = counts[i] != null && counts[i].length == columnLabels.size();
            problems.check(shaped, "counts[" + i + "]", "must have one count per column label ("
                    + columnLabels.size() + ")", counts[i] == null ? null : counts[i].length);
            if (shaped) {
                copy[i] = counts[i].clone();
                for (int j = 0; j < counts[i].length; j++) {
                    problems.check(counts[i][j] >= 0, "counts[" + i + "][" + j + "]", "must not be negative");
                }
            }
        }
        problems.throwIfAny();
        return new CountTable(List.copyOf(rowLabels), List.copyOf(columnLabels), copy);
    }

    /**
     * A one-column table, such as participants per group.
     *
     * @param columnLabel  the column's label, such as "participants"
     * @param countsByRow  the count for each row label, in the order wanted (use a {@code LinkedHashMap})
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative or there are no rows
     */
    public static CountTable ofColumn(String columnLabel, Map<String, Long> countsByRow) {
        List<String> rows = new ArrayList<>(countsByRow.keySet());
        long[][] counts = new long[rows.size()][1];
        for (int i = 0; i < rows.size(); i++) {
            counts[i][0] = countsByRow.get(rows.get(i));
        }
        return of(rows, List.of(columnLabel), counts);
    }

    /**
     * The rows' labels.
     *
     * @return the labels, unmodifiable, not null
     */
    @JsonProperty("rowLabels")
    public List<String> rowLabels() {
        return rowLabels;
    }

    /**
     * The columns' labels.
     *
     * @return the labels, unmodifiable, not null
     */
    @JsonProperty("columnLabels")
    public List<String> columnLabels() {
        return columnLabels;
    }

    /**
     * The counts, one row per row label.
     *
     * @return a copy of the counts, not null
     */
    @JsonProperty("counts")
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * One cell's count.
     *
     * @param row  the row index, from 0
     * @param column  the column index, from 0
     * @return the count
     */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /**
     * A row's total.
     *
     * @param row  the row index, from 0
     * @return the sum of the row's cells
     */
    public long rowTotal(int row) {
        return Arrays.stream(counts[row]).sum();
    }

    /**
     * A column's total.
     *
     * @param column  the column index, from 0
     * @return the sum of the column's cells
     */
    public long columnTotal(int column) {
        long sum = 0;
        for (long[] row : counts) {
            sum += row[column];
        }
        return sum;
    }

    /**
     * The grand total.
     *
     * @return the sum of every cell
     */
    public long grandTotal() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountTable && rowLabels.equals(((CountTable) other).rowLabels)
                && columnLabels.equals(((CountTable) other).columnLabels)
                && Arrays.deepEquals(counts, ((CountTable) other).counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowLabels, columnLabels, Arrays.deepHashCode(counts));
    }

    /** Shows the shape only, never the counts, so that unpublished small numbers cannot leak into logs. */
    @Override
    public String toString() {
        return "CountTable " + rowLabels.size() + " × " + columnLabels.size() + " " + rowLabels + " × " + columnLabels
                + " (counts not shown before disclosure control)";
    }

    /** Java serialisation reads the fields back through {@link #of}, so that a table read is checked. */
    private Object readResolve() {
        return of(rowLabels, columnLabels, counts);
    }
}
