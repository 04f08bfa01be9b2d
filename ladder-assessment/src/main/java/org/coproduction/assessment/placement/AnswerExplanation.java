package org.coproduction.assessment.placement;

import java.util.List;
import java.util.Optional;
import org.coproduction.assessment.evidence.AnswerOrigin;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.source.Citation;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One answer as an assessment explains it: the question and the answer in words, the rung the answer
 * supports, where the answer comes from, its evidence and the source of the wording.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AnswerExplanation implements WithAnswerExplanation {

    /**
     * The question's identifier.
     *
     * @return the identifier
     */
    public abstract String questionId();

    /**
     * The question in words.
     *
     * @return the question
     */
    public abstract String question();

    /**
     * The chosen option's identifier.
     *
     * @return the identifier
     */
    public abstract String optionId();

    /**
     * The answer in words.
     *
     * @return the answer
     */
    public abstract String answer();

    /**
     * The rung the answer supports.
     *
     * @return the rung
     */
    public abstract RungDefinition supports();

    /**
     * Whether the answer was stated, derived from the record or overridden.
     *
     * @return the origin
     */
    public abstract AnswerOrigin origin();

    /**
     * The evidence given for the answer, or the records it was derived from.
     *
     * @return the evidence
     */
    public abstract List<EvidenceRef> evidence();

    /**
     * For an override, why a person replaced the derived answer.
     *
     * @return the justification, or empty
     */
    public abstract Optional<String> justification();

    /**
     * For an override, the option the record gave.
     *
     * @return the derived option, or empty
     */
    public abstract Optional<String> derivedOptionId();

    /**
     * Where the wording of the question and answer comes from.
     *
     * @return the citation
     */
    public abstract Citation source();

    /**
     * A builder for an explanation.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AnswerExplanation} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAnswerExplanation.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return question() + " " + answer() + " (supports " + supports().name() + ", " + origin().id() + ")";
    }
}
