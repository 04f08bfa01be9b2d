package org.coproduction.measures.indicator;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coproduction.core.api.Stable;
import org.coproduction.measures.Accumulator;

/**
 * Counts, period by period, the records that are eligible for a share and the records among them that
 * meet its definition. Memory grows with the number of periods, not the number of records.
 *
 * <p>Two accumulators may only be merged when they were made with the same grouping and the same
 * definition (the same functions); the grouping is checked, the functions cannot be.
 *
 * @param <T>  the type of record
 */
@Stable
public final class SharesByPeriod<T> implements Accumulator<T, ShareSeries, SharesByPeriod<T>> {

    private final PeriodGrouping grouping;
    private final Function<? super T, LocalDate> date;
    private final Predicate<? super T> eligible;
    private final Predicate<? super T> counted;
    private final Map<String, long[]> counts = new TreeMap<>();

    /**
     * An empty accumulator for one share definition.
     *
     * @param grouping  how records are grouped into periods, not null
     * @param date  the date that places a record in a period, not null; it must not return null
     * @param eligible  whether a record belongs in the denominator, not null
     * @param counted  whether an eligible record belongs in the numerator, not null
     */
    public SharesByPeriod(PeriodGrouping grouping, Function<? super T, LocalDate> date,
            Predicate<? super T> eligible, Predicate<? super T> counted) {
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        this.date = Objects.requireNonNull(date, "date");
        this.eligible = Objects.requireNonNull(eligible, "eligible");
        this.counted = Objects.requireNonNull(counted, "counted");
    }

    /**
     * A new empty accumulator with the same definition, for another thread or part of the data.
     *
     * @return the empty accumulator, not null
     */
    public SharesByPeriod<T> emptyCopy() {
        return new SharesByPeriod<>(grouping, date, eligible, counted);
    }

    @Override
    public void add(T record) {
        Objects.requireNonNull(record, "record");
        if (!eligible.test(record)) {
            return;
        }
        LocalDate when = Objects.requireNonNull(date.apply(record), "date of record");
        boolean yes = counted.test(record);
        long[] c = counts.computeIfAbsent(grouping.label(when), k -> new long[2]);
        c[1]++;
        if (yes) {
            c[0]++;
        }
    }

    @Override
    public SharesByPeriod<T> merge(SharesByPeriod<T> other) {
        if (other.grouping != grouping) {
            throw new IllegalArgumentException("Cannot merge shares grouped by " + other.grouping.id()
                    + " into shares grouped by " + grouping.id());
        }
        other.counts.forEach((label, c) -> {
            long[] mine = counts.computeIfAbsent(label, k -> new long[2]);
            mine[0] = Math.addExact(mine[0], c[0]);
            mine[1] = Math.addExact(mine[1], c[1]);
        });
        return this;
    }

    @Override
    public ShareSeries result() {
        Map<String, Share> byPeriod = new TreeMap<>();
        counts.forEach((label, c) -> byPeriod.put(label, Share.of(c[0], c[1])));
        return new ShareSeries(grouping, byPeriod);
    }
}
