package org.coproduction.measures.representation;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One group of a reference population, such as an age band or an ethnic group among adults who draw on
 * care and support, with its share of the population and whether it is a seldom-heard group.
 *
 * <p>"Seldom heard" means people who use, or might use, services and are less likely to be heard by
 * professionals and decision-makers; the term puts the onus on agencies to reach them, where "hard to
 * reach" put it on the people (IRISS Insight 2, 2011; SCIE Guide 17).
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class PopulationGroup implements WithPopulationGroup {

    /**
     * The group's label, such as "65+" or "Black, Black British".
     *
     * @return the label, not blank
     */
    public abstract String group();

    /**
     * The group's share of the reference population.
     *
     * @return the share, more than 0 and at most 1
     */
    public abstract double share();

    /**
     * The group's count in the reference population, when the population was given as counts (see
     * {@link ReferencePopulation#ofCounts}). Expected counts and ratios are then worked out from the counts
     * exactly, so that an expected count of exactly 5 is never taken for one below 5 by a rounding error.
     *
     * @return the count, at least 1, or empty when the population was given as shares
     */
    public abstract Optional<Long> count();

    /**
     * Whether the group is one the council counts as seldom heard.
     *
     * @return true for a seldom-heard group
     */
    @Value.Default
    public boolean seldomHeard() {
        return false;
    }

    /**
     * A group with its share.
     *
     * @param group  the label, not blank
     * @param share  the share of the population, more than 0 and at most 1
     * @param seldomHeard  whether the group is seldom heard
     * @return the group, not null
     * @throws org.coproduction.core.validation.ValidationException if the label is blank or the share is out of range
     */
    public static PopulationGroup of(String group, double share, boolean seldomHeard) {
        return ImmutablePopulationGroup.builder().group(group).share(share).seldomHeard(seldomHeard).build();
    }

    @Value.Check
    void check() {
        Violations.of("PopulationGroup").notBlank(group(), "group")
                .check(share() > 0 && share() <= 1, "share", "must be more than 0 and at most 1", share())
                .check(count().map(c -> c >= 1).orElse(true), "count", "must be at least 1 when present",
                        count().orElse(null))
                .throwIfAny();
    }

    @Override
    public String toString() {
        return group() + " " + share() + (seldomHeard() ? " (seldom heard)" : "");
    }
}
