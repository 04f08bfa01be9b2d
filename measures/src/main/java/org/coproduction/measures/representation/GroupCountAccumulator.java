package org.coproduction.measures.representation;

import java.util.HashMap;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;

/**
 * Counts participants by group (one record per participant: the group's label) into {@link GroupCounts},
 * in memory that depends only on the number of groups. Merging adds the counts, so it is exactly
 * associative and commutative.
 */
@Stable
public final class GroupCountAccumulator implements Accumulator<String, GroupCounts, GroupCountAccumulator> {

    private final Map<String, Long> counts = new HashMap<>();

    /** An empty accumulator. */
    public GroupCountAccumulator() {
    }

    /**
     * Counts one participant in a group.
     *
     * @param group  the group's label, not blank
     * @throws org.coproduction.core.validation.ValidationException if the label is missing or blank
     */
    @Override
    public void add(String group) {
        Violations.of("participant").check(group != null && !group.isBlank(), "group", "must not be blank")
                .throwIfAny();
        counts.merge(group, 1L, Long::sum);
    }

    @Override
    public GroupCountAccumulator merge(GroupCountAccumulator other) {
        other.counts.forEach((group, count) -> counts.merge(group, count, Math::addExact));
        return this;
    }

    @Override
    public GroupCounts result() {
        return GroupCounts.of(counts);
    }
}
