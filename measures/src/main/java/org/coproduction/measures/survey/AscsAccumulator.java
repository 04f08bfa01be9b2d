package org.coproduction.measures.survey;

import java.util.Objects;
import java.util.stream.Collector;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.Accumulators;
import org.coproduction.measures.indicator.Share;

/**
 * Accumulates Adult Social Care Survey responses into the ASCOF measures ({@link AscsResult}) in constant
 * memory: a fixed set of counts and weighted sums, whatever the number of responses.
 *
 * <pre>{@code
 * AscsResult result = responses.parallelStream().collect(AscsAccumulator.collector());
 * result.controlOverDailyLife().percent();   // ASCOF 1B, weighted
 * }</pre>
 *
 * <p>Counts are exact, so merging in any order gives identical counts; weighted sums are added in floating
 * point (see {@link WeightedShare}). Not thread-safe: give each thread its own and merge.
 */
public final class AscsAccumulator implements Accumulator<AscsResponse, AscsResult, AscsAccumulator> {

    private static final int RESPONSES = 0;
    private static final int QOL_N = 1;
    private static final int QOL_INCOMPLETE = 2;
    private static final int QOL_SUM = 3;
    private static final int CONTROL_YES = 4;
    private static final int CONTROL_N = 5;
    private static final int CONTROL_BLANK = 6;
    private static final int INFO_YES = 7;
    private static final int INFO_N = 8;
    private static final int INFO_BLANK = 9;
    private static final int INFO_NEVER = 10;
    private static final int SAT_YES = 11;
    private static final int SAT_N = 12;
    private static final int SAT_BLANK = 13;

    private static final int W_QOL = 0;
    private static final int W_QOL_SCORE = 1;
    private static final int W_CONTROL_YES = 2;
    private static final int W_CONTROL_N = 3;
    private static final int W_INFO_YES = 4;
    private static final int W_INFO_N = 5;
    private static final int W_SAT_YES = 6;
    private static final int W_SAT_N = 7;

    private final InformationRule rule;
    private final long[] counts = new long[14];
    private final double[] weighted = new double[8];

    /** An empty accumulator that leaves "never tried" out of the information measure. */
    public AscsAccumulator() {
        this(InformationRule.EXCLUDE_NEVER_TRIED);
    }

    /**
     * An empty accumulator with a rule for "never tried".
     *
     * @param rule  how to treat "never tried" in the information measure, not null
     */
    public AscsAccumulator(InformationRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /**
     * A stream collector giving each thread its own accumulator (with the default information rule) and
     * merging them.
     *
     * @return the collector, not null
     */
    public static Collector<AscsResponse, AscsAccumulator, AscsResult> collector() {
        return Accumulators.<AscsResponse, AscsResult, AscsAccumulator>collector(AscsAccumulator::new);
    }

    @Override
    public void add(AscsResponse r) {
        // Kept tiny so that it inlines into the caller, letting the JIT drop short-lived response objects.
        addAnswers(r.weight(), r.q1(), r.q3a(), r.q4a(), r.q5a(), r.q6a(), r.q7a(), r.q8a(), r.q9a(), r.q11(), r.q12());
    }

    private void addAnswers(double w, int q1, int q3a, int q4a, int q5a, int q6a, int q7a, int q8a, int q9a, int q11,
            int q12) {
        long[] c = counts;
        double[] s = weighted;
        c[RESPONSES]++;

        // 1A: sum of (4 − code) over the eight items; a blank (0) anywhere excludes the respondent.
        if (q3a != 0 && q4a != 0 && q5a != 0 && q6a != 0 && q7a != 0 && q8a != 0 && q9a != 0 && q11 != 0) {
            int score = 32 - (q3a + q4a + q5a + q6a + q7a + q8a + q9a + q11);
            c[QOL_N]++;
            c[QOL_SUM] += score;
            s[W_QOL] += w;
            s[W_QOL_SCORE] += w * score;
        } else {
            c[QOL_INCOMPLETE]++;
        }

        // 1B: codes 1 and 2 of q3a are "control", 3 and 4 are not.
        if (q3a == 0) {
            c[CONTROL_BLANK]++;
        } else {
            c[CONTROL_N]++;
            s[W_CONTROL_N] += w;
            if (q3a <= 2) {
                c[CONTROL_YES]++;
                s[W_CONTROL_YES] += w;
            }
        }

        if (q12 == 0) {
            c[INFO_BLANK]++;
        } else {
            if (q12 == AscsResponse.NEVER_TRIED) {
                c[INFO_NEVER]++;
            }
            if (q12 != AscsResponse.NEVER_TRIED || rule == InformationRule.INCLUDE_NEVER_TRIED) {
                c[INFO_N]++;
                s[W_INFO_N] += w;
                if (q12 <= 2) {
                    c[INFO_YES]++;
                    s[W_INFO_YES] += w;
                }
            }
        }

        if (q1 == 0) {
            c[SAT_BLANK]++;
        } else {
            c[SAT_N]++;
            s[W_SAT_N] += w;
            if (q1 <= 2) {
                c[SAT_YES]++;
                s[W_SAT_YES] += w;
            }
        }
    }

    @Override
    public AscsAccumulator merge(AscsAccumulator other) {
        if (other.rule != rule) {
            throw new IllegalArgumentException("Cannot merge ASCS measures with information rule " + other.rule.id()
                    + " into measures with rule " + rule.id());
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] = Math.addExact(counts[i], other.counts[i]);
        }
        for (int i = 0; i < weighted.length; i++) {
            weighted[i] += other.weighted[i];
        }
        return this;
    }

    @Override
    public AscsResult result() {
        long[] c = counts;
        double[] s = weighted;
        return new AscsResult(c[RESPONSES],
                new QualityOfLifeScore(c[QOL_N], c[QOL_INCOMPLETE], c[QOL_SUM], s[W_QOL], s[W_QOL_SCORE]),
                new WeightedShare(Share.of(c[CONTROL_YES], c[CONTROL_N]), s[W_CONTROL_YES], s[W_CONTROL_N],
                        c[CONTROL_BLANK]),
                new WeightedShare(Share.of(c[INFO_YES], c[INFO_N]), s[W_INFO_YES], s[W_INFO_N], c[INFO_BLANK]),
                c[INFO_NEVER],
                new WeightedShare(Share.of(c[SAT_YES], c[SAT_N]), s[W_SAT_YES], s[W_SAT_N], c[SAT_BLANK]),
                rule);
    }
}
