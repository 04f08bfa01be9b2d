package org.coproduction.measures.disclosure;

import org.coproduction.core.api.Experimental;

/**
 * One record to be counted into a {@link CountTable}: the row and column it falls in, such as an age band
 * and a rung.
 *
 * @param row  the row label, not null
 * @param column  the column label, not null
 */
@Experimental
public record TableEntry(String row, String column) {

    /**
     * A record for the cell at a row and column.
     *
     * @param row  the row label
     * @param column  the column label
     * @return the entry, not null
     */
    public static TableEntry of(String row, String column) {
        return new TableEntry(row, column);
    }
}
