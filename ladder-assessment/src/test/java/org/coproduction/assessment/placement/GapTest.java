package org.coproduction.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.testing.TlapAnswers;
import org.junit.jupiter.api.Test;

/** The gap to a target rung; the expected steps are read off the instrument's options by hand. */
class GapTest {

    private final Assessor tlap = Assessments.tlapAssessor();

    private static List<String> dims(List<GapStep> steps) {
        return steps.stream().map(GapStep::dimensionId).collect(Collectors.toList());
    }

    @Test
    void theGapToTheNextRungNamesTheLeastChangeForEachDimensionBelowIt() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design")
                .with("decisions", "engagement").with("recompense", "engagement").build());
        Gap gap = tlap.gap(a);
        assertEquals("co-design", gap.target().id(), "the default target is the next rung");
        assertEquals(List.of("decisions", "recompense"), dims(gap.steps()));
        assertEquals("shared-design", gap.steps().get(0).optionId().orElseThrow());
        assertEquals("Shared on design; staff decide on delivery", gap.steps().get(0).change());
        assertEquals("time-expenses-support", gap.steps().get(1).optionId().orElseThrow());
        assertEquals(1, gap.steps().get(0).rungsShort());
        assertTrue(gap.alsoWorthDoing().isEmpty());
        assertFalse(gap.reached());
    }

    @Test
    void theFurthestBehindComeFirstSoTheBoardSeesWhatMattersMost() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design")
                .with("decisions", "engagement").with("recompense", "engagement").build());
        Gap gap = tlap.gap(a, "co-production");
        // decisions and recompense are two rungs short of co-production; the five other core questions one.
        assertEquals(List.of("decisions", "recompense", "started", "stages", "agenda", "feedback", "continuity"),
                dims(gap.steps()));
        assertEquals(2, gap.steps().get(0).rungsShort());
        assertEquals("shared-including-strategy", gap.steps().get(0).optionId().orElseThrow());
        assertEquals(List.of("access", "reach", "evaluation"), dims(gap.alsoWorthDoing()));
    }

    @Test
    void theGapIsEmptyWhenTheTargetIsReached() {
        Assessment top = tlap.assess(TlapAnswers.all("co-production").build());
        assertTrue(tlap.gap(top).steps().isEmpty());
        assertTrue(tlap.gap(top).reached());
        Assessment codesign = tlap.assess(TlapAnswers.all("co-design").build());
        assertTrue(tlap.gap(codesign, "engagement").steps().isEmpty(), "a lower target is already reached");
    }

    @Test
    void aMissingCoreAnswerIsAStepToGatherEvidence() {
        Assessment a = tlap.assess(TlapAnswers.all("co-design").without("agenda").build());
        Gap gap = tlap.gap(a);
        // Not placed: the target is the rung above the ceiling (co-design), co-production.
        assertEquals("co-production", gap.target().id());
        GapStep first = gap.steps().get(0);
        assertEquals("agenda", first.dimensionId());
        assertTrue(first.now().isEmpty());
        assertEquals(7, first.rungsShort(), "nothing is known, so it counts from below rung 1 up to rung 7");
        assertTrue(first.change().startsWith("Gather evidence"), first.change());
    }
}
