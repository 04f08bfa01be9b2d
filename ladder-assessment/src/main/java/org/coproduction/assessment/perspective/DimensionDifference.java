package org.coproduction.assessment.perspective;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How people with lived experience and professionals rate one dimension, and how far apart they are.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DimensionDifference implements WithDimensionDifference {

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
     * The rung the lived-experience answers support.
     *
     * @return the rung, or empty for not enough evidence
     */
    public abstract Optional<RungDefinition> livedExperience();

    /**
     * The rung the professional answers support.
     *
     * @return the rung, or empty for not enough evidence
     */
    public abstract Optional<RungDefinition> professional();

    /**
     * A builder for a difference.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link DimensionDifference} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDimensionDifference.Builder {
        Builder() {
        }
    }

    /**
     * How many rungs apart the two views are: positive when professionals rate the dimension higher than
     * people with lived experience; empty when either lacks evidence.
     *
     * @return the professional rung's order minus the lived-experience rung's order, or empty
     */
    public Optional<Integer> rungsApart() {
        return livedExperience().flatMap(l -> professional().map(p -> p.order() - l.order()));
    }

    /**
     * Whether the two views differ: different rungs, or evidence on one side only.
     *
     * @return true if they differ
     */
    public boolean differs() {
        return !livedExperience().map(RungDefinition::id).equals(professional().map(RungDefinition::id));
    }

    @Override
    public String toString() {
        return name() + ": lived experience " + livedExperience().map(RungDefinition::name).orElse("not enough evidence")
                + ", professional " + professional().map(RungDefinition::name).orElse("not enough evidence");
    }
}
