package org.coproduction.assessment.placement;

import java.util.List;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.core.api.Stable;

/**
 * The placement rule compiled to arrays, for hosts that place many projects and need only the rung: the
 * answers are option positions per question, in the order of {@link Instrument#questions()}, and the result
 * is the placed rung's order, or {@link #NOT_ENOUGH_EVIDENCE}.
 *
 * <p>Because a dimension supports the lowest rung its answers support and the project the lowest of its core
 * dimensions, the placement is the minimum over the answers to core questions; an unanswered core question
 * means there is no placement. {@link Assessor#assess} applies the same rule with the full explanation.
 *
 * <p>Instances are immutable and thread-safe; the arrays are never exposed.
 */
@Stable
public final class ScoringTable {

    /** The result of {@link #placeOrder} when a core question has no answer. */
    public static final int NOT_ENOUGH_EVIDENCE = 0;

    /** The answer position meaning "no answer". */
    public static final int NO_ANSWER = -1;

    private final Instrument instrument;
    private final int[][] rungOrder;
    private final int[] coreQuestions;

    private ScoringTable(Instrument instrument) {
        this.instrument = instrument;
        List<Question> questions = instrument.questions();
        this.rungOrder = new int[questions.size()][];
        int cores = 0;
        for (int q = 0; q < questions.size(); q++) {
            List<AnswerOption> options = questions.get(q).options();
            rungOrder[q] = new int[options.size()];
            for (int o = 0; o < options.size(); o++) {
                rungOrder[q][o] = instrument.ladder().rung(options.get(o).supports()).order();
            }
            if (instrument.dimensionOf(questions.get(q).id()).core()) {
                cores++;
            }
        }
        this.coreQuestions = new int[cores];
        int next = 0;
        for (int q = 0; q < questions.size(); q++) {
            if (instrument.dimensionOf(questions.get(q).id()).core()) {
                coreQuestions[next++] = q;
            }
        }
    }

    /**
     * The scoring table of an instrument.
     *
     * @param instrument  the instrument
     * @return the table
     */
    public static ScoringTable of(Instrument instrument) {
        return new ScoringTable(instrument);
    }

    /**
     * The instrument compiled.
     *
     * @return the instrument
     */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * How many questions the instrument has: the length of an answer array.
     *
     * @return the number of questions
     */
    public int questionCount() {
        return rungOrder.length;
    }

    /**
     * The order of the rung an answer supports.
     *
     * @param question  the question's position in {@link Instrument#questions()}
     * @param option  the option's position in the question
     * @return the rung order, from 1
     * @throws ArrayIndexOutOfBoundsException if either position is out of range
     */
    public int rungOrder(int question, int option) {
        return rungOrder[question][option];
    }

    /**
     * Places a project from answer positions: the order of the highest rung every core dimension supports.
     *
     * @param options  for each question, the chosen option's position, or {@link #NO_ANSWER}
     * @return the placed rung's order, from 1, or {@link #NOT_ENOUGH_EVIDENCE}
     * @throws IllegalArgumentException if the array's length is not {@link #questionCount()}
     * @throws ArrayIndexOutOfBoundsException if an option position is out of range
     */
    public int placeOrder(int[] options) {
        if (options.length != rungOrder.length) {
            throw new IllegalArgumentException("Expected " + rungOrder.length + " answers, one per question, was "
                    + options.length);
        }
        int lowest = Integer.MAX_VALUE;
        for (int q : coreQuestions) {
            int chosen = options[q];
            if (chosen == NO_ANSWER) {
                return NOT_ENOUGH_EVIDENCE;
            }
            int order = rungOrder[q][chosen];
            if (order < lowest) {
                lowest = order;
            }
        }
        return lowest;
    }

    /**
     * The answer positions of a set of responses, for {@link #placeOrder}.
     *
     * @param responses  responses to this table's instrument, already checked by {@link Assessor}
     * @return for each question, the chosen option's position or {@link #NO_ANSWER}
     * @throws IllegalArgumentException if an answer names a question or option the instrument does not have
     */
    public int[] positions(Responses responses) {
        List<Question> questions = instrument.questions();
        int[] positions = new int[questions.size()];
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            positions[q] = NO_ANSWER;
            for (Answer answer : responses.answers()) {
                if (answer.questionId().equals(question.id())) {
                    positions[q] = indexOf(question, answer.optionId());
                }
            }
        }
        return positions;
    }

    private static int indexOf(Question question, String optionId) {
        for (int o = 0; o < question.options().size(); o++) {
            if (question.options().get(o).id().equals(optionId)) {
                return o;
            }
        }
        throw new IllegalArgumentException("Question " + question.id() + " has no option \"" + optionId + "\"");
    }

    @Override
    public String toString() {
        return "Scoring table for " + instrument.id() + ": " + rungOrder.length + " questions, " + coreQuestions.length
                + " core";
    }
}
