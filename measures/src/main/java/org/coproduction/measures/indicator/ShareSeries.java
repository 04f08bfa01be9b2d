package org.coproduction.measures.indicator;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;

/**
 * A share measured in each reporting period, in time order: for example the share of adult support and
 * protection referrals that were self-referrals, year by year.
 *
 * @param grouping  how the periods were formed, not null
 * @param byPeriod  the share in each period, keyed by the period's label; periods with no eligible record
 *     are absent, not zero
 */
@Stable
public record ShareSeries(PeriodGrouping grouping, Map<String, Share> byPeriod)
        implements java.io.Serializable {

    /**
     * Copies the map into time order.
     *
     * @throws NullPointerException if an argument is null
     */
    public ShareSeries {
        Objects.requireNonNull(grouping, "grouping");
        byPeriod = Collections.unmodifiableMap(new TreeMap<>(byPeriod));
    }

    /**
     * The share in one period.
     *
     * @param label  the period's label, such as {@code 2024-25}, not null
     * @return the share, or empty if nothing in that period was eligible
     */
    public Optional<Share> in(String label) {
        return Optional.ofNullable(byPeriod.get(label));
    }

    /**
     * The share over all periods together.
     *
     * @return the total, not null
     */
    public Share total() {
        return byPeriod.values().stream().reduce(Share.NONE, Share::plus);
    }

    @Override
    public String toString() {
        return byPeriod.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
