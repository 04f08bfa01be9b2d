package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.Audits;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.history.Trajectory;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.InstrumentKind;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.perspective.CombinationRule;
import org.coproduction.assessment.perspective.PerspectiveComparison;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.testing.AssessmentGenerators;
import org.coproduction.core.testing.JsonCoverage;
import org.coproduction.core.testing.PolicyGenerators;
import org.junit.jupiter.api.Test;

/**
 * Which of this module's public JSON types a generated round trip reaches (the walk of
 * {@link JsonCoverage}): generated instruments, generated answers to them and to each shipped instrument, the assessments, gaps and profiles
 * worked out from them, comparisons of lived-experience and professional answers under each combination
 * rule, trajectories of dated assessments, generated audits and scores for them and for each shipped audit, with
 * the results worked out from complete and partial scores, are each written to JSON, read back and walked. A new JSON
 * type without a generated round trip fails this test until it gets one or is listed.
 */
class JsonCoverageTest {

    /** Public JSON types that no generated round trip reaches. */
    private static final Set<String> NOT_REACHED = Set.of();

    @Test
    void everyPublicJsonTypeIsReachedByAGeneratedRoundTrip() {
        JsonCoverage coverage = new JsonCoverage();
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            // Shipped instruments are answered but not round-tripped here: only generated ones count.
            List<Instrument> instruments = new ArrayList<>(Instruments.all());
            instruments.add((Instrument) coverage.roundTrip(AssessmentGenerators.instrument(r)));
            for (Instrument instrument : instruments) {
                Assessor assessor = Assessor.of(instrument);
                String subject = PolicyGenerators.text(r);
                List<Object> values = new ArrayList<>();
                Responses lived = AssessmentGenerators.responses(r, instrument, subject, Perspective.LIVED_EXPERIENCE,
                        r.nextBoolean() ? null : PolicyGenerators.day(r));
                Responses professional = AssessmentGenerators.responses(r, instrument, subject,
                        Perspective.PROFESSIONAL, null);
                values.addAll(List.of(lived, professional));
                if (instrument.kind() == InstrumentKind.PROFILE) {
                    values.add(assessor.profile(lived));
                    values.forEach(coverage::roundTrip);
                    continue;
                }
                Assessment assessment = assessor.assess(lived);
                values.addAll(List.of(assessment, assessor.gap(assessment)));
                for (CombinationRule rule : CombinationRule.values()) {
                    values.add(PerspectiveComparison.of(assessment, assessor.assess(professional), rule));
                }
                List<Assessment> dated = new ArrayList<>();
                LocalDate day = r.nextBoolean() ? LocalDate.of(1, 1, 1) : LocalDate.of(2020, 1, 1);
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    dated.add(assessor.assess(AssessmentGenerators.responses(r, instrument, subject,
                            Perspective.values()[r.nextInt(Perspective.values().length)], day)));
                    day = i == 2 ? LocalDate.of(9999, 12, 31) : day.plusDays(1 + r.nextInt(400));
                }
                values.add(Trajectory.of(dated));
                values.forEach(coverage::roundTrip);
            }
            List<Audit> audits = new ArrayList<>(Audits.all());
            audits.add((Audit) coverage.roundTrip(AssessmentGenerators.audit(r)));
            for (Audit audit : audits) {
                String subject = PolicyGenerators.text(r);
                Perspective perspective = Perspective.values()[r.nextInt(Perspective.values().length)];
                var complete = AssessmentGenerators.auditResponses(r, audit, subject, perspective,
                        r.nextBoolean() ? null : PolicyGenerators.day(r), true);
                var partial = AssessmentGenerators.auditResponses(r, audit, subject, perspective, null, false);
                List.of(complete, partial, audit.score(complete), audit.scoreSoFar(partial)).forEach(coverage::roundTrip);
            }
        }
        Set<String> missing = coverage.missing(JsonCoverage.publicJsonTypes("org.coproduction.assessment"));
        assertEquals(new TreeSet<>(NOT_REACHED), missing, "JSON types no generated round trip reaches");
    }
}
