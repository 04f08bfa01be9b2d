package org.coproduction.core.ladder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A mapping from the rungs of one ladder to the corresponding rungs of another, each with its reasoning,
 * so that a placement on one ladder can be read on another ("engagement on the TLAP ladder is placation on
 * Arnstein's").
 *
 * <p>A crosswalk is complete (every rung of the {@linkplain #from() from} ladder has exactly one entry) and
 * keeps order: climbing the from ladder never moves down the other, so the lowest and the highest
 * corresponding rung never decrease as the from rung rises. A crosswalk that breaks either rule, or names
 * rungs its ladders do not have, is rejected with every problem named.
 *
 * <p>The presets in {@link Crosswalks} are the library's own reasoned mapping, not a published table,
 * and their citations say so.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Crosswalk implements WithCrosswalk {

    /**
     * The ladder mapped from.
     *
     * @return the ladder, not null
     */
    public abstract Ladder from();

    /**
     * The ladder mapped to.
     *
     * @return the ladder, not null
     */
    public abstract Ladder to();

    /**
     * One entry per rung of the from ladder, bottom first.
     *
     * @return the entries, not null
     */
    public abstract List<CrosswalkEntry> entries();

    /**
     * Where the mapping comes from.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * A builder for a crosswalk.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Crosswalk} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableCrosswalk.Builder {
        Builder() {
        }
    }

    @Value.Lazy
    Map<String, CrosswalkEntry> entriesByRung() {
        Map<String, CrosswalkEntry> byRung = new HashMap<>();
        entries().forEach(e -> byRung.put(e.from(), e));
        return byRung;
    }

    /**
     * The entry for a rung of the from ladder.
     *
     * @param fromRungId  a rung of the from ladder, not null
     * @return the entry with its reasoning, not null
     * @throws NoSuchElementException if the from ladder has no such rung
     */
    public CrosswalkEntry entry(String fromRungId) {
        CrosswalkEntry entry = entriesByRung().get(fromRungId);
        if (entry == null) {
            throw new NoSuchElementException("Ladder " + from().id() + " has no rung \"" + fromRungId
                    + "\"; its rungs are " + from().rungIds());
        }
        return entry;
    }

    /**
     * The rungs of the to ladder that correspond to a rung of the from ladder, lowest first.
     *
     * @param fromRungId  a rung of the from ladder, not null
     * @return the corresponding rungs; empty when the to ladder has none
     * @throws NoSuchElementException if the from ladder has no such rung
     */
    public List<RungDefinition> map(String fromRungId) {
        return entry(fromRungId).to().stream().map(to()::rung).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The rungs of the to ladder that correspond to a TLAP rung, for a crosswalk from the TLAP ladder.
     *
     * @param rung  the TLAP rung, not null
     * @return the corresponding rungs; empty when the to ladder has none
     * @throws NoSuchElementException if the from ladder has no rung with this rung's identifier
     */
    public List<RungDefinition> map(Rung rung) {
        return map(rung.id());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Crosswalk").unique(entries(), CrosswalkEntry::from, "entries", "from");
        int lowest = 0;
        int highest = 0;
        String previous = null;
        for (int i = 0; i < entries().size(); i++) {
            CrosswalkEntry entry = entries().get(i);
            problems.check(from().findRung(entry.from()).isPresent(), "entries[" + i + "].from",
                    "must be a rung of ladder " + from().id() + " " + from().rungIds(), entry.from());
            for (int j = 0; j < entry.to().size(); j++) {
                problems.check(to().findRung(entry.to().get(j)).isPresent(), "entries[" + i + "].to[" + j + "]",
                        "must be a rung of ladder " + to().id() + " " + to().rungIds(), entry.to().get(j));
            }
        }
        for (RungDefinition rung : from().rungs()) {
            problems.check(entriesByRung().containsKey(rung.id()), "entries",
                    "must have an entry for every rung of ladder " + from().id() + "; missing", rung.id());
        }
        if (problems.any()) {
            problems.throwIfAny();
        }
        for (RungDefinition rung : from().rungs()) {
            CrosswalkEntry entry = entriesByRung().get(rung.id());
            if (entry.to().isEmpty()) {
                continue;
            }
            int low = entry.to().stream().mapToInt(id -> to().rung(id).order()).min().getAsInt();
            int high = entry.to().stream().mapToInt(id -> to().rung(id).order()).max().getAsInt();
            problems.check(low >= lowest && high >= highest, "entries[" + entries().indexOf(entry) + "].to",
                    "must not map a higher rung below the rungs that " + previous + " maps to (crosswalks keep order)",
                    entry.to());
            lowest = Math.max(lowest, low);
            highest = Math.max(highest, high);
            previous = rung.id();
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return from().name() + " -> " + to().name() + ": "
                + entries().stream().map(CrosswalkEntry::toString).collect(Collectors.joining("; "));
    }
}
