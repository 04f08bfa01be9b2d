package org.coproduction.measures.indicator;

import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
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
 * {@link ShareDefinition} (equal definitions).
 *
 * <p>The accumulator travels between machines as its {@link #state()}, the {@link ShareSeries} of counts: in
 * JSON ({@code CoproductionJson.write(shares)}) or by Java serialisation, which carries the definition too.
 * A definition is code, not data, so JSON does not carry it: read the series
 * ({@code CoproductionJson.read(json, ShareSeries.class)}) and give the definition back with
 * {@link #from(ShareDefinition, ShareSeries)}.
 *
 * @param <T>  the type of record
 */
@Stable
public final class SharesByPeriod<T> implements Accumulator<T, ShareSeries, SharesByPeriod<T>>, Serializable {

    private static final long serialVersionUID = 1L;

    private final PeriodGrouping grouping;
    private final ShareDefinition<T> definition;
    private final Map<String, long[]> counts = new TreeMap<>();

    /**
     * An empty accumulator for one share definition.
     *
     * @param grouping  how records are grouped into periods, not null
     * @param definition  what the share counts, not null
     */
    public SharesByPeriod(PeriodGrouping grouping, ShareDefinition<T> definition) {
        this.grouping = Objects.requireNonNull(grouping, "grouping");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    /**
     * A new empty accumulator with the same definition, for another thread or part of the data.
     *
     * @return the empty accumulator, not null
     */
    public SharesByPeriod<T> emptyCopy() {
        return new SharesByPeriod<>(grouping, definition);
    }

    /**
     * What this accumulator counts.
     *
     * @return the definition, not null
     */
    public ShareDefinition<T> definition() {
        return definition;
    }

    @Override
    public void add(T record) {
        Objects.requireNonNull(record, "record");
        if (!definition.eligible(record)) {
            return;
        }
        LocalDate when = Objects.requireNonNull(definition.date(record), "date of record");
        boolean yes = definition.counted(record);
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
        if (!other.definition.equals(definition)) {
            throw new IllegalArgumentException("Cannot merge shares defined by " + name(other.definition)
                    + " into shares defined by " + name(definition));
        }
        other.counts.forEach((label, c) -> add(label, c[0], c[1]));
        return this;
    }

    private static String name(ShareDefinition<?> definition) {
        return definition instanceof Enum ? ((Enum<?>) definition).getDeclaringClass().getSimpleName() + "."
                + ((Enum<?>) definition).name() : definition.toString();
    }

    private void add(String label, long numerator, long denominator) {
        long[] mine = counts.computeIfAbsent(label, k -> new long[2]);
        mine[0] = Math.addExact(mine[0], numerator);
        mine[1] = Math.addExact(mine[1], denominator);
    }

    /**
     * The counts so far, period by period (the same as {@link #result()}): what this accumulator is written
     * as in JSON.
     *
     * @return the state, not null
     */
    @JsonValue
    public ShareSeries state() {
        return result();
    }

    /**
     * An accumulator that goes on from counts written earlier, as if it had seen the same records.
     *
     * @param <T>  the type of record
     * @param definition  what the share counts: the same definition that made the counts, not null
     * @param state  the counts, not null
     * @return the accumulator, grouped as the counts are, not null
     */
    public static <T> SharesByPeriod<T> from(ShareDefinition<T> definition, ShareSeries state) {
        SharesByPeriod<T> shares = new SharesByPeriod<>(state.grouping(), definition);
        state.byPeriod().forEach((label, share) -> shares.add(label, share.numerator(), share.denominator()));
        return shares;
    }

    /** Java serialisation writes the definition and the counts, so that reading checks them. */
    private Object writeReplace() {
        return new Serialised<>(definition, state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("SharesByPeriod is read through its state");
    }

    /** The serialised form: the definition and the counts, from which reading rebuilds the accumulator. */
    private record Serialised<T>(ShareDefinition<T> definition, ShareSeries state) implements Serializable {
        private Object readResolve() {
            return from(definition, state);
        }
    }

    @Override
    public ShareSeries result() {
        Map<String, Share> byPeriod = new TreeMap<>();
        counts.forEach((label, c) -> byPeriod.put(label, Share.of(c[0], c[1])));
        return new ShareSeries(grouping, byPeriod);
    }
}
