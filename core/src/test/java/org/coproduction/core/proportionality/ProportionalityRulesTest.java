package org.coproduction.core.proportionality;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.Scope;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.junit.jupiter.api.Test;

class ProportionalityRulesTest {

    @Test
    void illustrativeRulesGiveAWiderGroupForEvidenceThanForDesign() {
        ProportionalityRules rules = ProportionalityRules.illustrative();
        GroupSizeRecommendation evidence = rules.recommend(Scope.COUNCIL_WIDE, Impact.HIGH, InvolvementPurpose.EVIDENCE);
        GroupSizeRecommendation design = rules.recommend(Scope.COUNCIL_WIDE, Impact.HIGH, InvolvementPurpose.DESIGN);
        assertEquals(100, evidence.minPeople());
        assertEquals(Optional.empty(), evidence.maxPeople());
        assertEquals(Optional.of(15), design.maxPeople());
        assertTrue(evidence.minPeople() > design.maxPeople().orElseThrow());
        assertTrue(evidence.explanation().contains("council-wide scope and high impact"), evidence.explanation());
        assertEquals(SourceStatus.LIBRARY_OWN, rules.source().status());
    }

    @Test
    void aCouncilsOwnScopeRuleWins() {
        ProportionalityRules rules = ProportionalityRules.illustrative()
                .withId("anytown")
                .withRules(ProportionalityRules.builder().from(ProportionalityRules.illustrative()).build().rules());
        ProportionalityRules team = ProportionalityRules.builder().from(rules)
                .addRule(GroupSizeRule.builder().scope(Scope.TEAM).impact(Impact.LOW).purpose(InvolvementPurpose.DESIGN)
                        .minPeople(3).maxPeople(4).build()).build();
        assertEquals(Optional.of(4), team.recommend(Scope.TEAM, Impact.LOW, InvolvementPurpose.DESIGN).maxPeople());
        assertEquals(Optional.of(6), team.recommend(Scope.SERVICE, Impact.LOW, InvolvementPurpose.DESIGN).maxPeople());
    }

    @Test
    void ruleSetRules() {
        Citation own = Citation.of("Anytown Council involvement policy", SourceStatus.LIBRARY_OWN);
        ProportionalityRules.Builder b = ProportionalityRules.builder().id("anytown").name("Anytown").source(own);
        for (Impact impact : Impact.values()) {
            b.addRule(GroupSizeRule.builder().impact(impact).purpose(InvolvementPurpose.EVIDENCE).minPeople(5).build());
        }
        b.addRule(GroupSizeRule.builder().impact(Impact.LOW).purpose(InvolvementPurpose.DESIGN).minPeople(8).build());
        b.addRule(GroupSizeRule.builder().impact(Impact.MEDIUM).purpose(InvolvementPurpose.DESIGN).minPeople(4).build());
        b.addRule(GroupSizeRule.builder().impact(Impact.MEDIUM).purpose(InvolvementPurpose.DESIGN).minPeople(4).build());
        assertViolations(b::build,
                "rules[5].scope, impact and purpose: must be unique (same as rules[4]), was \"*/medium/design\"",
                "rules: must include a rule for any scope for high impact and design",
                "rules[0].minPeople: must not be below the design group's minPeople 8: evidence comes from a wider group, was 5",
                "rules[4].minPeople: must not be below the low-impact rule's minPeople 8, was 4",
                "rules[5].minPeople: must not be below the low-impact rule's minPeople 8, was 4");
        assertViolations(() -> GroupSizeRule.builder().impact(Impact.LOW).purpose(InvolvementPurpose.DESIGN).minPeople(0)
                        .maxPeople(-1).build(),
                "minPeople: must be at least 1, was 0", "maxPeople: must not be below minPeople 0, was -1");
    }

    @Test
    void rulesLoadFromJson() {
        String json = CoproductionJson.write(ProportionalityRules.illustrative());
        assertEquals(ProportionalityRules.illustrative(), CoproductionJson.read(json, ProportionalityRules.class));
    }
}
