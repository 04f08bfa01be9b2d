package org.coproduction.measures.indicator;

import java.io.Serializable;
import java.time.LocalDate;
import org.coproduction.core.api.Stable;

/**
 * What a share counts, record by record: the date that places a record in a period, whether the record is
 * eligible (in the denominator) and whether an eligible record is counted (in the numerator). The definition
 * of a {@link SharesByPeriod} accumulator.
 *
 * <p>A definition is a value that can travel with its accumulator: write it as an {@code enum} (one constant
 * per share, as {@link org.coproduction.measures.safeguarding.SafeguardingMeasures} does) or as a class
 * without captured state, so that Java serialisation can send it to another machine and {@code equals} can
 * tell whether two accumulators count the same thing. A lambda is not a definition: it cannot be compared,
 * and it is serialisable only by accident of how it was compiled.
 *
 * <pre>{@code
 * enum Answered implements ShareDefinition<Response> {
 *     SATISFIED;
 *     public LocalDate date(Response r) { return r.received(); }
 *     public boolean eligible(Response r) { return r.answered(); }
 *     public boolean counted(Response r) { return r.satisfied(); }
 * }
 * SharesByPeriod<Response> shares = new SharesByPeriod<>(PeriodGrouping.QUARTER, Answered.SATISFIED);
 * }</pre>
 *
 * @param <T>  the type of record
 */
@Stable
public interface ShareDefinition<T> extends Serializable {

    /**
     * The date that places a record in a period.
     *
     * @param record  an eligible record, not null
     * @return the date, not null
     */
    LocalDate date(T record);

    /**
     * Whether a record belongs in the denominator.
     *
     * @param record  the record, not null
     * @return true if eligible
     */
    boolean eligible(T record);

    /**
     * Whether an eligible record belongs in the numerator.
     *
     * @param record  an eligible record, not null
     * @return true if counted
     */
    boolean counted(T record);
}
