package org.coproduction.measures.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Small-number suppression for published counts: counts below a threshold (by default, fewer than 5) are
 * hidden (primary suppression), and further cells are hidden where needed (secondary suppression) so that
 * no hidden count can be worked out from the published cells and the row, column and grand totals.
 * Optionally, published counts are rounded to a base, such as the nearest 5.
 *
 * <pre>{@code
 * PublishedTable safe = DisclosureRule.standard().apply(table);
 * PublishedTable nhsStyle = DisclosureRule.fewerThan(3).withRoundingBase(5).apply(table);
 * }</pre>
 *
 * <p><b>How it works.</b> The totals are treated as cells of the table, so a small total is suppressed
 * too. A hidden cell could be worked out exactly when no other table with the same published figures gives
 * it a different value. The rule checks this exactly for each hidden cell: it looks for a cycle of hidden
 * cells, alternating along rows and columns, round which counts could be moved (one up, the next down)
 * without any count falling below the least a reader knows it to be (0, or 1 where zeros are shown); if
 * there is none, it hides the smallest further non-zero cell that creates one, preferring inner cells to
 * totals. The choice is made one hidden cell at a time, so on some tables it hides more cells than the
 * fewest that would protect them (six where four would do, say); it never leaves a hidden count that can be
 * worked out.
 *
 * <p><b>What a published table reveals.</b> The published counts (rounded, if the rule rounds), which cells
 * are hidden, and this rule. Every hidden cell has the same status, {@link CellStatus#SUPPRESSED}, and the
 * same reason: the table does not say which hidden cells were small and which were hidden to protect them.
 * That is deliberate. Saying so would tell a reader that some hidden counts are below the threshold and the
 * others are not, and those bounds with the totals can pin a count: in one column of 4, 9, 19 and 4 with
 * the total 36 shown, two hidden cells marked "fewer than 5" that sum to 8 are both 4. The other way out,
 * keeping the marks and hiding enough more cells to survive the bounds they reveal, hides more and is
 * harder to check, so the library keeps the distinction inside this method instead.
 *
 * <p><b>What it does not reveal.</b> Any hidden count: for every hidden cell there are at least two
 * whole-number tables, agreeing with every published cell and total, with the rule, and with the least a
 * hidden count can be (0, or 1 where zeros are shown), that give it different values (the library's tests
 * check this with an independent linear-programming bound over generated tables). The guarantee is that
 * no count is pinned, not that it is known only within a wide range: a hidden cell may be known to be, say,
 * 3 or 4. Nor does the check model a reader who knows this method and replays its choice of cells on
 * candidate tables; such a reader may narrow a range further.
 *
 * <p>It is a {@link DisclosureControl}, so the same rule can count participants' demographic attributes. A
 * profile needs a rule that rounds, as a count that one person joining or leaving changes is withheld:
 * {@code DemographicProfile.of(participants, DisclosureRule.fewerThan(3).withRoundingBase(5))}.
 *
 * <p><b>Sources.</b> The default threshold "fewer than 5" is a common convention for small numbers in
 * UK health and care statistics; NHS England's ASCOF pipeline suppresses bases below 3 and rounds counts
 * to the nearest 5 (ties up), as the library's measures notes record from its code. Cell suppression with
 * complementary (secondary) cells and the cycle condition follow the statistical disclosure control
 * literature: Hundepool A et al. (2012), <i>Statistical Disclosure Control</i>, Wiley, ch. 5 (cited from
 * memory, not checked against the text).
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DisclosureRule implements DisclosureControl, WithDisclosureRule {

    /** The default threshold: counts below 5 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;

    /**
     * Counts strictly below this are suppressed.
     *
     * @return the threshold, at least {@link DisclosureControl#MINIMUM_THRESHOLD} (3)
     */
    @Value.Default
    @Override
    public int threshold() {
        return DEFAULT_THRESHOLD;
    }

    /**
     * Whether zero counts are suppressed like other small counts (the default, since "nobody" can itself be
     * disclosive), or shown as 0.
     *
     * @return true to suppress zeros
     */
    @Value.Default
    public boolean suppressZeros() {
        return true;
    }

    /**
     * The base published counts are rounded to, half up (1 for no rounding).
     *
     * @return the base, at least 1
     */
    @Value.Default
    @Override
    public int roundingBase() {
        return 1;
    }

    /**
     * The default rule: suppress counts below 5, zeros included, no rounding.
     *
     * @return the rule, not null
     */
    public static DisclosureRule standard() {
        return ImmutableDisclosureRule.builder().build();
    }

    /**
     * A rule that suppresses counts below a threshold, zeros included, without rounding.
     *
     * @param threshold  counts below this are suppressed, at least {@link DisclosureControl#MINIMUM_THRESHOLD} (3)
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the threshold is below {@link DisclosureControl#MINIMUM_THRESHOLD} (3)
     */
    public static DisclosureRule fewerThan(int threshold) {
        return ImmutableDisclosureRule.builder().threshold(threshold).build();
    }

    /**
     * This rule with published counts rounded to a base, half up.
     *
     * @param base  the base, such as 5; 1 for no rounding
     * @return the new rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the base is below 1
     */
    public DisclosureRule withRoundingBase(int base) {
        return this.withRoundingBase(base);
    }

    /**
     * This rule, but showing zero counts as 0 rather than suppressing them.
     *
     * @return the new rule, not null
     */
    public DisclosureRule withZerosShown() {
        return this.withSuppressZeros(false);
    }

    /**
     * Applies the rule to a table.
     *
     * @param table  the table of raw counts, not null
     * @return the table as it may be published, not null
     */
    public PublishedTable apply(CountTable table) {
        int rows = table.rowLabels().size();
        int columns = table.columnLabels().size();
        long[][] values = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                values[i][j] = table.count(i, j);
            }
            values[i][columns] = table.rowTotal(i);
        }
        for (int j = 0; j < columns; j++) {
            values[rows][j] = table.columnTotal(j);
        }
        values[rows][columns] = table.grandTotal();
        boolean[][] hidden = Suppression.decide(values, threshold(), suppressZeros());
        List<List<PublishedCell>> cells = new ArrayList<>();
        List<PublishedCell> rowTotals = new ArrayList<>();
        List<PublishedCell> columnTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<PublishedCell> row = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                row.add(publish(values[i][j], hidden[i][j]));
            }
            cells.add(row);
            rowTotals.add(publish(values[i][columns], hidden[i][columns]));
        }
        for (int j = 0; j < columns; j++) {
            columnTotals.add(publish(values[rows][j], hidden[rows][j]));
        }
        return PublishedTable.builder()
                .rowLabels(table.rowLabels()).columnLabels(table.columnLabels())
                .cells(cells).rowTotals(rowTotals).columnTotals(columnTotals)
                .grandTotal(publish(values[rows][columns], hidden[rows][columns]))
                .rule(this)
                .build();
    }

    private PublishedCell publish(long value, boolean hidden) {
        if (hidden) {
            return PublishedCell.suppressed(suppressedReason());
        }
        return PublishedCell.published(round(value), roundingBase() == 1
                ? "at least " + threshold() + (suppressZeros() ? "" : ", or zero")
                : "rounded to the nearest " + roundingBase());
    }

    /** One reason for every hidden cell, so that the reason cannot tell a small count from a protecting one. */
    private String suppressedReason() {
        String small = suppressZeros() ? "fewer than " + threshold()
                : threshold() == 2 ? "1" : "from 1 to " + (threshold() - 1);
        return "suppressed: " + small + ", or hidden so that no suppressed count can be worked out from the totals";
    }

    /** Rounds half up to the base: 12.5 → 15 and 12 → 10 for base 5, as NHS England's ASCOF pipeline does. */
    long round(long value) {
        if (roundingBase() == 1) {
            return value;
        }
        return Math.floorDiv(2 * value + roundingBase(), 2L * roundingBase()) * roundingBase();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("DisclosureRule");
        problems.check(threshold() >= MINIMUM_THRESHOLD, "threshold",
                "must be at least " + MINIMUM_THRESHOLD + " (the documented minimum)", threshold());
        problems.check(roundingBase() >= 1, "roundingBase", "must be at least 1", roundingBase());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "suppress counts below " + threshold() + (suppressZeros() ? "" : " (zeros shown)")
                + (roundingBase() == 1 ? "" : ", round to the nearest " + roundingBase());
    }
}
