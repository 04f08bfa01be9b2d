package org.coproduction.core;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Baseline;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.Phase;
import org.coproduction.core.project.PhaseType;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.project.RungChange;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.recording.Involvement;
import org.coproduction.core.recording.RungTime;
import org.coproduction.core.recording.TimelineEntry;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** The rules not covered by the per-type tests, each with a failing and a passing case. */
class MoreRulesTest {

    private static final String BAD_ID = "id: " + Ids.RULE + Ids.NOT_SHOWN;

    @Test
    void identifiersEverywhereKeepTheRule() {
        assertViolations(() -> CoproductionRecord.builder().id("a b").title("t").addNote("").build(),
                BAD_ID, "notes[0]: must not be blank");
        assertEquals("ok-1", CoproductionRecord.builder().id("ok-1").title("t").build().id());
        assertViolations(() -> Governance.builder().addChair("a b").addVotingMember("").build(),
                "chairs[0]: " + Ids.RULE + Ids.NOT_SHOWN, "votingMembers[0]: " + Ids.RULE + Ids.NOT_SHOWN);
        assertViolations(() -> FeedbackItem.builder().id("f-1").youSaid("x").addRaisedBy("a b").addRaisedAt("")
                        .raisedByGroup(" ").projectId("p q").raisedOn(PartialDate.UNKNOWN).build(),
                "projectId: " + Ids.RULE + Ids.NOT_SHOWN, "raisedBy[0]: " + Ids.RULE + Ids.NOT_SHOWN,
                "raisedAt[0]: " + Ids.RULE + Ids.NOT_SHOWN, "raisedByGroup: must not be blank when present");
        // 64 characters is the longest identifier allowed.
        String longest = "a".repeat(64);
        assertEquals(longest, CoproductionRecord.builder().id(longest).title("t").build().id());
        assertViolations(() -> CoproductionRecord.builder().id(longest + "a").title("t").build(),
                "id: " + Ids.RULE + Ids.NOT_SHOWN);
    }

    @Test
    void projectPartsRejectBlankText() {
        assertViolations(() -> Project.builder().id("x").title("t").kind(ProjectKind.PROJECT).purpose("p")
                        .currentRung(Rung.INFORMING).targetRung(Rung.INFORMING).serviceArea(" ").parentId("a b").build(),
                "parentId: " + Ids.RULE + Ids.NOT_SHOWN, "serviceArea: must not be blank when present");
        assertViolations(() -> Phase.builder().type(PhaseType.PLAN).note("").build(), "note: must not be blank when present");
        assertEquals(PhaseType.PLAN, Phase.builder().type(PhaseType.PLAN).note("agreed the plan").build().type());
        assertViolations(() -> RungChange.builder().on(PartialDate.parse("2024")).from(Rung.INFORMING)
                .to(Rung.CONSULTATION).reason(" ").build(), "reason: must not be blank when present");
        assertViolations(() -> Baseline.builder().measure("").value(BigDecimal.ONE).unit(" ").source("").build(),
                "measure: must not be blank, was \"\"", "unit: must not be blank, was \" \"",
                "source: must not be blank when present");
    }

    @Test
    void participantOrganisationMustNotBeBlank() {
        assertViolations(() -> Participant.builder().id("org-1").addRole(ParticipantRole.VOLUNTARY_GROUP).organisation(" ")
                        .involvement(InvolvementLevel.LEAD).consent(Consent.given(PartialDate.UNKNOWN, "all")).build(),
                "organisation: must not be blank when present");
    }

    @Test
    void queryResultsKeepTheirRules() {
        assertViolations(() -> RungTime.of(Rung.CO_DESIGN, -1, -5),
                "activities: must not be negative, was -1", "minutes: must not be negative, was -5");
        assertViolations(() -> Involvement.builder().participantId("p").minutes(-1).preparationMinutes(0).travelMinutes(0)
                        .activitiesChaired(1).build(),
                "minutes: must not be negative, was -1",
                "activitiesChaired: must be from 0 to the number of activities 0, was 1");
        assertViolations(() -> TimelineEntry.of(PartialDate.parse("2024"), TimelineEntry.Kind.ACTIVITY, " ", ""),
                "reference: must not be blank, was \" \"", "description: must not be blank, was \"\"");
    }
}
