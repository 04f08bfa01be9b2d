package org.coproduction.measures.disclosure;

import java.util.List;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A table of counts as it may be published after a {@link DisclosureRule}: every cell and total either
 * shows its (possibly rounded) count or is {@linkplain CellStatus#SUPPRESSED suppressed}. The raw value of a
 * suppressed cell is not in this object, and neither is whether it was hidden for being small or to protect
 * a small one: every suppressed cell looks the same, in the object, its JSON and its text, so that the
 * marks cannot narrow a hidden count (see "What a published table reveals" in {@link DisclosureRule}).
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class PublishedTable implements WithPublishedTable {

    /**
     * The rows' labels.
     *
     * @return the labels, not null
     */
    public abstract List<String> rowLabels();

    /**
     * The columns' labels.
     *
     * @return the labels, not null
     */
    public abstract List<String> columnLabels();

    /**
     * The inner cells, one list per row.
     *
     * @return the cells, not null
     */
    public abstract List<List<PublishedCell>> cells();

    /**
     * The row totals, one per row.
     *
     * @return the totals, not null
     */
    public abstract List<PublishedCell> rowTotals();

    /**
     * The column totals, one per column.
     *
     * @return the totals, not null
     */
    public abstract List<PublishedCell> columnTotals();

    /**
     * The grand total.
     *
     * @return the total, not null
     */
    public abstract PublishedCell grandTotal();

    /**
     * The rule applied.
     *
     * @return the rule, not null
     */
    public abstract DisclosureRule rule();

    /**
     * A builder, for reading stored tables; use {@link DisclosureRule#apply} to make one.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link PublishedTable} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutablePublishedTable.Builder {
        Builder() {
        }
    }

    /**
     * One inner cell.
     *
     * @param row  the row index, from 0
     * @param column  the column index, from 0
     * @return the cell, not null
     */
    public PublishedCell cell(int row, int column) {
        return cells().get(row).get(column);
    }

    /**
     * How many cells and totals have a given status.
     *
     * @param status  the status to count
     * @return the number of cells and totals with it
     */
    public long count(CellStatus status) {
        long inner = cells().stream().flatMap(List::stream).filter(c -> c.status() == status).count();
        long margins = rowTotals().stream().filter(c -> c.status() == status).count()
                + columnTotals().stream().filter(c -> c.status() == status).count();
        return inner + margins + (grandTotal().status() == status ? 1 : 0);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("PublishedTable");
        problems.check(cells().size() == rowLabels().size(), "cells", "must have one row per row label", cells().size());
        for (int i = 0; i < cells().size(); i++) {
            problems.check(cells().get(i).size() == columnLabels().size(), "cells[" + i + "]",
                    "must have one cell per column label", cells().get(i).size());
        }
        problems.check(rowTotals().size() == rowLabels().size(), "rowTotals", "must have one total per row",
                rowTotals().size());
        problems.check(columnTotals().size() == columnLabels().size(), "columnTotals",
                "must have one total per column", columnTotals().size());
        problems.throwIfAny();
    }

    /** The table as text, with {@code [c]} for suppressed cells; it never contains a suppressed count. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-16s", ""));
        columnLabels().forEach(label -> text.append(String.format("%10s", label)));
        text.append(String.format("%10s%n", "Total"));
        for (int i = 0; i < rowLabels().size(); i++) {
            text.append(String.format("%-16s", rowLabels().get(i)));
            cells().get(i).forEach(cell -> text.append(String.format("%10s", cell)));
            text.append(String.format("%10s%n", rowTotals().get(i)));
        }
        text.append(String.format("%-16s", "Total"));
        columnTotals().forEach(cell -> text.append(String.format("%10s", cell)));
        text.append(String.format("%10s%n", grandTotal()));
        text.append("(").append(rule()).append("; [c] = suppressed)");
        return text.toString();
    }
}
