package org.coproduction.assessment.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The answer to one question of an instrument: the option chosen, where the answer comes from, and the
 * evidence for it.
 *
 * <p>An {@linkplain AnswerOrigin#OVERRIDDEN overridden} answer must carry a written justification and the
 * option the record gave, so that the override is visible in every explanation.
 *
 * <pre>{@code
 * Answer.of("decisions", "shared-design")
 * Answer.of("agenda", "jointly-co-chaired", EvidenceRef.of("project", "dp-board", "co-chaired by an expert by experience"))
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Answer implements WithAnswer {

    /**
     * The question answered.
     *
     * @return the question identifier
     */
    public abstract String questionId();

    /**
     * The option chosen.
     *
     * @return the option identifier
     */
    public abstract String optionId();

    /**
     * Where the answer comes from.
     *
     * @return the origin; {@code stated} unless set
     */
    @Value.Default
    public AnswerOrigin origin() {
        return AnswerOrigin.STATED;
    }

    /**
     * The evidence for the answer.
     *
     * @return the evidence, possibly empty
     */
    public abstract List<EvidenceRef> evidence();

    /**
     * Why a person overrode the derived answer; required for an override.
     *
     * @return the justification, or empty
     */
    public abstract Optional<String> justification();

    /**
     * The option the record gave before a person overrode it; required for an override.
     *
     * @return the derived option, or empty
     */
    public abstract Optional<String> derivedOptionId();

    /**
     * A stated answer.
     *
     * @param questionId  the question
     * @param optionId  the option chosen
     * @param evidence  the evidence for it
     * @return the answer
     * @throws org.coproduction.core.validation.ValidationException if an identifier is blank
     */
    public static Answer of(String questionId, String optionId, EvidenceRef... evidence) {
        return Answer.builder().questionId(questionId).optionId(optionId)
                .addAllEvidence(Arrays.asList(evidence)).build();
    }

    /**
     * An answer derived from the project's record.
     *
     * @param questionId  the question
     * @param optionId  the option the record supports
     * @param evidence  the records used, at least one
     * @return the answer
     * @throws org.coproduction.core.validation.ValidationException if an identifier is blank or no record is cited
     */
    public static Answer derived(String questionId, String optionId, List<EvidenceRef> evidence) {
        return Answer.builder().questionId(questionId).optionId(optionId).origin(AnswerOrigin.DERIVED)
                .addAllEvidence(evidence).build();
    }

    /**
     * A builder for an answer.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Answer} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAnswer.Builder {
        Builder() {
        }
    }

    /**
     * This answer replaced by a person's choice, keeping the evidence and the option the record gave.
     *
     * @param optionId  the option the person chooses
     * @param justification  why, in writing
     * @return the overriding answer
     * @throws org.coproduction.core.validation.ValidationException if the justification is blank
     */
    public Answer overriddenBy(String optionId, String justification) {
        return Answer.builder().from(this).optionId(optionId).origin(AnswerOrigin.OVERRIDDEN)
                .justification(justification).derivedOptionId(derivedOptionId().orElse(optionId())).build();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Answer").notBlank(questionId(), "questionId").notBlank(optionId(), "optionId");
        justification().ifPresent(j -> problems.notBlank(j, "justification"));
        if (origin() == AnswerOrigin.OVERRIDDEN) {
            problems.check(justification().isPresent(), "justification",
                    "is required when a person overrides an answer derived from the record");
            problems.check(derivedOptionId().isPresent(), "derivedOptionId",
                    "is required when a person overrides an answer derived from the record");
        } else {
            problems.check(derivedOptionId().isEmpty(), "derivedOptionId", "is only for overridden answers",
                    derivedOptionId().orElse(""));
        }
        if (origin() == AnswerOrigin.DERIVED) {
            problems.check(!evidence().isEmpty(), "evidence", "must cite the records an answer was derived from");
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return questionId() + " = " + optionId() + (origin() == AnswerOrigin.STATED ? "" : " (" + origin().id() + ")");
    }
}
