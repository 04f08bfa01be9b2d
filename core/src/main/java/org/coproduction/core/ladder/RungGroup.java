package org.coproduction.core.ladder;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A named band of adjacent rungs on a ladder, such as TLAP's "doing with" or Arnstein's "degrees of
 * tokenism".
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RungGroup implements WithRungGroup {

    /**
     * The group's identifier within its ladder, such as {@code doing-with}.
     *
     * @return the identifier, not blank
     */
    @Value.Parameter
    public abstract String id();

    /**
     * The group's name as people say it, such as "Doing with".
     *
     * @return the name, not blank
     */
    @Value.Parameter
    public abstract String name();

    /**
     * A group with an identifier and a name.
     *
     * @param id  the identifier, not blank
     * @param name  the name, not blank
     * @return the group, not null
     * @throws org.coproduction.core.validation.ValidationException if either is blank
     */
    public static RungGroup of(String id, String name) {
        return ImmutableRungGroup.of(id, name);
    }

    @Value.Check
    void check() {
        Violations.of("RungGroup").notBlank(id(), "id").notBlank(name(), "name").throwIfAny();
    }

    @Override
    public String toString() {
        return name();
    }
}
