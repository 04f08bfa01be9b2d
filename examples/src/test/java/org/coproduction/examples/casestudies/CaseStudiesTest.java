package org.coproduction.examples.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Baseline;
import org.coproduction.core.project.ConstraintKind;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.Project;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** The bundled case studies load, pass validation, survive JSON, and say what their sources say. */
class CaseStudiesTest {

    @Test
    void everyCaseStudyLoadsValidatesAndRoundTrips() {
        List<CoproductionRecord> all = CaseStudies.all();
        assertEquals(CaseStudies.ids(), all.stream().map(CoproductionRecord::id).collect(Collectors.toList()));
        for (CoproductionRecord record : all) {
            JsonRoundTrip.assertRoundTrip(record, CoproductionRecord.class);
            assertFalse(record.notes().isEmpty(), record.id() + " states its assumptions");
            assertFalse(record.sources().isEmpty(), record.id() + " cites its source");
            for (Project p : record.projects()) {
                record.timeline(p.id());
            }
        }
        assertThrows(NoSuchElementException.class, () -> CaseStudies.byId("nowhere"));
    }

    @Test
    void noPersonIsNamed() {
        // The Shropshire blog names six people; none of those names may appear in any document.
        for (CoproductionRecord record : CaseStudies.all()) {
            String json = CoproductionJson.write(record);
            for (String name : List.of("Caroline", "Mary", "Katie", "Tanya", "Chris", "Rob ")) {
                assertFalse(json.contains(name), record.id() + " names " + name);
            }
        }
    }

    @Test
    void noScopeImpactOrCommissioningStageTheSourcesDoNotGive() {
        // Neither Shropshire's reflection nor the Inspire section of Stronger Together gives scope, impact or the
        // commissioning stages the work touches.
        for (String id : List.of("direct-payments-board", "inspire-forum")) {
            for (Project p : CaseStudies.byId(id).projects()) {
                assertTrue(p.scope().isEmpty() && p.impact().isEmpty() && p.commissioningStages().isEmpty()
                        && p.cycleStages().isEmpty(), id + "/" + p.id());
            }
        }
        // "established by the Principal Social Worker in late 2022, in collaboration with Commissioning and
        // Healthwatch North Tyneside": a partner in setting it up, not recorded as a regular member.
        assertFalse(CaseStudies.byId("inspire-forum").participant("org-healthwatch-north-tyneside").orElseThrow()
                .involvement() == InvolvementLevel.REGULAR_MEMBER);
    }

    @Test
    void inspireForumHasThreeProjectsAndItsSurveyResult() {
        CoproductionRecord inspire = CaseStudies.byId("inspire-forum");
        List<String> children = inspire.projects().stream().filter(p -> p.parentId().isPresent())
                .map(Project::id).collect(Collectors.toList());
        assertEquals(List.of("inspire-information-and-advice", "inspire-conference", "inspire-ways-to-wellbeing"), children);
        // Source: "improved from 59.9% to 72% in the latest Adult Social Care Survey".
        Baseline easyToFind = inspire.project("inspire-information-and-advice").orElseThrow().baselines().get(0);
        assertEquals(0, new BigDecimal("59.9").compareTo(easyToFind.value()));
        assertEquals(0, new BigDecimal("72").compareTo(easyToFind.latestValue().orElseThrow()));
        // The conference was in October 2023; the forum was set up in (late) 2022.
        assertEquals("2023-10", inspire.activity("inspire-conference-2023").orElseThrow().date().toString());
        assertEquals("2022", inspire.project("inspire-forum").orElseThrow().start().orElseThrow().toString());
        assertEquals(List.of("inspire-information"), inspire.closedFeedback().stream().map(f -> f.id())
                .collect(Collectors.toList()));
    }

    @Test
    void autismBetterTogetherManagersAdviseButDoNotDirect() {
        CoproductionRecord abt = CaseStudies.byId("autism-better-together");
        Governance steering = abt.project("autism-better-together").orElseThrow().governance().orElseThrow();
        // "providing consultation, advice and support, but do not direct": the senior managers advise. Of the
        // Parent Carers' Forum and the NHS trusts the source says only that their representatives "also attend".
        assertEquals(List.of("s-001"), steering.advisers());
        assertFalse(steering.votingMembers().contains("s-001"));
        // "a peer-led support and friendship group": not called a user-led organisation anywhere in the source.
        for (CoproductionRecord record : CaseStudies.all()) {
            assertTrue(record.participants().stream().noneMatch(p -> p.roles().contains(ParticipantRole.USER_LED_ORGANISATION)),
                    record.id());
        }
        assertEquals("Wallsend Library", abt.activity("abt-monthly-cuppa").orElseThrow().venue().orElseThrow());
        // Evening sessions are an ambition with nothing done yet: open.
        assertEquals(List.of("abt-evening-sessions"), abt.openFeedback().stream().map(f -> f.id())
                .collect(Collectors.toList()));
    }

    @Test
    void learningDisabilityCarersForumTouchesDesignAndMonitoring() {
        CoproductionRecord forum = CaseStudies.byId("learning-disability-carers-forum");
        Project model = forum.project("whole-life-disability-operating-model").orElseThrow();
        assertEquals(2, model.commissioningStages().size());
        // "Inclusion North have been commissioned to recruit": commissioned to recruit, not recorded as leading.
        Participant inclusionNorth = forum.participant("org-inclusion-north").orElseThrow();
        assertTrue(inclusionNorth.organisation().orElseThrow().contains("Inclusion North"));
        assertFalse(inclusionNorth.involvement() == InvolvementLevel.LEAD);
    }

    @Test
    void scottishProjectOffersIncrementalStepsAndEvaluationDiaries() {
        CoproductionRecord asp = CaseStudies.byId("scotland-adult-support-and-protection");
        Set<InvolvementLevel> steps = asp.participants().stream().filter(Participant::hasLivedExperience)
                .map(Participant::involvement).collect(Collectors.toSet());
        assertEquals(Set.of(InvolvementLevel.KEEP_INFORMED, InvolvementLevel.SHARE_VIEWS,
                InvolvementLevel.ONE_OFF_ACTIVITIES, InvolvementLevel.REGULAR_MEMBER), steps);
        // Diaries first developed in East Ayrshire, adapted by North Lanarkshire and Perth: three.
        List<Activity> diaries = asp.activities().stream().filter(a -> a.type() == ActivityType.EVALUATION_DIARY)
                .collect(Collectors.toList());
        assertEquals(3, diaries.size());
        // 5.7: "no scope within the contract ... to release an advocacy worker": the contract's scope, not money.
        assertTrue(asp.project("asp-involvement").orElseThrow().constraints().stream()
                .anyMatch(c -> c.kind() == ConstraintKind.PRACTICAL && c.description().contains("advocacy")));
        assertTrue(asp.project("asp-involvement").orElseThrow().constraints().stream()
                .noneMatch(c -> c.kind() == ConstraintKind.MONEY));
        // The chapter's findings are the report's own observations: no "you said" is put in service users' mouths.
        assertTrue(asp.feedbackItems().isEmpty());
    }

    @Test
    void aBrokenCaseStudyNamesEveryProblemWithItsPath() {
        String json = CoproductionJson.write(CaseStudies.byId("direct-payments-board"))
                .replace("\"chairs\" : [ \"p-001\", \"d-001\" ]", "\"chairs\" : [ \"p-001\", \"d-999\" ]")
                .replace("\"projectId\" : \"making-it-real\"", "\"projectId\" : \"making-it-unreal\"");
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json, CoproductionRecord.class));
        assertEquals(List.of(
                        "projects[0].governance.chairs[1]: must name a participant in this record, was \"d-999\"",
                        "feedbackItems[5].projectId: must name a project in this record, was \"making-it-unreal\""),
                e.violations().stream().map(v -> v.message()).collect(Collectors.toList()));
    }
}
