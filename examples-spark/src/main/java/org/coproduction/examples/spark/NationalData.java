package org.coproduction.examples.spark;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.coproduction.measures.loop.LoopItem;
import org.coproduction.measures.loop.LoopState;
import org.coproduction.measures.survey.AscsResponse;

/**
 * A generated national data set, made from row numbers alone so that a Spark task and a single JVM make the
 * same rows without storing or shipping them: an Adult Social Care Survey response for every row, and a
 * feedback item ("you said, we did") for every tenth row, each in one of {@link #COUNCILS} councils.
 *
 * <p>The data are ILLUSTRATIVE: answers, weights and dates are drawn at random, not taken from any survey
 * return. Survey weights are multiples of 1/64 from 1 to 50, so every weighted sum of up to ten million
 * responses is a whole number of 64ths below 2<sup>53</sup> and is exact in a {@code double}: the sums come
 * out to the same bits in any order of adding, and the Spark result can be compared exactly with a single
 * pass.
 */
public final class NationalData {

    /** The number of generated councils. */
    public static final int COUNCILS = 150;

    /** One feedback item is made for every this many rows. */
    public static final int ROWS_PER_FEEDBACK_ITEM = 10;

    private static final long SEED = 20261124L;
    private static final LocalDate YEAR_START = LocalDate.of(2024, 4, 1);
    private static final LoopState[] STATES = LoopState.values();

    private NationalData() {
    }

    /**
     * The council a row belongs to.
     *
     * @param row  the row number, at least 0
     * @return the council's number, from 0 to {@link #COUNCILS} − 1
     */
    public static int council(long row) {
        return (int) Math.floorMod(random(row).nextLong(), (long) COUNCILS);
    }

    /**
     * The survey response of a row.
     *
     * @param row  the row number, at least 0
     * @return the response, not null
     */
    public static AscsResponse response(long row) {
        SplittableRandom r = random(row);
        r.nextLong(); // the council's draw
        double weight = (64 + r.nextInt(64 * 49 + 1)) / 64.0;
        return new AscsResponse("row-" + row, weight, r.nextInt(8), answer(r), answer(r), answer(r), answer(r),
                answer(r), answer(r), answer(r), answer(r), r.nextInt(6));
    }

    /** A quality-of-life answer: mostly 1 to 4, sometimes blank (0). */
    private static int answer(SplittableRandom r) {
        return r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(4);
    }

    /**
     * Whether a row has a feedback item.
     *
     * @param row  the row number, at least 0
     * @return true for every tenth row
     */
    public static boolean hasFeedbackItem(long row) {
        return row % ROWS_PER_FEEDBACK_ITEM == 0;
    }

    /**
     * The feedback item of a row that has one: raised in the year from April 2024, closed (when it is) up to
     * 120 days later; one in twenty closed items has no known raising date.
     *
     * @param row  the row number, at least 0
     * @return the item, not null
     */
    public static LoopItem feedbackItem(long row) {
        SplittableRandom r = random(row ^ 0x5DEECE66DL);
        LoopState state = STATES[r.nextInt(STATES.length)];
        LocalDate raised = YEAR_START.plusDays(r.nextInt(365));
        LocalDate closed = state.isClosed() ? raised.plusDays(r.nextInt(121)) : null;
        if (closed != null && r.nextInt(20) == 0) {
            return new LoopItem("item-" + row, state, java.util.Optional.empty(), java.util.Optional.of(closed));
        }
        return LoopItem.of("item-" + row, state, raised, closed);
    }

    private static SplittableRandom random(long row) {
        return new SplittableRandom(SEED + row * 0x9E3779B97F4A7C15L);
    }
}
