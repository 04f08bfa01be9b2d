package org.coproduction.core.ladder;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One line of a {@link Crosswalk}: a rung of one ladder, the corresponding rung or rungs of another, and
 * why. An empty list of targets means the other ladder has no corresponding rung (the IAP2 spectrum has
 * nothing like coercion).
 *
 * <p>An entry may say how closely the rungs match ({@link #match()}, in SKOS terms). The relation is
 * between the rung mapped from and the rungs mapped to taken together: Arnstein's partnership is a close
 * match for TLAP's co-design and co-production together, not for either alone. Entries written before
 * relations existed carry none, and read as before.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class CrosswalkEntry implements WithCrosswalkEntry {

    /**
     * The identifier of the rung on the ladder mapped from.
     *
     * @return the rung identifier, not blank
     */
    public abstract String from();

    /**
     * The identifiers of the corresponding rungs on the ladder mapped to, lowest first; empty when there is
     * none.
     *
     * @return the rung identifiers, not null
     */
    public abstract List<String> to();

    /**
     * How closely the rung mapped from matches the rungs mapped to, taken together; absent when the
     * crosswalk does not say, and always absent when there is no corresponding rung.
     *
     * @return the relation, or empty
     */
    public abstract Optional<MappingRelation> match();

    /**
     * Why the rungs correspond.
     *
     * @return the reasoning, not blank
     */
    public abstract String reasoning();

    /**
     * An entry mapping one rung to the given rungs.
     *
     * @param from  the rung mapped from, not blank
     * @param reasoning  why they correspond, not blank
     * @param to  the corresponding rungs, lowest first; none when there is no corresponding rung
     * @return the entry, not null
     */
    public static CrosswalkEntry of(String from, String reasoning, String... to) {
        return ImmutableCrosswalkEntry.builder().from(from).reasoning(reasoning).addTo(to).build();
    }

    /**
     * An entry mapping one rung to the given rungs, saying how closely they match.
     *
     * @param from  the rung mapped from, not blank
     * @param match  how closely the rung matches the rungs mapped to, taken together, not null
     * @param reasoning  why they correspond, and why this relation, not blank
     * @param to  the corresponding rungs, lowest first, at least one
     * @return the entry, not null
     * @throws org.coproduction.core.validation.ValidationException if there is no rung mapped to
     */
    public static CrosswalkEntry of(String from, MappingRelation match, String reasoning, String... to) {
        return ImmutableCrosswalkEntry.builder().from(from).match(match).reasoning(reasoning).addTo(to).build();
    }

    @Value.Check
    void check() {
        Violations.of("CrosswalkEntry")
                .notBlank(from(), "from")
                .notBlank(reasoning(), "reasoning")
                .unique(to(), x -> x, "to", "")
                .check(match().isEmpty() || !to().isEmpty(), "match",
                        "must be absent when there is no corresponding rung (to is empty)",
                        match().map(MappingRelation::id).orElse(null))
                .throwIfAny();
    }

    @Override
    public String toString() {
        return from() + " -> " + (to().isEmpty() ? "(none)" : String.join(", ", to()))
                + match().map(m -> " (" + m.skosProperty() + ")").orElse("");
    }
}
