package org.coproduction.core.project;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NoSuchElementException;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class ProjectTest {

    private static Project.Builder valid() {
        return Project.builder().id("inspire-forum").title("Inspire Adult Social Care Improvement Forum")
                .kind(ProjectKind.FORUM).purpose("Involve people throughout the continuous improvement cycle")
                .currentRung(Rung.ENGAGEMENT).targetRung(Rung.CO_PRODUCTION);
    }

    private static Phase phase(PhaseType type, String start, String end) {
        return Phase.builder().type(type).start(PartialDate.parse(start)).end(PartialDate.parse(end)).build();
    }

    @Test
    void validProjectClimbsTowardsItsTarget() {
        Project p = valid().start(PartialDate.parse("2022")).scope(Scope.COUNCIL_WIDE).impact(Impact.HIGH)
                .addCommissioningStage(CommissioningStage.SERVICE_DESIGN).addCycleStage(CycleStage.REVIEW).build();
        assertTrue(p.isOngoing());
        // engagement (5) to co-production (7): two rungs
        assertEquals(2, p.rungsToTarget());
    }

    @Test
    void projectRulesAreReportedTogether() {
        assertViolations(() -> valid().title(" ").parentId("inspire-forum").addAim("")
                        .currentRung(Rung.CO_DESIGN).targetRung(Rung.CONSULTATION)
                        .end(PartialDate.parse("2024")).addNote("").build(),
                "title: must not be blank, was \" \"",
                "parentId: must not be the project's own id, was \"inspire-forum\"",
                "aims[0]: must not be blank",
                "targetRung: must not be below the current rung co-design, was \"consultation\"",
                "end: needs a start date",
                "notes[0]: must not be blank");
    }

    @Test
    void endMustNotBeBeforeStart() {
        assertViolations(() -> valid().start(PartialDate.parse("2023-10")).end(PartialDate.parse("2023-09-30")).build(),
                "end: must not be before the start 2023-10, was 2023-09-30");
        valid().start(PartialDate.parse("2023-10")).end(PartialDate.parse("2023-10-01")).build();
    }

    @Test
    void phasesDoNotOverlap() {
        assertViolations(() -> valid()
                        .addPhase(phase(PhaseType.GATHER_AND_ANALYSE_EVIDENCE, "2023-01-01", "2023-03-31"))
                        .addPhase(phase(PhaseType.PLAN, "2023-03-15", "2023-04-30")).build(),
                "phases[1]: must not overlap phases[0], which ends 2023-03-31, was 2023-03-15");
        // A phase may start on the day the previous one ends, and undated phases are allowed between.
        Project ok = valid().addPhase(phase(PhaseType.GATHER_AND_ANALYSE_EVIDENCE, "2023-01-01", "2023-03-31"))
                .addPhase(Phase.of(PhaseType.PLAN))
                .addPhase(phase(PhaseType.PREPARE, "2023-03-31", "2023-05")).build();
        assertEquals(3, ok.phases().size());
        assertViolations(() -> phase(PhaseType.ACT, "2023-05", "2023-04"), "end: must not be before the start 2023-05, was 2023-04");
    }

    @Test
    void rungChangesFollowOnAndEndAtTheCurrentRung() {
        RungChange first = RungChange.builder().on(PartialDate.parse("2022")).from(Rung.CONSULTATION).to(Rung.ENGAGEMENT).build();
        RungChange second = RungChange.builder().on(PartialDate.parse("2021")).from(Rung.INFORMING).to(Rung.CO_DESIGN).build();
        assertViolations(() -> valid().addRungChanges(first, second).build(),
                "rungChanges[1].from: must be the rung the previous change moved to, engagement, was \"informing\"",
                "rungChanges[1].on: must not be before the previous change on 2022, was 2021",
                "rungChanges[1].to: must be the current rung engagement, was \"co-design\"");
        assertTrue(valid().addRungChange(first).build().rungChanges().get(0).isClimb());
        assertViolations(() -> RungChange.builder().on(PartialDate.parse("2022")).from(Rung.CO_DESIGN).to(Rung.CO_DESIGN)
                .build(), "to: must differ from the rung before, was \"co-design\"");
    }

    @Test
    void partsNeedTheirText() {
        assertViolations(() -> TermsOfReference.builder().purpose("").addGroundRule(" ").evaluation("").build(),
                "purpose: must not be blank, was \"\"", "groundRules[0]: must not be blank",
                "evaluation: must not be blank when present");
        assertViolations(() -> Evidence.of(EvidenceKind.NATIONAL_SURVEY, " "), "description: must not be blank, was \" \"");
        assertViolations(() -> Constraint.of(ConstraintKind.URGENT_RISK, ""), "description: must not be blank, was \"\"");
        assertViolations(() -> Baseline.builder().measure("easy to find information").value(new BigDecimal("59.9"))
                        .unit("percent").asOf(PartialDate.parse("2023")).latestAsOf(PartialDate.parse("2022")).build(),
                "latestAsOf: must not be before the baseline date 2023, was 2022",
                "latestAsOf: needs a latestValue");
    }

    @Test
    void governanceRules() {
        assertViolations(() -> Governance.builder().addChairs("p-001", "p-001").addVotingMember("p-002")
                        .addAdviser("p-002").build(),
                "chairs[1]: must be unique (same as chairs[0]), was \"p-001\"",
                "advisers[0]: must not also be a voting member: advisers advise but do not decide, was \"p-002\"");
        assertTrue(Governance.builder().addChairs("p-001", "d-001").build().isCoChaired());
    }

    private static Participant person(String id, ParticipantRole role) {
        return Participant.builder().id(id).addRole(role).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024"), "board membership")).build();
    }

    @Test
    void coChairedWithLivedExperienceNeedsAnExpertByExperienceAmongTheChairs() {
        // Shropshire: the board "is co-chaired by an Expert by Experience and the Director of ASC". Two staff
        // co-chairs are co-chaired, but not with lived experience.
        Map<String, Participant> people = Map.of(
                "p-001", person("p-001", ParticipantRole.LIVED_EXPERIENCE),
                "d-001", person("d-001", ParticipantRole.MANAGER),
                "s-001", person("s-001", ParticipantRole.PRACTITIONER));
        Governance shropshire = Governance.builder().addChairs("p-001", "d-001").build();
        assertEquals(java.util.List.of("p-001"), shropshire.livedExperienceChairs(people));
        assertTrue(shropshire.isCoChairedWithLivedExperience(people));
        Governance staffOnly = Governance.builder().addChairs("d-001", "s-001").build();
        assertTrue(staffOnly.isCoChaired());
        assertFalse(staffOnly.isCoChairedWithLivedExperience(people));
        assertFalse(Governance.builder().addChair("p-001").build().isCoChairedWithLivedExperience(people),
                "one chair is not co-chairing");
        assertThrows(NoSuchElementException.class,
                () -> Governance.builder().addChairs("p-001", "x-404").build().livedExperienceChairs(people));
    }

    @Test
    void userLedOrganisationShareIsComparedExactly() {
        // Reference: a DPULO needs at least 75% of voting members from its constituency (Department of Health
        // criteria, as cited by Rich Watts). 3 of 4 is exactly 75%; 2 of 3 is 66.7%.
        Map<String, Participant> people = Map.of(
                "p-1", person("p-1", ParticipantRole.LIVED_EXPERIENCE),
                "p-2", person("p-2", ParticipantRole.UNPAID_CARER),
                "p-3", person("p-3", ParticipantRole.FAMILY_MEMBER),
                "s-1", person("s-1", ParticipantRole.MANAGER));
        LivedExperienceShare four = Governance.builder().addVotingMembers("p-1", "p-2", "p-3", "s-1").build()
                .livedExperienceShare(people);
        assertEquals(LivedExperienceShare.of(3, 4), four);
        assertTrue(four.meets(LivedExperienceShare.USER_LED_ORGANISATION));
        assertEquals(new BigDecimal("0.75"), four.fraction());
        LivedExperienceShare three = Governance.builder().addVotingMembers("p-1", "p-2", "s-1").build()
                .livedExperienceShare(people);
        assertFalse(three.meets(LivedExperienceShare.USER_LED_ORGANISATION));
        assertEquals(new BigDecimal("0.6667"), three.fraction());
        assertFalse(LivedExperienceShare.of(0, 0).meets(new BigDecimal("0.5")));
        assertThrows(IllegalArgumentException.class, () -> four.meets(new BigDecimal("1.5")));
        assertThrows(NoSuchElementException.class, () -> Governance.builder().addVotingMember("x-9").build()
                .livedExperienceShare(people));
    }
}
