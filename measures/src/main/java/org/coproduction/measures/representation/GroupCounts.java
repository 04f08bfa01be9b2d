package org.coproduction.measures.representation;

import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How many participants fall in each group: an aggregate, never a list of people. What a
 * {@link GroupCountAccumulator} produces.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class GroupCounts implements WithGroupCounts, java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The count for each group seen.
     *
     * @return the counts by group label, none negative
     */
    public abstract Map<String, Long> counts();

    /**
     * Counts by group.
     *
     * @param counts  the count for each group, none negative
     * @return the counts, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative
     */
    public static GroupCounts of(Map<String, Long> counts) {
        return ImmutableGroupCounts.builder().counts(counts).build();
    }

    /**
     * The count for a group, 0 if none was seen.
     *
     * @param group  the group's label
     * @return the count
     */
    public long count(String group) {
        return counts().getOrDefault(group, 0L);
    }

    /**
     * The total over all groups.
     *
     * @return the total
     */
    public long total() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("GroupCounts");
        counts().forEach((group, count) -> problems.check(count >= 0, "counts." + group, "must not be negative", count));
        problems.throwIfAny();
    }

    /** Shows the number of groups and the total only: counts by protected characteristic go through disclosure control. */
    @Override
    public String toString() {
        return "GroupCounts of " + counts().size() + " groups, " + total() + " in all";
    }
}
