package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;

/**
 * Counts pairs of ratings into a {@link PairTable} for Cohen's kappa, in memory that depends only on the
 * number of categories. Merging adds the tables, so it is exactly associative and commutative.
 */
@Experimental
public final class PairTableAccumulator implements Accumulator<RatingPair, PairTable, PairTableAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Scale scale;
    private final long[][] counts;
    private long leftOut;

    /**
     * An empty accumulator for ratings on a scale.
     *
     * @param scale  the scale, not null
     */
    public PairTableAccumulator(Scale scale) {
        this.scale = scale;
        this.counts = new long[scale.size()][scale.size()];
    }

    /**
     * Counts one unit's pair of ratings; a pair with a missing rating is counted as left out.
     *
     * @param pair  the two ratings, not null
     * @throws org.coproduction.core.validation.ValidationException if a rating is not on the scale; the
     *     accumulator is then unchanged
     */
    @Override
    public void add(RatingPair pair) {
        if (!pair.complete()) {
            leftOut++;
            return;
        }
        Violations problems = Violations.of("rating pair");
        int i = Codes.code(scale, pair.first(), "first", problems);
        int j = Codes.code(scale, pair.second(), "second", problems);
        problems.throwIfAny();
        counts[i][j]++;
    }

    @Override
    public PairTableAccumulator merge(PairTableAccumulator other) {
        Violations.of("PairTableAccumulator").check(scale.equals(other.scale), "scale",
                "must be the same scale to merge", other.scale).throwIfAny();
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
        leftOut += other.leftOut;
        return this;
    }

    /**
     * The pairs counted so far (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public PairTable state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PairTableAccumulator from(PairTable state) {
        PairTableAccumulator acc = new PairTableAccumulator(state.scale());
        long[][] counts = state.counts();
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(counts[i], 0, acc.counts[i], 0, counts[i].length);
        }
        acc.leftOut = state.unitsLeftOut();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("PairTableAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(PairTable state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public PairTable result() {
        return PairTable.of(scale, counts, leftOut);
    }
}
