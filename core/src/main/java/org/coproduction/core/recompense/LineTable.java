package org.coproduction.core.recompense;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The lines of a statement the engine made, in order. A council's year holds hundreds of thousands of lines,
 * most of them time lines that no cap or part-payment touched; those are kept as numbers in the store shared
 * by the statements made together ({@link StatementEngine.Index}) and made into {@link StatementLine}s when
 * read, always equal to each other. Every other line is kept as the line itself.
 *
 * <p>Unmodifiable, like every list a value type returns; safe to read from any thread once the statement is
 * published, because nothing in it changes after the statement is made.
 */
final class LineTable extends AbstractList<StatementLine> implements RandomAccess {

    private final StatementEngine.Index store;
    /** A position in the store, or, when negative, {@code -1 - k} for the k-th of {@link #others}. */
    private final int[] rows;
    private final StatementLine[] others;

    LineTable(StatementEngine.Index store, int[] rows, StatementLine[] others) {
        this.store = store;
        this.rows = rows;
        this.others = others;
    }

    @Override
    public StatementLine get(int index) {
        int row = rows[index];
        return row < 0 ? others[-1 - row] : store.line(row);
    }

    @Override
    public int size() {
        return rows.length;
    }
}
