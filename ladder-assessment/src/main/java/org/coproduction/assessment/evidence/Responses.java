package org.coproduction.assessment.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One set of answers to an instrument about one project, from one perspective, on one date.
 *
 * <p>Questions without an answer are simply absent: the assessment reports "not enough evidence" for
 * their dimension rather than guessing.
 *
 * <pre>{@code
 * Responses.builder().instrumentId("tlap-default").subject("dp-board").perspective(Perspective.JOINT)
 *     .date(LocalDate.of(2025, 3, 4))
 *     .addAnswer(Answer.of("decisions", "shared-design"))
 *     .build();
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Responses implements WithResponses {

    /**
     * The instrument answered.
     *
     * @return the instrument identifier
     */
    public abstract String instrumentId();

    /**
     * The project, forum or board assessed, by its identifier.
     *
     * @return the subject's identifier
     */
    public abstract String subject();

    /**
     * Whose view the answers give.
     *
     * @return the perspective; {@code joint} unless set
     */
    @Value.Default
    public Perspective perspective() {
        return Perspective.JOINT;
    }

    /**
     * When the answers were given; needed to place assessments in a history.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> date();

    /**
     * The answers, at most one per question.
     *
     * @return the answers
     */
    public abstract List<Answer> answers();

    /**
     * A builder for a set of responses.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Responses} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableResponses.Builder {
        Builder() {
        }
    }

    /**
     * The answer to a question, if there is one.
     *
     * @param questionId  the question
     * @return the answer, or empty
     */
    public Optional<Answer> answer(String questionId) {
        return answers().stream().filter(a -> a.questionId().equals(questionId)).findFirst();
    }

    /**
     * A copy with an answer set, replacing any earlier answer to the same question.
     *
     * @param answer  the new answer
     * @return the copy
     */
    public Responses withAnswer(Answer answer) {
        List<Answer> changed = new ArrayList<>();
        boolean replaced = false;
        for (Answer a : answers()) {
            if (a.questionId().equals(answer.questionId())) {
                changed.add(answer);
                replaced = true;
            } else {
                changed.add(a);
            }
        }
        if (!replaced) {
            changed.add(answer);
        }
        return this.withAnswers(changed);
    }

    /**
     * A copy without the answer to a question.
     *
     * @param questionId  the question
     * @return the copy
     */
    public Responses withoutAnswer(String questionId) {
        return this.withAnswers(
                answers().stream().filter(a -> !a.questionId().equals(questionId)).toList());
    }

    /**
     * A copy in which a person overrides the answer to a question, with a written justification; the
     * option the record gave and its evidence stay visible.
     *
     * @param questionId  the question
     * @param optionId  the option the person chooses
     * @param justification  why, in writing
     * @return the copy
     * @throws NoSuchElementException if the question has no answer to override
     * @throws org.coproduction.core.validation.ValidationException if the justification is blank
     */
    public Responses override(String questionId, String optionId, String justification) {
        Answer current = answer(questionId).orElseThrow(() -> new NoSuchElementException(
                "No answer to question \"" + questionId + "\" to override"));
        return withAnswer(current.overriddenBy(optionId, justification));
    }

    @Value.Check
    void check() {
        Violations.of("Responses").notBlank(instrumentId(), "instrumentId").notBlank(subject(), "subject")
                .unique(answers(), Answer::questionId, "answers", "questionId")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "Responses to " + instrumentId() + " about " + subject() + " (" + perspective().id()
                + date().map(d -> ", " + d).orElse("") + "): " + answers().size() + " answers";
    }
}
