package org.coproduction.assessment.placement;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One change that would bring a question up to the target rung: the least change, that is the answer that
 * reaches the target with the fewest rungs to climb.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class GapStep implements WithGapStep {

    /**
     * The dimension the question belongs to.
     *
     * @return the dimension identifier
     */
    public abstract String dimensionId();

    /**
     * The dimension's name.
     *
     * @return the name
     */
    public abstract String dimensionName();

    /**
     * Whether the dimension is core (it holds the project back).
     *
     * @return true for core
     */
    public abstract boolean core();

    /**
     * The question to change.
     *
     * @return the question identifier
     */
    public abstract String questionId();

    /**
     * The rung the current answer supports; empty when the question has no answer yet.
     *
     * @return the rung, or empty
     */
    public abstract Optional<RungDefinition> now();

    /**
     * How many rungs below the target the question is; for an unanswered question, counted from below the
     * bottom rung, since nothing is known.
     *
     * @return at least 1
     */
    public abstract int rungsShort();

    /**
     * The option that would reach the target; empty if none of the question's options does.
     *
     * @return the option identifier, or empty
     */
    public abstract Optional<String> optionId();

    /**
     * The change in plain words: what would have to be true.
     *
     * @return the change
     */
    public abstract String change();

    /**
     * A builder for a step.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link GapStep} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableGapStep.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("GapStep").notBlank(dimensionId(), "dimensionId").notBlank(questionId(), "questionId")
                .notBlank(change(), "change")
                .check(rungsShort() >= 1, "rungsShort", "must be at least 1: a step is only listed below the target",
                        rungsShort())
                .throwIfAny();
    }

    @Override
    public String toString() {
        return dimensionName() + " (" + now().map(RungDefinition::name).orElse("no answer") + ", " + rungsShort()
                + " short): " + change();
    }
}
