package org.coproduction.measures.disclosure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;

/**
 * Counts records into a {@link CountTable} with fixed row and column labels, in memory that depends only on
 * the table's size. Merging adds the counts, so it is exactly associative and commutative.
 */
@Experimental
public final class CountTableAccumulator implements Accumulator<TableEntry, CountTable, CountTableAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * The table counted so far (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public CountTable state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CountTableAccumulator from(CountTable state) {
        CountTableAccumulator acc = new CountTableAccumulator(state.rowLabels(), state.columnLabels());
        long[][] counts = state.counts();
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(counts[i], 0, acc.counts[i], 0, counts[i].length);
        }
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("CountTableAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(CountTable state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public CountTable result() {
        return CountTable.of(rowLabels, columnLabels, counts);
    }
}
