package org.coproduction.measures;

import org.coproduction.core.api.Stable;

/**
 * A measure computed one record at a time, that can be combined with another accumulator of the same
 * measure: the shape every aggregate in this module takes, so that the same code runs in a loop, a
 * parallel stream, or the combiner of a distributed engine.
 *
 * <p>{@link #merge} is associative and commutative: accumulating records in any order, in any grouping,
 * and merging the parts gives the same {@link #result()} as one pass over all records.
 *
 * <p>An accumulator is mutable and not thread-safe: give each thread its own and merge them at the end
 * ({@link Accumulators#collector} does this for streams).
 *
 * @param <T>  the type of record accumulated
 * @param <R>  the type of result
 * @param <A>  the accumulator's own type
 */
@Stable
public interface Accumulator<T, R, A extends Accumulator<T, R, A>> {

    /**
     * Adds one record.
     *
     * @param record  the record, not null
     * @throws org.coproduction.core.validation.ValidationException if the record is invalid; the
     *     accumulator is then unchanged
     */
    void add(T record);

    /**
     * Adds everything another accumulator of the same measure has seen to this one.
     *
     * @param other  the other accumulator, not null; it is left unchanged
     * @return this accumulator, not null
     */
    A merge(A other);

    /**
     * The measure over every record added or merged so far.
     *
     * @return the result, not null
     */
    R result();
}
