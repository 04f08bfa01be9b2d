package org.coproduction.assessment.perspective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.testing.TlapAnswers;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class PerspectiveComparisonTest {

    private static Assessment assess(TlapAnswers answers) {
        return Assessments.tlapAssessor().assess(answers.build());
    }

    private final Assessment lived = assess(TlapAnswers.all("co-design").with("decisions", "consultation")
            .from(Perspective.LIVED_EXPERIENCE));
    private final Assessment professional = assess(TlapAnswers.all("co-design").with("recompense", "engagement")
            .from(Perspective.PROFESSIONAL));

    @Test
    void professionalsCannotRateTheProjectUpAlone() {
        PerspectiveComparison c = PerspectiveComparison.of(lived, professional);
        // Lived experience: consultation (decisions); professionals: engagement (recompense). Lower: consultation.
        assertEquals("consultation", c.combined().orElseThrow().id());
        assertEquals(CombinationRule.LOWER_OF_TWO, c.rule());
    }

    @Test
    void differencesAreShownWithHowFarApartTheyAreFurthestFirst() {
        PerspectiveComparison c = PerspectiveComparison.of(lived, professional);
        assertEquals(List.of("decisions", "recompense"),
                c.differences().stream().map(DimensionDifference::dimensionId).collect(Collectors.toList()));
        // decisions: professional co-design (6) minus lived consultation (4) = +2; recompense: 5 - 6 = -1.
        assertEquals(Optional.of(2), c.differences().get(0).rungsApart());
        assertEquals(Optional.of(-1), c.differences().get(1).rungsApart());
        assertEquals("People with lived experience say consultation; professionals say engagement. Together: "
                + "consultation. Views differ on 2 of 10 dimensions.", c.summary());
    }

    @Test
    void aTieCombinesToTheSameRungWithNoDifferences() {
        Assessment a = assess(TlapAnswers.all("engagement").from(Perspective.LIVED_EXPERIENCE));
        Assessment b = assess(TlapAnswers.all("engagement").from(Perspective.PROFESSIONAL));
        PerspectiveComparison c = PerspectiveComparison.of(a, b);
        assertEquals("engagement", c.combined().orElseThrow().id());
        assertTrue(c.differences().isEmpty());
    }

    @Test
    void equalRungsForDifferentReasonsStillShowTheDimensionDifferences() {
        Assessment a = assess(TlapAnswers.all("co-design").with("agenda", "engagement").from(Perspective.LIVED_EXPERIENCE));
        Assessment b = assess(TlapAnswers.all("co-design").with("feedback", "engagement").from(Perspective.PROFESSIONAL));
        PerspectiveComparison c = PerspectiveComparison.of(a, b);
        assertEquals("engagement", c.combined().orElseThrow().id());
        assertEquals(2, c.differences().size());
    }

    @Test
    void notEnoughEvidenceOnEitherSideMeansNoCombinedPlacement() {
        Assessment partial = assess(TlapAnswers.all("co-design").without("stages").from(Perspective.PROFESSIONAL));
        PerspectiveComparison c = PerspectiveComparison.of(lived, partial);
        assertTrue(c.combined().isEmpty());
        DimensionDifference stages = c.differences().stream().filter(d -> d.dimensionId().equals("stages")).findFirst()
                .orElseThrow();
        assertTrue(stages.rungsApart().isEmpty());
        assertEquals("stages", c.differences().get(c.differences().size() - 1).dimensionId(),
                "a one-sided difference comes after the measured ones");
    }

    @Test
    void theLivedExperienceViewRuleTakesTheirPlacement() {
        PerspectiveComparison c = PerspectiveComparison.of(lived, professional, CombinationRule.LIVED_EXPERIENCE_VIEW);
        assertEquals("consultation", c.combined().orElseThrow().id());
        PerspectiveComparison higher = PerspectiveComparison.of(
                assess(TlapAnswers.all("co-design").from(Perspective.LIVED_EXPERIENCE)), professional,
                CombinationRule.LIVED_EXPERIENCE_VIEW);
        assertEquals("co-design", higher.combined().orElseThrow().id());
    }

    @Test
    void mismatchedAssessmentsAreRejectedWithEveryProblemNamed() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> PerspectiveComparison.of(professional, lived));
        assertEquals(2, e.violations().size(), e.getMessage());
    }

    @Test
    void aComparisonRoundTripsThroughJson() {
        JsonRoundTrip.assertRoundTrip(PerspectiveComparison.of(lived, professional), PerspectiveComparison.class);
    }
}
