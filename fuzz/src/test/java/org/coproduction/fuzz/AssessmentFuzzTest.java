package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.AuditAnswer;
import org.coproduction.assessment.audit.AuditItem;
import org.coproduction.assessment.audit.AuditResponses;
import org.coproduction.assessment.audit.Audits;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.history.Trajectory;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.InstrumentKind;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.perspective.CombinationRule;
import org.coproduction.assessment.perspective.PerspectiveComparison;
import org.coproduction.assessment.picture.LadderPicture;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.core.ladder.RungDefinition;

/**
 * Fuzz tests of the ladder assessment documents and of assessing with them. The corpus is in
 * {@code src/test/resources/org/coproduction/fuzz/AssessmentFuzzTestInputs/}; a normal build replays it,
 * {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class AssessmentFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void instrument(byte[] input) {
        Documents.readsOrRefusesCleanly(input, Instrument.class);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void responses(byte[] input) {
        Documents.readsOrRefusesCleanly(input, Responses.class);
    }

    /**
     * Responses that read are assessed with every shipped instrument: each assessment, profile, gap,
     * comparison of perspectives, trajectory and picture is a result or a {@code ValidationException}.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void assessResponses(byte[] input) {
        Responses responses = Documents.readsOrRefusesCleanly(input, Responses.class);
        if (responses == null) {
            return;
        }
        for (Instrument instrument : Instruments.all()) {
            assessAll(instrument, List.of(responses, responses.withPerspective(Perspective.PROFESSIONAL)));
        }
    }

    /**
     * An instrument that reads assesses answers made up from its own options (each question answered with
     * its first option, its last, or left out), with the same promise as {@link #assessResponses}.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void assessWithInstrument(byte[] input) {
        Instrument instrument = Documents.readsOrRefusesCleanly(input, Instrument.class);
        if (instrument == null) {
            return;
        }
        List<Responses> all = new ArrayList<>();
        int variant = 0;
        for (Perspective perspective : Perspective.values()) {
            Responses.Builder responses = Responses.builder().instrumentId(instrument.id()).subject("project")
                    .perspective(perspective).date(LocalDate.of(2025, 4, 1).plusDays(variant));
            int q = 0;
            for (Question question : instrument.questions()) {
                int pick = (q++ + variant) % 3;
                if (pick < 2 && !question.options().isEmpty()) {
                    int option = pick == 0 ? 0 : question.options().size() - 1;
                    responses.addAnswer(Answer.of(question.id(), question.options().get(option).id()));
                }
            }
            variant++;
            Responses built = Documents.resultOrRefusal(responses::build);
            if (built != null) {
                all.add(built);
            }
        }
        assessAll(instrument, all);
    }

    /**
     * Audit scores that read are scored with every shipped audit, complete and so far: each result is a
     * result or a {@code ValidationException}.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void scoreAudits(byte[] input) {
        AuditResponses responses = Documents.readsOrRefusesCleanly(input, AuditResponses.class);
        if (responses == null) {
            return;
        }
        for (Audit audit : Audits.all()) {
            AuditResponses forAudit = responses.withAuditId(audit.id());
            Operations.exerciseResult(Documents.resultOrRefusal(() -> audit.score(forAudit)));
            Operations.exerciseResult(Documents.resultOrRefusal(() -> audit.scoreSoFar(forAudit)));
        }
    }

    /**
     * An audit that reads scores answers made from its own scale (every item at the lowest score, every item
     * at the highest, and every other item at the lowest), with the same promise as {@link #scoreAudits}.
     */
    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void scoreWithAudit(byte[] input) {
        Audit audit = Documents.readsOrRefusesCleanly(input, Audit.class);
        if (audit == null) {
            return;
        }
        for (int variant = 0; variant < 3; variant++) {
            AuditResponses.Builder responses = AuditResponses.builder().auditId(audit.id()).subject("team");
            int n = 0;
            for (AuditItem item : audit.items()) {
                if (variant < 2 || n++ % 2 == 0) {
                    responses.addAnswer(AuditAnswer.of(item.id(),
                            variant == 1 ? audit.highestScore() : audit.lowestScore()));
                }
            }
            AuditResponses built = Documents.resultOrRefusal(responses::build);
            if (built != null) {
                Operations.exerciseResult(Documents.resultOrRefusal(() -> audit.score(built)));
                Operations.exerciseResult(Documents.resultOrRefusal(() -> audit.scoreSoFar(built)));
            }
        }
    }

    private static void assessAll(Instrument instrument, List<Responses> all) {
        Assessor assessor = Documents.resultOrRefusal(() -> Assessor.of(instrument));
        if (assessor == null) {
            return;
        }
        List<Assessment> assessments = new ArrayList<>();
        for (Responses responses : all) {
            if (instrument.kind() == InstrumentKind.PROFILE) {
                Operations.exerciseResult(Documents.resultOrRefusal(() -> assessor.profile(responses)));
                continue;
            }
            Assessment assessment = Documents.resultOrRefusal(() -> assessor.assess(responses));
            if (assessment == null) {
                continue;
            }
            Operations.exerciseResult(assessment);
            assessments.add(assessment);
            Gap gap = Documents.resultOrRefusal(() -> assessor.gap(assessment));
            Operations.exerciseResult(gap);
            if (gap != null) {
                Operations.exerciseResult(Documents.resultOrRefusal(
                        () -> LadderPicture.of(instrument.ladder(), assessment, gap)));
            }
            for (RungDefinition rung : instrument.ladder().rungs()) {
                Operations.exerciseResult(Documents.resultOrRefusal(() -> assessor.gap(assessment, rung.id())));
            }
        }
        if (assessments.size() >= 2) {
            for (CombinationRule rule : CombinationRule.values()) {
                Operations.exerciseResult(Documents.resultOrRefusal(
                        () -> PerspectiveComparison.of(assessments.get(0), assessments.get(1), rule)));
            }
        }
        if (!assessments.isEmpty()) {
            Operations.exerciseResult(Documents.resultOrRefusal(() -> Trajectory.of(assessments)));
        }
    }
}
