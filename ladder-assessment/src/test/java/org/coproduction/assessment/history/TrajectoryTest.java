package org.coproduction.assessment.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.testing.TlapAnswers;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    private static Assessment on(String day, TlapAnswers answers) {
        return Assessments.tlapAssessor().assess(answers.on(LocalDate.parse(day)).build());
    }

    private final Assessment spring = on("2024-03-01", TlapAnswers.all("co-design").with("decisions", "engagement"));
    private final Assessment autumn = on("2024-10-01", TlapAnswers.all("co-design"));
    private final Assessment winter = on("2025-01-15", TlapAnswers.all("co-design").with("continuity", "engagement"));
    private final Assessment summer = on("2025-07-01", TlapAnswers.all("co-design").with("continuity", "engagement")
            .with("feedback", "co-production"));

    @Test
    void stepsSayClimbedSlippedOrStalledWithTheDimensionChangesThatExplainThem() {
        Trajectory t = Trajectory.of(List.of(summer, spring, winter, autumn));
        assertEquals(3, t.steps().size());
        TrajectoryStep first = t.steps().get(0);
        assertEquals(LocalDate.parse("2024-03-01"), first.fromDate(), "steps are in date order whatever the input order");
        assertEquals(Movement.CLIMBED, first.movement());
        assertEquals("decisions", first.changes().get(0).dimensionId());
        assertEquals("engagement", first.changes().get(0).before().orElseThrow().id());
        assertEquals("co-design", first.changes().get(0).after().orElseThrow().id());
        assertEquals(Movement.SLIPPED, t.steps().get(1).movement());
        assertEquals("continuity", t.steps().get(1).changes().get(0).dimensionId());
        TrajectoryStep last = t.steps().get(2);
        assertEquals(Movement.STALLED, last.movement(), "feedback improved but continuity still holds it at engagement");
        assertEquals("feedback", last.changes().get(0).dimensionId());
        assertEquals(Movement.STALLED, t.overall(), "engagement in 2024 and in 2025");
    }

    @Test
    void aStepWithoutAPlacementAtEitherEndIsUnknown() {
        Assessment gap = on("2024-06-01", TlapAnswers.all("co-design").without("agenda"));
        Trajectory t = Trajectory.of(List.of(spring, gap));
        assertEquals(Movement.UNKNOWN, t.steps().get(0).movement());
        assertTrue(t.steps().get(0).changes().stream().anyMatch(c -> c.dimensionId().equals("agenda") && c.after().isEmpty()));
    }

    @Test
    void undatedDuplicateOrMixedAssessmentsAreRejectedWithEveryProblemNamed() {
        Assessment undated = Assessments.tlapAssessor().assess(TlapAnswers.all("co-design").build());
        Assessment sameDay = on("2024-03-01", TlapAnswers.all("engagement"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> Trajectory.of(List.of(spring, undated, sameDay)));
        assertEquals(2, e.violations().size(), e.getMessage());
        assertEquals("assessments[1].date", e.violations().get(0).path());
        assertEquals("assessments[2].date", e.violations().get(1).path());
    }

    @Test
    void aTrajectoryRoundTripsThroughJson() {
        JsonRoundTrip.assertRoundTrip(Trajectory.of(List.of(spring, autumn, winter)), Trajectory.class);
    }
}
