package org.coproduction.assessment.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.testing.TlapAnswers;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Results read from JSON cannot claim a placement their own dimensions do not support. */
class ResultValidationTest {

    @Test
    void anAssessmentClaimingAHigherRungThanItsDimensionsIsRejected() {
        Assessment a = Assessments.tlapAssessor().assess(TlapAnswers.all("co-design").with("decisions", "engagement").build());
        ObjectNode json = CoproductionJson.mapper().valueToTree(a);
        JsonNode codesign = CoproductionJson.mapper().valueToTree(Ladders.tlap().rung("co-design"));
        json.set("rung", codesign);
        json.set("ceiling", codesign);
        String inflated = json.toString();
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(inflated, Assessment.class));
        assertEquals(List.of("ceiling", "rung"), e.violations().stream().map(Violation::path).collect(Collectors.toList()),
                e.getMessage());
    }

    @Test
    void aGapThatIsEmptyWithoutReachingTheTargetIsRejected() {
        Gap gap = Assessments.tlapAssessor().gap(Assessments.tlapAssessor().assess(TlapAnswers.all("engagement").build()));
        assertThrows(ValidationException.class, () -> gap.withSteps(List.of()));
    }
}
