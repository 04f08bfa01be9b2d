package org.coproduction.measures.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Decides which cells of a table with its totals to hide.
 *
 * <p>The table with its totals is an (r + 1) × (c + 1) grid. Negating the margin cells turns every row and
 * column of the grid into one that sums to zero, so any change to hidden cells that keeps the published
 * figures true is a sum of alternating cycles of hidden cells (row, column, row, column …). A hidden cell
 * can therefore take another value exactly when it lies on such a cycle along which a shift of one keeps
 * every hidden count at or above the least a reader knows it to be. Cells where this fails are protected
 * by hiding more cells.
 *
 * <p>What a reader knows of a hidden count is only what the published table says of every hidden cell
 * alike: it is at least 0, or at least 1 where zeros are shown (a zero would have been shown, and no zero
 * is ever hidden to protect another cell). Whether a cell was small is not published, so no upper bound
 * is known for any hidden cell and none is assumed.
 */
final class Suppression {

    private Suppression() {
    }

    /**
     * Which cells to hide.
     *
     * @param values  the grid with its totals
     * @param threshold  counts below this are hidden
     * @param suppressZeros  whether zeros are hidden like other small counts
     * @return true for each hidden cell
     */
    static boolean[][] decide(long[][] values, int threshold, boolean suppressZeros) {
        int rows = values.length;
        int columns = values[0].length;
        long least = suppressZeros ? 0 : 1;
        boolean[][] hidden = new boolean[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                hidden[i][j] = values[i][j] < threshold && (suppressZeros || values[i][j] > 0);
            }
        }
        while (true) {
            int[] exposed = firstRecoverable(values, hidden, least);
            if (exposed == null) {
                return hidden;
            }
            protect(values, hidden, least, exposed);
        }
    }

    /**
     * Hides the cheapest published cell that puts the exposed cell on a cycle, or failing that one beside it.
     * Zeros are never hidden here: where zeros are hidden they already are, and where they are shown a reader
     * must be able to rely on a hidden count not being 0. Hiding every non-zero cell always protects every
     * hidden cell (each lies on the cycle of an inner cell, its row and column totals and the grand total,
     * which can all go up together), so there is always a candidate while a cell is exposed.
     */
    private static void protect(long[][] values, boolean[][] hidden, long least, int[] exposed) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[0].length; j++) {
                if (!hidden[i][j] && values[i][j] > 0) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        int lastRow = values.length - 1;
        int lastColumn = values[0].length - 1;
        candidates.sort(Comparator
                .<int[]>comparingInt(c -> c[0] == lastRow || c[1] == lastColumn ? 1 : 0)
                .thenComparingLong(c -> values[c[0]][c[1]])
                .thenComparingInt(c -> c[0])
                .thenComparingInt(c -> c[1]));
        for (int[] candidate : candidates) {
            hidden[candidate[0]][candidate[1]] = true;
            if (!recoverable(values, hidden, least, exposed[0], exposed[1])) {
                return;
            }
            hidden[candidate[0]][candidate[1]] = false;
        }
        for (int[] candidate : candidates) {
            if (candidate[0] == exposed[0] || candidate[1] == exposed[1]) {
                hidden[candidate[0]][candidate[1]] = true;
                return;
            }
        }
        int[] cheapest = candidates.get(0);
        hidden[cheapest[0]][cheapest[1]] = true;
    }

    private static int[] firstRecoverable(long[][] values, boolean[][] hidden, long least) {
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[0].length; j++) {
                if (hidden[i][j] && recoverable(values, hidden, least, i, j)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /**
     * Whether a hidden cell is fixed by the published figures: no feasible alternating cycle passes through it.
     * Nodes 0..rows−1 are rows, rows..rows+columns−1 are columns; a hidden cell is an arc row → column when
     * shifting it by +1 (in the zero-sum form) keeps its count at or above {@code least}, and column → row when
     * shifting by −1 does.
     */
    static boolean recoverable(long[][] values, boolean[][] hidden, long least, int row, int column) {
        int rows = values.length;
        boolean up = canShift(values, least, row, column, +1);
        boolean down = canShift(values, least, row, column, -1);
        return !((up && reachable(values, hidden, least, rows + column, row, row, column))
                || (down && reachable(values, hidden, least, row, rows + column, row, column)));
    }

    /** Whether shifting cell (i, j) by {@code direction} in the zero-sum form keeps its count at least {@code least}. */
    private static boolean canShift(long[][] values, long least, int i, int j, int direction) {
        boolean margin = (i == values.length - 1) != (j == values[0].length - 1);
        int change = margin ? -direction : direction;
        return change > 0 || values[i][j] - 1 >= least;
    }

    /** Breadth-first search over feasible arcs of hidden cells other than (skipRow, skipColumn). */
    private static boolean reachable(long[][] values, boolean[][] hidden, long least, int from, int to, int skipRow,
            int skipColumn) {
        int rows = values.length;
        int columns = values[0].length;
        boolean[] seen = new boolean[rows + columns];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(from);
        seen[from] = true;
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node == to) {
                return true;
            }
            if (node < rows) {
                for (int j = 0; j < columns; j++) {
                    if (hidden[node][j] && !(node == skipRow && j == skipColumn)
                            && canShift(values, least, node, j, +1) && !seen[rows + j]) {
                        seen[rows + j] = true;
                        queue.add(rows + j);
                    }
                }
            } else {
                int j = node - rows;
                for (int i = 0; i < rows; i++) {
                    if (hidden[i][j] && !(i == skipRow && j == skipColumn)
                            && canShift(values, least, i, j, -1) && !seen[i]) {
                        seen[i] = true;
                        queue.add(i);
                    }
                }
            }
        }
        return false;
    }
}
