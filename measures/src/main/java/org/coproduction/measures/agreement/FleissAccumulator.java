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
 * Accumulates units rated by the same number of raters into a {@link FleissTable} for Fleiss' kappa, in
 * memory that depends only on the number of categories. Merging adds whole-number sums, so it is exactly
 * associative and commutative.
 */
@Experimental
public final class FleissAccumulator implements Accumulator<RatedUnit, FleissTable, FleissAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private final Scale scale;
    private final int ratersPerUnit;
    private final long[] totals;
    private long units;
    private long sumOfSquares;

    /**
     * An empty accumulator.
     *
     * @param scale  the scale, not null
     * @param ratersPerUnit  the number of ratings every unit must have, at least 2
     * @throws org.coproduction.core.validation.ValidationException if fewer than two raters per unit
     */
    public FleissAccumulator(Scale scale, int ratersPerUnit) {
        Violations.of("FleissAccumulator").check(ratersPerUnit >= 2, "ratersPerUnit", "must be at least 2",
                ratersPerUnit).throwIfAny();
        this.scale = scale;
        this.ratersPerUnit = ratersPerUnit;
        this.totals = new long[scale.size()];
    }

    /**
     * Adds one unit's ratings.
     *
     * @param unit  the unit, not null
     * @throws org.coproduction.core.validation.ValidationException if a rating is not on the scale, or the
     *     unit does not have exactly {@code ratersPerUnit} ratings (Fleiss' kappa needs the same number for
     *     every unit; Krippendorff's alpha allows missing ratings); the accumulator is then unchanged
     */
    @Override
    public void add(RatedUnit unit) {
        Violations problems = Violations.of("rated unit");
        int[] codes = Codes.of(scale, unit.ratings(), "ratings", problems);
        problems.check(unit.given() == ratersPerUnit, "ratings", "must have exactly " + ratersPerUnit
                + " ratings for Fleiss' kappa (use Krippendorff's alpha when ratings are missing)", unit.given());
        problems.throwIfAny();
        long[] perCategory = new long[scale.size()];
        for (int code : codes) {
            if (code != Codes.MISSING) {
                perCategory[code]++;
            }
        }
        for (int j = 0; j < perCategory.length; j++) {
            totals[j] += perCategory[j];
            sumOfSquares += perCategory[j] * perCategory[j];
        }
        units++;
    }

    @Override
    public FleissAccumulator merge(FleissAccumulator other) {
        Violations.of("FleissAccumulator")
                .check(scale.equals(other.scale), "scale", "must be the same scale to merge", other.scale)
                .check(ratersPerUnit == other.ratersPerUnit, "ratersPerUnit", "must be the same to merge ("
                        + ratersPerUnit + ")", other.ratersPerUnit)
                .throwIfAny();
        for (int j = 0; j < totals.length; j++) {
            totals[j] += other.totals[j];
        }
        units += other.units;
        sumOfSquares += other.sumOfSquares;
        return this;
    }

    /**
     * The category totals and sums counted so far (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public FleissTable state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FleissAccumulator from(FleissTable state) {
        FleissAccumulator acc = new FleissAccumulator(state.scale(), state.ratersPerUnit());
        long[] totals = state.categoryTotals();
        System.arraycopy(totals, 0, acc.totals, 0, totals.length);
        acc.units = state.units();
        acc.sumOfSquares = state.sumOfSquares();
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("FleissAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(FleissTable state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public FleissTable result() {
        return FleissTable.of(scale, ratersPerUnit, units, totals, sumOfSquares);
    }
}
