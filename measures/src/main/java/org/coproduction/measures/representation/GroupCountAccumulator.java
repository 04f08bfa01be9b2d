package org.coproduction.measures.representation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
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
public final class GroupCountAccumulator implements Accumulator<String, GroupCounts, GroupCountAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

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

    /**
     * The participants counted in each group so far (the same as {@link #result()}), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public GroupCounts state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static GroupCountAccumulator from(GroupCounts state) {
        GroupCountAccumulator acc = new GroupCountAccumulator();
        acc.counts.putAll(state.counts());
        return acc;
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("GroupCountAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(GroupCounts state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public GroupCounts result() {
        return GroupCounts.of(counts);
    }
}
