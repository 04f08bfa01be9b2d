package org.coproduction.core.ladder;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One rung of a {@link Ladder} held as data: its identifier, name, position from the bottom, the group it
 * belongs to, and what it means.
 *
 * <p>For the default TLAP ladder the type-safe {@link Rung} enum is usually easier; {@code RungDefinition}
 * serves every ladder, including a council's own.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RungDefinition implements WithRungDefinition {

    /**
     * The rung's identifier within its ladder, such as {@code co-design}.
     *
     * @return the identifier, not blank, without spaces
     */
    public abstract String id();

    /**
     * The rung's name as people write it, such as "Co-design".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The rung's position from the bottom of its ladder, starting at 1.
     *
     * @return the position, at least 1
     */
    public abstract int order();

    /**
     * The identifier of the {@link RungGroup} the rung belongs to, if the ladder has groups.
     *
     * @return the group identifier, not null
     */
    public abstract Optional<String> group();

    /**
     * What the rung means, in plain words.
     *
     * @return the meaning, not null
     */
    public abstract String meaning();

    /**
     * A builder for a rung.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link RungDefinition} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableRungDefinition.Builder {
        Builder() {
        }
    }

    /**
     * Whether this rung is higher than another rung of the same ladder.
     *
     * @param other  a rung of the same ladder, not null
     * @return true if this rung is strictly higher
     */
    public boolean isAbove(RungDefinition other) {
        return order() > other.order();
    }

    @Value.Check
    void check() {
        Violations.of("RungDefinition")
                .notBlank(id(), "id")
                .check(id().chars().noneMatch(Character::isWhitespace), "id", "must not contain spaces", id())
                .notBlank(name(), "name")
                .check(order() >= 1, "order", "must be at least 1", order())
                .throwIfAny();
    }

    @Override
    public String toString() {
        return order() + ". " + name();
    }
}
