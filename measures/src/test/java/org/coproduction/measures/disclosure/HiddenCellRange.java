package org.coproduction.measures.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reader's best bounds on a hidden cell, worked out by linear programming and independent of the
 * suppression algorithm: the least and the greatest value the cell can take in any table that agrees with
 * everything the reader knows. Every cell of the grid (the inner cells, the row and column totals and the
 * grand total) is known to lie between a low and a high bound: equal bounds for a count published exactly,
 * a range for a rounded count, and for a hidden cell whatever the publication says about it. The additions
 * tie them together: each row of inner cells sums to its row total, each column to its column total, and
 * the row totals and the column totals each sum to the grand total.
 *
 * <p>The least and greatest values are found with the two-phase simplex method and Bland's rule (which
 * cannot cycle). Why the bounds of the linear programme are those of whole-number tables: with the
 * equations of the totals row and of the totals column multiplied by −1, every variable appears in exactly
 * two equations, once in a row's and once in a column's, with the same sign in both. Such a matrix is
 * totally unimodular (the two-set condition of Heller and Tompkins, 1956, for matrices with at most two
 * non-zero entries in each column; cited from memory), and it
 * stays so with bound rows and slack and artificial columns added. So every basic solution is whole, every
 * simplex tableau holds only 0, 1 and −1 in its matrix part (the pivot is always ±1, which is asserted), and
 * the optimum, reached at a basic solution, is a whole-number table. A hidden cell whose least and greatest
 * values differ can therefore take two different values in whole-number tables that agree with everything
 * published: it cannot be worked out.
 */
final class HiddenCellRange {

    /** No upper bound. */
    static final long UNBOUNDED = Long.MAX_VALUE;

    /** What a reader knows of one cell of the grid: it lies from {@code low} to {@code high}, inclusive. */
    record Known(long low, long high) {
        Known {
            if (low > high) {
                throw new IllegalArgumentException("empty range " + low + ".." + high);
            }
        }

        static Known exactly(long value) {
            return new Known(value, value);
        }

        static Known atLeast(long low) {
            return new Known(low, UNBOUNDED);
        }

        boolean contains(long value) {
            return low <= value && value <= high;
        }
    }

    private final Known[][] grid;
    /** The variable's index for each cell of the grid, or −1 for a cell known exactly. */
    private final int[][] variable;
    private final List<int[]> cells = new ArrayList<>();
    private final Tableau feasible;

    /**
     * Sets up the reader's knowledge and finds a table that agrees with it.
     *
     * @param grid  the (rows + 1) × (columns + 1) grid, the totals in the last row and column
     * @throws IllegalStateException if no table agrees with it (the reader's knowledge would be wrong)
     */
    HiddenCellRange(Known[][] grid) {
        this.grid = grid;
        int rows = grid.length;
        int columns = grid[0].length;
        variable = new int[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                variable[i][j] = grid[i][j].low() == grid[i][j].high() ? -1 : cells.size();
                if (variable[i][j] >= 0) {
                    cells.add(new int[] {i, j});
                }
            }
        }
        feasible = phaseOne();
    }

    /**
     * The least and the greatest value of a cell over every table that agrees with the reader's knowledge.
     *
     * @return {least, greatest}, greatest being {@link #UNBOUNDED} when there is no limit
     */
    long[] range(int row, int column) {
        int k = variable[row][column];
        if (k < 0) {
            return new long[] {grid[row][column].low(), grid[row][column].low()};
        }
        long low = grid[row][column].low();
        long greatest = feasible.copy().maximise(k, +1);
        long least = -feasible.copy().maximise(k, -1);
        return new long[] {low + least, greatest == UNBOUNDED ? UNBOUNDED : low + greatest};
    }

    /**
     * The equations in the shifted variables w = x − low, then phase one. Equation for grid row i:
     * Σ_{j < last} x[i][j] − x[i][last] = 0; for grid column j: Σ_{i < last} x[i][j] − x[last][j] = 0.
     */
    private Tableau phaseOne() {
        int rows = grid.length;
        int columns = grid[0].length;
        List<long[]> equations = new ArrayList<>();
        List<Long> sides = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            long[] coefficients = new long[cells.size()];
            long side = 0;
            for (int j = 0; j < columns; j++) {
                side -= addTerm(coefficients, i, j, j == columns - 1 ? -1 : 1);
            }
            equations.add(coefficients);
            sides.add(side);
        }
        for (int j = 0; j < columns; j++) {
            long[] coefficients = new long[cells.size()];
            long side = 0;
            for (int i = 0; i < rows; i++) {
                side -= addTerm(coefficients, i, j, i == rows - 1 ? -1 : 1);
            }
            equations.add(coefficients);
            sides.add(side);
        }
        List<Integer> bounded = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            if (grid[cells.get(k)[0]][cells.get(k)[1]].high() != UNBOUNDED) {
                bounded.add(k);
            }
        }
        int n = cells.size();
        int slacks = bounded.size();
        int m = equations.size() + slacks;
        Tableau t = new Tableau(m, n + slacks, n);
        for (int r = 0; r < equations.size(); r++) {
            System.arraycopy(equations.get(r), 0, t.rows[r], 0, n);
            t.rows[r][t.rhs] = sides.get(r);
        }
        for (int s = 0; s < slacks; s++) {
            int k = bounded.get(s);
            Known known = grid[cells.get(k)[0]][cells.get(k)[1]];
            int r = equations.size() + s;
            t.rows[r][k] = 1;
            t.rows[r][n + s] = 1;
            t.rows[r][t.rhs] = known.high() - known.low();
        }
        t.startPhaseOne();
        return t;
    }

    /** Adds coef·x[i][j] to an equation: to the variable, or for a known cell returns coef·value (moved right). */
    private long addTerm(long[] coefficients, int i, int j, int coef) {
        int k = variable[i][j];
        if (k >= 0) {
            coefficients[k] += coef;
        }
        // x = low + w: the low part of a variable, and the whole of a known cell, move to the right side.
        return coef * grid[i][j].low();
    }

    /** A dense whole-number simplex tableau; columns: structural and slack, then one artificial per row. */
    private static final class Tableau {
        final long[][] rows;
        final int[] basis;
        final int real;
        final int structural;
        final int rhs;
        final boolean[] dead;
        long[] objective;

        Tableau(int m, int real, int structural) {
            this.real = real;
            this.structural = structural;
            this.rhs = real + m;
            rows = new long[m][real + m + 1];
            basis = new int[m];
            dead = new boolean[m];
        }

        private Tableau(Tableau other) {
            real = other.real;
            structural = other.structural;
            rhs = other.rhs;
            rows = new long[other.rows.length][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = other.rows[i].clone();
            }
            basis = other.basis.clone();
            dead = other.dead.clone();
        }

        Tableau copy() {
            return new Tableau(this);
        }

        /** Minimises the sum of the artificial variables; throws if it cannot reach 0. */
        void startPhaseOne() {
            int m = rows.length;
            for (int i = 0; i < m; i++) {
                if (rows[i][rhs] < 0) {
                    for (int j = 0; j < real; j++) {
                        rows[i][j] = -rows[i][j];
                    }
                    rows[i][rhs] = -rows[i][rhs];
                }
                rows[i][real + i] = 1;
                basis[i] = real + i;
            }
            // Maximise −Σ artificials: the reduced cost of column j is −Σ_i rows[i][j].
            objective = new long[rhs + 1];
            for (int j = 0; j <= rhs; j++) {
                if (j < real || j == rhs) {
                    for (long[] row : rows) {
                        objective[j] -= row[j];
                    }
                }
            }
            if (run() == UNBOUNDED || objective[rhs] != 0) {
                throw new IllegalStateException("no table agrees with what the reader knows");
            }
            for (int i = 0; i < m; i++) {
                if (basis[i] >= real) {
                    int entering = -1;
                    for (int j = 0; j < real && entering < 0; j++) {
                        if (rows[i][j] != 0) {
                            entering = j;
                        }
                    }
                    if (entering < 0) {
                        dead[i] = true; // a redundant equation
                    } else {
                        pivot(i, entering);
                    }
                }
            }
        }

        /** The greatest value of sign·w[k]; {@link #UNBOUNDED} when it has none. */
        long maximise(int k, int sign) {
            objective = new long[rhs + 1];
            objective[k] = -sign;
            for (int i = 0; i < rows.length; i++) {
                if (!dead[i] && basis[i] == k) {
                    for (int j = 0; j <= rhs; j++) {
                        objective[j] += sign * rows[i][j];
                    }
                }
            }
            return run();
        }

        /** Bland's rule over the real columns until no reduced cost is negative. */
        private long run() {
            while (true) {
                int entering = -1;
                for (int j = 0; j < real && entering < 0; j++) {
                    if (objective[j] < 0) {
                        entering = j;
                    }
                }
                if (entering < 0) {
                    return objective[rhs];
                }
                int leaving = -1;
                for (int i = 0; i < rows.length; i++) {
                    if (dead[i] || rows[i][entering] <= 0) {
                        continue;
                    }
                    if (leaving < 0) {
                        leaving = i;
                        continue;
                    }
                    long compare = rows[i][rhs] * rows[leaving][entering] - rows[leaving][rhs] * rows[i][entering];
                    if (compare < 0 || compare == 0 && basis[i] < basis[leaving]) {
                        leaving = i;
                    }
                }
                if (leaving < 0) {
                    return UNBOUNDED;
                }
                pivot(leaving, entering);
            }
        }

        private void pivot(int r, int c) {
            long p = rows[r][c];
            if (p != 1 && p != -1) {
                throw new IllegalStateException("pivot " + p + ": the system is not totally unimodular");
            }
            for (int j = 0; j <= rhs; j++) {
                rows[r][j] *= p;
            }
            for (int i = 0; i < rows.length; i++) {
                if (i != r && rows[i][c] != 0) {
                    long f = rows[i][c];
                    for (int j = 0; j <= rhs; j++) {
                        rows[i][j] -= f * rows[r][j];
                    }
                }
            }
            if (objective[c] != 0) {
                long f = objective[c];
                for (int j = 0; j <= rhs; j++) {
                    objective[j] -= f * rows[r][j];
                }
            }
            basis[r] = c;
        }
    }

    @Override
    public String toString() {
        return Arrays.deepToString(grid);
    }
}
