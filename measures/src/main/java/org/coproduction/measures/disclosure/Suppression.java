package org.coproduction.measures.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Decides which cells of a table with its totals to suppress.
 *
 * <p>The table with its totals is an (r + 1) × (c + 1) grid. Negating the margin cells turns every row and
 * column of the grid into one that sums to zero, so any change to hidden cells that keeps the published
 * figures true is a sum of alternating cycles of hidden cells (row, column, row, column …). A hidden cell
 * can therefore take another value exactly when it lies on such a cycle along which a shift of one keeps
 * every count at zero or above. Cells where this fails are protected by hiding more cells.
 */
final class Suppression {

    private Suppression() {
    }

    static CellStatus[][] decide(long[][] values, int threshold, boolean suppressZeros) {
        int rows = values.length;
        int columns = values[0].length;
        CellStatus[][] status = new CellStatus[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                boolean small = values[i][j] < threshold && (suppressZeros || values[i][j] > 0);
                status[i][j] = small ? CellStatus.PRIMARY_SUPPRESSION : CellStatus.PUBLISHED;
            }
        }
        while (true) {
            int[] exposed = firstRecoverable(values, status);
            if (exposed == null) {
                return status;
            }
            protect(values, status, exposed);
        }
    }

    /** Hides the cheapest published cell that puts the exposed cell on a cycle, or failing that one beside it. */
    private static void protect(long[][] values, CellStatus[][] status, int[] exposed) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[0].length; j++) {
                if (!status[i][j].isSuppressed()) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        int lastRow = values.length - 1;
        int lastColumn = values[0].length - 1;
        candidates.sort(Comparator
                .<int[]>comparingInt(c -> c[0] == lastRow || c[1] == lastColumn ? 1 : 0)
                .thenComparingInt(c -> values[c[0]][c[1]] == 0 ? 1 : 0)
                .thenComparingLong(c -> values[c[0]][c[1]])
                .thenComparingInt(c -> c[0])
                .thenComparingInt(c -> c[1]));
        for (int[] candidate : candidates) {
            status[candidate[0]][candidate[1]] = CellStatus.SECONDARY_SUPPRESSION;
            if (!recoverable(values, status, exposed[0], exposed[1])) {
                return;
            }
            status[candidate[0]][candidate[1]] = CellStatus.PUBLISHED;
        }
        for (int[] candidate : candidates) {
            if (candidate[0] == exposed[0] || candidate[1] == exposed[1]) {
                status[candidate[0]][candidate[1]] = CellStatus.SECONDARY_SUPPRESSION;
                return;
            }
        }
        int[] cheapest = candidates.get(0);
        status[cheapest[0]][cheapest[1]] = CellStatus.SECONDARY_SUPPRESSION;
    }

    private static int[] firstRecoverable(long[][] values, CellStatus[][] status) {
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values[0].length; j++) {
                if (status[i][j].isSuppressed() && recoverable(values, status, i, j)) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /**
     * Whether a hidden cell is fixed by the published figures: no feasible alternating cycle passes through it.
     * Nodes 0..rows−1 are rows, rows..rows+columns−1 are columns; a hidden cell is an arc row → column when
     * shifting it by +1 (in the zero-sum form) keeps its count ≥ 0, and column → row when shifting by −1 does.
     */
    static boolean recoverable(long[][] values, CellStatus[][] status, int row, int column) {
        int rows = values.length;
        boolean up = canShift(values, rows, columnsOf(values), row, column, +1);
        boolean down = canShift(values, rows, columnsOf(values), row, column, -1);
        return !((up && reachable(values, status, rows + column, row, row, column))
                || (down && reachable(values, status, row, rows + column, row, column)));
    }

    private static int columnsOf(long[][] values) {
        return values[0].length;
    }

    /** Whether shifting cell (i, j) by {@code direction} in the zero-sum form keeps its count non-negative. */
    private static boolean canShift(long[][] values, int rows, int columns, int i, int j, int direction) {
        boolean margin = (i == rows - 1) != (j == columns - 1);
        int change = margin ? -direction : direction;
        return change > 0 || values[i][j] >= 1;
    }

    /** Breadth-first search over feasible arcs of hidden cells other than (skipRow, skipColumn). */
    private static boolean reachable(long[][] values, CellStatus[][] status, int from, int to, int skipRow,
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
                    if (status[node][j].isSuppressed() && !(node == skipRow && j == skipColumn)
                            && canShift(values, rows, columns, node, j, +1) && !seen[rows + j]) {
                        seen[rows + j] = true;
                        queue.add(rows + j);
                    }
                }
            } else {
                int j = node - rows;
                for (int i = 0; i < rows; i++) {
                    if (status[i][j].isSuppressed() && !(i == skipRow && j == skipColumn)
                            && canShift(values, rows, columns, i, j, -1) && !seen[i]) {
                        seen[i] = true;
                        queue.add(i);
                    }
                }
            }
        }
        return false;
    }
}
