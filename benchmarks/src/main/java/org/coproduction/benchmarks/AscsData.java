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

    /** One row as the library's record: the row is validated as it is built. */
    AscsResponse response(int i) {
        byte[][] c = qualityOfLife;
        return new AscsResponse("row", weight[i], q1[i], c[0][i], c[1][i], c[2][i], c[3][i], c[4][i], c[5][i],
                c[6][i], c[7][i], q12[i]);
    }

    /** Accumulates rows {@code from} (inclusive) to {@code to} (exclusive). */
    AscsAccumulator accumulate(int from, int to) {
        AscsAccumulator acc = new AscsAccumulator();
        for (int i = from; i < to; i++) {
            acc.add(response(i));
        }
        return acc;
    }
}
