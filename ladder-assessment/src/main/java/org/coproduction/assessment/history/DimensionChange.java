package org.coproduction.assessment.history;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A dimension whose supported rung changed between two assessments.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DimensionChange implements WithDimensionChange {

    /**
     * The dimension.
     *
     * @return its identifier
     */
    public abstract String dimensionId();

    /**
     * The dimension's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The rung it supported before.
     *
     * @return the rung, or empty for not enough evidence
     */
    public abstract Optional<RungDefinition> before();

    /**
     * The rung it supports now.
     *
     * @return the rung, or empty for not enough evidence
     */
    public abstract Optional<RungDefinition> after();

    /**
     * A builder for a change.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link DimensionChange} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDimensionChange.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return name() + ": " + before().map(RungDefinition::name).orElse("not enough evidence") + " to "
                + after().map(RungDefinition::name).orElse("not enough evidence");
    }
}
