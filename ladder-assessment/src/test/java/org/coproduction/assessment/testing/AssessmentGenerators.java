package org.coproduction.assessment.testing;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.AuditAnswer;
import org.coproduction.assessment.audit.AuditArea;
import org.coproduction.assessment.audit.AuditBand;
import org.coproduction.assessment.audit.AuditItem;
import org.coproduction.assessment.audit.AuditResponses;
import org.coproduction.assessment.audit.ScoreAnchor;
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

    /**
     * An audit with a scale starting at 0, 1 or 2 and one to five points long, anchors on some scores (some
     * with their own citation), one to four areas of one to three items, and, for about half, one to three
     * bands that cover the possible totals without gap or overlap.
     *
     * @param r  the random source
     * @return the audit
     */
    public static Audit audit(SplittableRandom r) {
        int lowest = r.nextInt(3);
        int highest = lowest + 1 + r.nextInt(5);
        Audit.Builder b = Audit.builder().id("audit-" + r.nextInt(100)).title(PolicyGenerators.text(r))
                .source(PolicyGenerators.citation(r)).statementsSource(PolicyGenerators.citation(r))
                .lowestScore(lowest).highestScore(highest);
        if (r.nextBoolean()) {
            b.guidance(PolicyGenerators.text(r));
        }
        for (int score = lowest; score <= highest; score++) {
            if (r.nextBoolean()) {
                ScoreAnchor.Builder anchor = ScoreAnchor.builder().score(score).meaning(PolicyGenerators.text(r));
                if (r.nextInt(3) == 0) {
                    anchor.source(PolicyGenerators.citation(r));
                }
                b.addAnchor(anchor.build());
            }
        }
        int items = 0;
        for (int a = 1, n = 1 + r.nextInt(4); a <= n; a++) {
            AuditArea.Builder area = AuditArea.builder().id("area-" + a).name(PolicyGenerators.text(r));
            if (r.nextBoolean()) {
                area.description(PolicyGenerators.text(r));
            }
            if (r.nextInt(3) == 0) {
                area.source(PolicyGenerators.citation(r));
            }
            for (int i = 1 + r.nextInt(3); i > 0; i--) {
                area.addItem(AuditItem.of("item-" + ++items, PolicyGenerators.text(r)));
            }
            b.addArea(area.build());
        }
        if (r.nextBoolean()) {
            int from = items * lowest;
            int to = items * highest;
            for (int band = 1 + r.nextInt(3); band > 1 && from < to; band--) {
                int end = from + r.nextInt(to - from);
                b.addBand(AuditBand.of(from, end, PolicyGenerators.text(r)));
                from = end + 1;
            }
            b.addBand(AuditBand.of(from, to, PolicyGenerators.text(r)));
        }
        return b.build();
    }

    /**
     * Scores on the audit's scale for its items, leaving about one in four unscored unless every item is to
     * be scored.
     *
     * @param r  the random source
     * @param audit  the audit answered
     * @param subject  the organisation audited
     * @param perspective  who answered
     * @param date  the day answered, or null for undated scores
     * @param every  whether to score every item
     * @return the scores
     */
    public static AuditResponses auditResponses(SplittableRandom r, Audit audit, String subject,
            Perspective perspective, LocalDate date, boolean every) {
        AuditResponses.Builder b = AuditResponses.builder().auditId(audit.id()).subject(subject)
                .perspective(perspective);
        if (date != null) {
            b.date(date);
        }
        for (AuditItem item : audit.items()) {
            if (every || r.nextInt(4) > 0) {
                b.addAnswer(AuditAnswer.of(item.id(),
                        audit.lowestScore() + r.nextInt(audit.highestScore() - audit.lowestScore() + 1)));
            }
        }
        return b.build();
    }
}
