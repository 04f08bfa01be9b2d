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
 * Accumulates rated units into Krippendorff's {@link CoincidenceMatrix}, in memory that depends only on
 * the number of categories and the largest number of ratings per unit, never on the number of units.
 * Missing ratings are allowed; units with fewer than two ratings are counted as left out. Merging adds
 * whole numbers, so it is exactly associative and commutative.
 */
@Experimental
public final class CoincidenceAccumulator implements Accumulator<RatedUnit, CoincidenceMatrix, CoincidenceAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Scale scale;
    private long[][][] pairs = new long[0][][];
    private long units;
    private long leftOut;

    /**
     * An empty accumulator.
     *
     * @param scale  the scale, not null
     */
    public CoincidenceAccumulator(Scale scale) {
        this.scale = scale;
    }

    /**
     * Adds one unit's ratings.
     *
     * @param unit  the unit, not null
     * @throws org.coproduction.core.validation.ValidationException if a rating is not on the scale; the
     *     accumulator is then unchanged
     */
    @Override
    public void add(RatedUnit unit) {
        Violations problems = Violations.of("rated unit");
        int[] codes = Codes.of(scale, unit.ratings(), "ratings", problems);
        problems.throwIfAny();
        int m = unit.given();
        if (m < 2) {
            leftOut++;
            return;
        }
        long[][] layer = layer(m);
        for (int a = 0; a < codes.length; a++) {
            for (int b = 0; b < codes.length; b++) {
                if (a != b && codes[a] != Codes.MISSING && codes[b] != Codes.MISSING) {
                    layer[codes[a]][codes[b]]++;
                }
            }
        }
        units++;
    }

    private long[][] layer(int unitSize) {
        int index = unitSize - 2;
        if (index >= pairs.length) {
            long[][][] grown = new long[index + 1][][];
            System.arraycopy(pairs, 0, grown, 0, pairs.length);
            for (int i = pairs.length; i <= index; i++) {
                grown[i] = new long[scale.size()][scale.size()];
            }
            pairs = grown;
        }
        return pairs[index];
    }

    @Override
    public CoincidenceAccumulator merge(CoincidenceAccumulator other) {
        Violations.of("CoincidenceAccumulator").check(scale.equals(other.scale), "scale",
                "must be the same scale to merge", other.scale).throwIfAny();
        for (int m = 0; m < other.pairs.length; m++) {
            long[][] mine = layer(m + 2);
            for (int c = 0; c < mine.length; c++) {
                for (int d = 0; d < mine.length; d++) {
                    mine[c][d] += other.pairs[m][c][d];
                }
            }
        }
        units += other.units;
        leftOut += other.leftOut;
        return this;
    }

    /**
     * The pairs of ratings counted so far, by unit size (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public CoincidenceMatrix state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CoincidenceAccumulator from(CoincidenceMatrix state) {
        CoincidenceAccumulator acc = new CoincidenceAccumulator(state.scale());
        acc.pairs = state.pairsByUnitSize();
        acc.units = state.units();
        acc.leftOut = state.unitsLeftOut();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("CoincidenceAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(CoincidenceMatrix state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public CoincidenceMatrix result() {
        return CoincidenceMatrix.of(scale, pairs, units, leftOut);
    }
}
