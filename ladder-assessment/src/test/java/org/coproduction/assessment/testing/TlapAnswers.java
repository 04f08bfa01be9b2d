package org.coproduction.assessment.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;

/** Builds responses to the default TLAP instrument by naming, for each question, the rung its answer supports. */
public final class TlapAnswers {

    private final Map<String, String> rungByQuestion = new LinkedHashMap<>();
    private Perspective perspective = Perspective.JOINT;
    private LocalDate date;

    private TlapAnswers() {
    }

    /**
     * Every question answered with the option supporting one rung.
     *
     * @param rungId  the rung every answer supports
     * @return the builder
     */
    public static TlapAnswers all(String rungId) {
        TlapAnswers answers = new TlapAnswers();
        Instruments.tlapDefault().questions().forEach(q -> answers.rungByQuestion.put(q.id(), rungId));
        return answers;
    }

    /**
     * Sets one question's answer to the option supporting a rung.
     *
     * @param questionId  the question
     * @param rungId  the rung
     * @return this
     */
    public TlapAnswers with(String questionId, String rungId) {
        rungByQuestion.put(questionId, rungId);
        return this;
    }

    /**
     * Leaves a question unanswered.
     *
     * @param questionId  the question
     * @return this
     */
    public TlapAnswers without(String questionId) {
        rungByQuestion.remove(questionId);
        return this;
    }

    /**
     * Sets the perspective.
     *
     * @param p  the perspective
     * @return this
     */
    public TlapAnswers from(Perspective p) {
        perspective = p;
        return this;
    }

    /**
     * Sets the date.
     *
     * @param day  the date
     * @return this
     */
    public TlapAnswers on(LocalDate day) {
        date = day;
        return this;
    }

    /**
     * The responses.
     *
     * @return the responses about project "forum"
     */
    public Responses build() {
        Responses.Builder responses = Responses.builder().instrumentId(Instruments.TLAP_ID).subject("forum")
                .perspective(perspective);
        if (date != null) {
            responses.date(date);
        }
        rungByQuestion.forEach((q, rung) -> responses.addAnswer(Answer.of(q, optionFor(q, rung))));
        return responses.build();
    }

    /**
     * The option of a TLAP question that supports a rung.
     *
     * @param questionId  the question
     * @param rungId  the rung
     * @return the option's identifier
     * @throws IllegalArgumentException if no option supports the rung
     */
    public static String optionFor(String questionId, String rungId) {
        Question question = Instruments.tlapDefault().question(questionId);
        return question.options().stream().filter(o -> o.supports().equals(rungId)).map(AnswerOption::id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(questionId + " has no option supporting " + rungId));
    }
}
