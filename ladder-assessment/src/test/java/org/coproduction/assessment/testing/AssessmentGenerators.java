package org.coproduction.assessment.testing;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.AnswerOrigin;
import org.coproduction.assessment.evidence.EvidenceRef;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Dimension;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.InstrumentKind;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.testing.PolicyGenerators;

/**
 * Seeded generators of assessment instruments, and of answers to any instrument, with Unicode subjects, justifications and
 * evidence, days anywhere from 0001-01-01 to 9999-12-31, questions left unanswered, answers with no
 * evidence, and answers stated, derived from the record or overriding a derived one.
 */
public final class AssessmentGenerators {

    private AssessmentGenerators() {
    }

    /**
     * Answers to some of an instrument's questions (possibly none) from one perspective.
     *
     * @param r  the random source
     * @param instrument  the instrument answered
     * @param subject  the project assessed
     * @param perspective  who answered
     * @param date  the day answered, or null for undated answers
     * @return the answers
     */
    public static Responses responses(SplittableRandom r, Instrument instrument, String subject,
            Perspective perspective, LocalDate date) {
        Responses.Builder b = Responses.builder().instrumentId(instrument.id()).subject(subject)
                .perspective(perspective);
        if (date != null) {
            b.date(date);
        }
        for (Question q : instrument.questions()) {
            if (r.nextInt(4) > 0) {
                b.addAnswer(answer(r, q));
            }
        }
        return b.build();
    }

    private static Answer answer(SplittableRandom r, Question q) {
        AnswerOption option = q.options().get(r.nextInt(q.options().size()));
        Answer.Builder a = Answer.builder().questionId(q.id()).optionId(option.id());
        AnswerOrigin origin = AnswerOrigin.values()[r.nextInt(AnswerOrigin.values().length)];
        a.origin(origin);
        for (int i = origin == AnswerOrigin.DERIVED ? 1 + r.nextInt(3) : r.nextInt(3); i > 0; i--) {
            a.addEvidence(EvidenceRef.of(PolicyGenerators.text(r), PolicyGenerators.text(r), PolicyGenerators.text(r)));
        }
        if (origin == AnswerOrigin.OVERRIDDEN || r.nextBoolean()) {
            a.justification(PolicyGenerators.text(r));
        }
        if (origin == AnswerOrigin.OVERRIDDEN) {
            a.derivedOptionId(q.options().get(r.nextInt(q.options().size())).id());
        }
        return a.build();
    }

    /**
     * An instrument of either kind on a generated ladder, with one to four dimensions (some not core, at least
     * one core for a placement instrument), questions with options supporting any rung, citations on some
     * options, and plain summaries for some rungs.
     *
     * @param r  the random source
     * @return the instrument
     */
    public static Instrument instrument(SplittableRandom r) {
        Ladder ladder = PolicyGenerators.ladder(r, "ladder");
        InstrumentKind kind = r.nextBoolean() ? InstrumentKind.PLACEMENT : InstrumentKind.PROFILE;
        Instrument.Builder b = Instrument.builder().id("instrument-" + r.nextInt(100))
                .name(PolicyGenerators.text(r)).kind(kind).ladder(ladder).source(PolicyGenerators.citation(r));
        int questions = 0;
        for (int d = 1, n = 1 + r.nextInt(4); d <= n; d++) {
            Dimension.Builder dimension = Dimension.builder().id("dimension-" + d)
                    .name(PolicyGenerators.text(r)).core(d == 1 || r.nextBoolean());
            for (int q = 1 + r.nextInt(3); q > 0; q--) {
                Question.Builder question = Question.builder().id("q-" + ++questions)
                        .text(PolicyGenerators.text(r)).source(PolicyGenerators.citation(r));
                for (int o = 1, m = 1 + r.nextInt(5); o <= m; o++) {
                    RungDefinition supports = ladder.rungs().get(r.nextInt(ladder.rungs().size()));
                    AnswerOption.Builder option = AnswerOption.builder().id("o-" + o)
                            .text(PolicyGenerators.text(r)).supports(supports.id());
                    if (r.nextInt(4) == 0) {
                        option.source(PolicyGenerators.citation(r));
                    }
                    question.addOption(option.build());
                }
                dimension.addQuestion(question.build());
            }
            b.addDimension(dimension.build());
        }
        for (RungDefinition rung : ladder.rungs()) {
            if (r.nextInt(3) == 0) {
                b.putPlainSummary(rung.id(), PolicyGenerators.text(r));
            }
        }
        return b.build();
    }
}
