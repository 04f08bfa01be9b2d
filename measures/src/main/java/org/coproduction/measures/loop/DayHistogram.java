package org.coproduction.measures.loop;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.coproduction.core.api.Stable;

/**
 * A count of items for each whole number of days, from which percentiles are read exactly. Memory grows
 * with the longest time seen, not with the number of items, and two histograms merge by adding counts, so
 * percentiles of merged parts equal percentiles of one pass.
 *
 * <p><b>Percentile definition.</b> The p-th percentile is the smallest number of days {@code d} such that at
 * least p% of the items took {@code d} days or fewer: the nearest-rank method, the inverse of the empirical
 * distribution function (Hyndman and Fan's definition 1). It is used because it always gives a time that
 * some item actually took ("90% of items were closed within 41 days"), because it needs no interpolation,
 * so it is exact with whole days, and because it is therefore exactly mergeable. With an even number of
 * items the median is the lower of the two middle values, not their average.
 *
 * <p>Mutable and not thread-safe, like every accumulator part.
 */
@Stable
public final class DayHistogram {

    private final long[][] counts = {new long[64]};
    private final long[] total = {0};

    /** An empty histogram. */
    public DayHistogram() {
        // The arrays above are the state; the counts array is replaced as it grows.
    }

    /**
     * Counts one item that took a number of days.
     *
     * @param days  the whole days, at least 0
     * @throws IllegalArgumentException if days is negative or too large to count (over 2<sup>31</sup> − 2)
     */
    public void add(long days) {
        if (days < 0 || days > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("days: must be from 0 to " + (Integer.MAX_VALUE - 1) + ", was " + days);
        }
        ensure((int) days);
        counts[0][(int) days]++;
        total[0]++;
    }

    /** Counts items that each took the same number of days, as when a histogram is read back from its state. */
    void add(long days, long items) {
        if (days < 0 || days > Integer.MAX_VALUE - 1 || items < 0) {
            throw new IllegalArgumentException("days: must be from 0 to " + (Integer.MAX_VALUE - 1) + " with a count"
                    + " not negative, was " + days + " × " + items);
        }
        ensure((int) days);
        counts[0][(int) days] = Math.addExact(counts[0][(int) days], items);
        total[0] = Math.addExact(total[0], items);
    }

    private void ensure(int index) {
        if (index >= counts[0].length) {
            counts[0] = Arrays.copyOf(counts[0], Math.max(index + 1, counts[0].length * 2));
        }
    }

    /**
     * Adds every count of another histogram to this one.
     *
     * @param other  the other histogram, not null; left unchanged
     * @return this histogram, not null
     */
    public DayHistogram merge(DayHistogram other) {
        long[] theirs = other.counts[0];
        for (int d = theirs.length - 1; d >= 0; d--) {
            if (theirs[d] != 0) {
                ensure(d);
                counts[0][d] = Math.addExact(counts[0][d], theirs[d]);
            }
        }
        total[0] = Math.addExact(total[0], other.total[0]);
        return this;
    }

    /**
     * How many items were counted.
     *
     * @return the count, at least 0
     */
    public long count() {
        return total[0];
    }

    /**
     * The nearest-rank percentile: the smallest {@code d} with at least {@code percent}% of the items at
     * {@code d} days or fewer.
     *
     * @param percent  the percentile, from 1 to 100
     * @return the days, or empty when no item was counted
     * @throws IllegalArgumentException if percent is not from 1 to 100
     */
    public OptionalLong percentile(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent: must be from 1 to 100, was " + percent);
        }
        long n = total[0];
        if (n == 0) {
            return OptionalLong.empty();
        }
        // rank = ceil(percent × n / 100), in exact integer arithmetic
        long rank = Math.addExact(Math.multiplyExact(percent, n), 99) / 100;
        long seen = 0;
        long[] c = counts[0];
        for (int d = 0; d < c.length; d++) {
            seen += c[d];
            if (seen >= rank) {
                return OptionalLong.of(d);
            }
        }
        throw new IllegalStateException("histogram total " + n + " does not match its counts");
    }

    /**
     * The counts by number of days, for days with at least one item.
     *
     * @return an unmodifiable map in order of days, not null
     */
    public Map<Integer, Long> counts() {
        Map<Integer, Long> out = new TreeMap<>();
        long[] c = counts[0];
        for (int d = 0; d < c.length; d++) {
            if (c[d] != 0) {
                out.put(d, c[d]);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "DayHistogram " + counts();
    }
}
