package org.coproduction.core.ladder;

import java.util.List;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One line of a {@link Crosswalk}: a rung of one ladder, the corresponding rung or rungs of another, and
 * why. An empty list of targets means the other ladder has no corresponding rung (the IAP2 spectrum has
 * nothing like coercion).
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

    @Value.Check
    void check() {
        Violations.of("CrosswalkEntry")
                .notBlank(from(), "from")
                .notBlank(reasoning(), "reasoning")
                .unique(to(), x -> x, "to", "")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return from() + " -> " + (to().isEmpty() ? "(none)" : String.join(", ", to()));
    }
}
