package org.coproduction.assessment.placement;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How one dimension came out: the answers, the rung they support (the lowest of them), and the questions
 * still without an answer.
 *
 * <p>A dimension with any unanswered question has <em>not enough evidence</em>: it supports no rung, and
 * the library does not guess one.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DimensionResult implements WithDimensionResult {

    /**
     * The dimension's identifier.
     *
     * @return the identifier
     */
    public abstract String dimensionId();

    /**
     * The dimension's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Whether the dimension holds the project back (core) or only informs (supporting).
     *
     * @return true for core
     */
    public abstract boolean core();

    /**
     * The rung the dimension supports: the lowest rung its answers support; empty when there is not
     * enough evidence.
     *
     * @return the rung, or empty
     */
    public abstract Optional<RungDefinition> supports();

    /**
     * The answers given, with their evidence.
     *
     * @return the answers
     */
    public abstract List<AnswerExplanation> answers();

    /**
     * The questions of the dimension that have no answer.
     *
     * @return the question identifiers
     */
    public abstract List<String> unanswered();

    /**
     * A builder for a dimension result.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link DimensionResult} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDimensionResult.Builder {
        Builder() {
        }
    }

    /**
     * Whether every question of the dimension has an answer, so that it supports a rung.
     *
     * @return true if there is enough evidence
     */
    public boolean hasEvidence() {
        return supports().isPresent();
    }

    @Override
    public String toString() {
        return name() + ": " + supports().map(RungDefinition::name).orElse("not enough evidence")
                + (core() ? "" : " (supporting)");
    }
}
