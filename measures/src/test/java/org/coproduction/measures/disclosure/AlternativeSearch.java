package org.coproduction.measures.disclosure;

/**
 * An attacker's check, independent of the suppression algorithm: searches by brute force for another
 * non-negative whole-number table that agrees with every published cell and total (and with all the
 * additions: each row of cells sums to its row total, each column to its column total, the totals to the
 * grand total) but gives a chosen hidden cell a different value. If one exists, the hidden cell cannot be
 * worked out from what was published. The search tries every hidden cell within ±2 of its true value.
 */
final class AlternativeSearch {

    private static final int WINDOW = 2;

    private AlternativeSearch() {
    }

    static long[][] withTotals(long[][] counts) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] full = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                full[i][j] = counts[i][j];
                full[i][columns] += counts[i][j];
                full[rows][j] += counts[i][j];
                full[rows][columns] += counts[i][j];
            }
        }
        return full;
    }

    static boolean canDiffer(Long[][] published, long[][] truth, int targetRow, int targetColumn) {
        int rows = published.length;
        int columns = published[0].length;
        long[][] trial = new long[rows][columns];
        int[][] hidden = new int[rows * columns][];
        int count = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                if (published[i][j] == null) {
                    hidden[count++] = new int[] {i, j};
                } else {
                    trial[i][j] = published[i][j];
                }
            }
        }
        return search(trial, truth, hidden, count, 0, targetRow, targetColumn);
    }

    private static boolean search(long[][] trial, long[][] truth, int[][] hidden, int count, int next, int targetRow,
            int targetColumn) {
        if (next == count) {
            return trial[targetRow][targetColumn] != truth[targetRow][targetColumn] && consistent(trial);
        }
        int i = hidden[next][0];
        int j = hidden[next][1];
        for (long v = Math.max(0, truth[i][j] - WINDOW); v <= truth[i][j] + WINDOW; v++) {
            trial[i][j] = v;
            if (partlyConsistent(trial, hidden, next) && search(trial, truth, hidden, count, next + 1, targetRow,
                    targetColumn)) {
                return true;
            }
        }
        return false;
    }

    /** Checks each row and column whose hidden cells have all been given a trial value. */
    private static boolean partlyConsistent(long[][] trial, int[][] hidden, int assignedUpTo) {
        int rows = trial.length;
        int columns = trial[0].length;
        for (int i = 0; i < rows; i++) {
            if (complete(hidden, assignedUpTo, i, -1)) {
                long sum = 0;
                for (int j = 0; j < columns - 1; j++) {
                    sum += trial[i][j];
                }
                if (sum != trial[i][columns - 1]) {
                    return false;
                }
            }
        }
        for (int j = 0; j < columns; j++) {
            if (complete(hidden, assignedUpTo, -1, j)) {
                long sum = 0;
                for (int i = 0; i < rows - 1; i++) {
                    sum += trial[i][j];
                }
                if (sum != trial[rows - 1][j]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean complete(int[][] hidden, int assignedUpTo, int row, int column) {
        for (int k = assignedUpTo + 1; k < hidden.length && hidden[k] != null; k++) {
            if (hidden[k][0] == row || hidden[k][1] == column) {
                return false;
            }
        }
        return true;
    }

    private static boolean consistent(long[][] trial) {
        int[][] none = new int[0][];
        return partlyConsistent(trial, none, 0);
    }
}
