package org.coproduction.assessment.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One step of a trajectory: from one dated assessment to the next, how the project moved and the dimension
 * changes that explain it.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class TrajectoryStep implements WithTrajectoryStep {

    /**
     * The date of the earlier assessment.
     *
     * @return the date
     */
    public abstract LocalDate fromDate();

    /**
     * The date of the later assessment.
     *
     * @return the date
     */
    public abstract LocalDate toDate();

    /**
     * The earlier placement.
     *
     * @return the rung, or empty for not enough evidence
     */
    public abstract Optional<RungDefinition> from();

    /**
     * The later placement.
     *
     * @return the rung, or empty for not enough evidence
     */
    public abstract Optional<RungDefinition> to();

    /**
     * How the project moved.
     *
     * @return the movement
     */
    public abstract Movement movement();

    /**
     * The dimensions whose supported rung changed, in the instrument's order.
     *
     * @return the changes
     */
    public abstract List<DimensionChange> changes();

    /**
     * A builder for a step.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link TrajectoryStep} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableTrajectoryStep.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return fromDate() + " to " + toDate() + ": " + movement().id()
                + (changes().isEmpty() ? "" : " (" + changes().stream().map(DimensionChange::toString)
                        .collect(Collectors.joining("; ")) + ")");
    }
}
