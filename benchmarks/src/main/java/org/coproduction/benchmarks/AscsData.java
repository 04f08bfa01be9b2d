package org.coproduction.benchmarks;

import java.util.SplittableRandom;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsResponse;

/**
 * Synthetic Adult Social Care Survey answers held column by column, as a council's return is usually held,
 * with roughly one blank in twenty answers so that every branch of the measures is exercised.
 */
final class AscsData {

    final int size;
    final byte[] q1;
    final byte[][] qualityOfLife;
    final byte[] q12;
    final double[] weight;

    AscsData(int size, long seed) {
        this.size = size;
        SplittableRandom random = new SplittableRandom(seed);
        q1 = new byte[size];
        q12 = new byte[size];
        qualityOfLife = new byte[8][size];
        weight = new double[size];
        for (int i = 0; i < size; i++) {
            q1[i] = code(random, 7);
            q12[i] = code(random, 5);
            for (int q = 0; q < 8; q++) {
                qualityOfLife[q][i] = code(random, 4);
            }
            weight[i] = 0.5 + random.nextInt(16) * 0.125;
        }
    }

    private static byte code(SplittableRandom random, int max) {
        return (byte) (random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(max));
    }

    /**
     * Accumulates rows {@code from} (inclusive) to {@code to} (exclusive), building and validating one
     * library record per row. The record is built in the loop itself, as a caller's loop would, so that the
     * JIT can see it never escapes.
     */
    AscsAccumulator accumulate(int from, int to) {
        AscsAccumulator acc = new AscsAccumulator();
        byte[][] c = qualityOfLife;
        byte[] c0 = c[0];
        byte[] c1 = c[1];
        byte[] c2 = c[2];
        byte[] c3 = c[3];
        byte[] c4 = c[4];
        byte[] c5 = c[5];
        byte[] c6 = c[6];
        byte[] c7 = c[7];
        for (int i = from; i < to; i++) {
            acc.add(new AscsResponse("row", weight[i], q1[i], c0[i], c1[i], c2[i], c3[i], c4[i], c5[i], c6[i], c7[i],
                    q12[i]));
        }
        return acc;
    }
}
