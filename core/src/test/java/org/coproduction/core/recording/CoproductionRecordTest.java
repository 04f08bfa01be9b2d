package org.coproduction.core.recording;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.feedback.CouldNotDo;
import org.coproduction.core.feedback.FeedbackAction;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.feedback.FeedbackStatus;
import org.coproduction.core.feedback.ReasonCategory;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.AccessNeed;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.Phase;
import org.coproduction.core.project.PhaseType;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.project.RungChange;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CoproductionRecordTest {

    private static Participant person(String id, ParticipantRole role, AccessNeed... needs) {
        return Participant.builder().id(id).addRole(role).involvement(InvolvementLevel.REGULAR_MEMBER)
                .addAccessNeeds(needs).consent(Consent.given(PartialDate.parse("2024-01"), "board and its groups"))
                .build();
    }

    private static Attendance attends(String who, String activity, int minutes, int preparation, int travel, boolean chaired) {
        return Attendance.builder().participantId(who).activityId(activity).minutes(minutes)
                .preparationMinutes(preparation).travelMinutes(travel).chaired(chaired).build();
    }

    private static Activity activity(String id, String project, String date, Rung rung, Attendance... attendance) {
        return Activity.builder().id(id).projectId(project).type(ActivityType.MEETING).date(PartialDate.parse(date))
                .rung(rung).setting(Setting.IN_PERSON).durationMinutes(180).addAttendance(attendance).build();
    }

    private static Project board() {
        return Project.builder().id("board").title("Direct Payments Board").kind(ProjectKind.BOARD)
                .purpose("Improve Direct Payments together").start(PartialDate.parse("2024-01"))
                .currentRung(Rung.CO_PRODUCTION).targetRung(Rung.CO_PRODUCTION)
                .addPhase(Phase.builder().type(PhaseType.GATHER_AND_ANALYSE_EVIDENCE).start(PartialDate.parse("2024-01-10"))
                        .end(PartialDate.parse("2024-02-20")).build())
                .addRungChange(RungChange.builder().on(PartialDate.parse("2024-03-01")).from(Rung.CO_DESIGN)
                        .to(Rung.CO_PRODUCTION).reason("co-chaired by an expert by experience").build())
                .governance(Governance.builder().addChairs("p-001", "s-001").addVotingMembers("p-001", "p-002", "p-003", "s-001")
                        .build())
                .build();
    }

    private static Project finances() {
        return Project.builder().id("finances").title("Finances task-and-finish group").kind(ProjectKind.TASK_AND_FINISH_GROUP)
                .parentId("board").purpose("Make Direct Payment finances clearer").currentRung(Rung.CO_DESIGN)
                .targetRung(Rung.CO_PRODUCTION).build();
    }

    private static FeedbackItem understood() {
        return FeedbackItem.builder().id("f-001").projectId("board").youSaid("Direct Payments are not well understood")
                .addRaisedBy("p-002").addRaisedAt("a-001").raisedOn(PartialDate.parse("2024-02-05"))
                .addAction(FeedbackAction.builder().weDid("Three task-and-finish groups").owner("Direct Payments Board")
                        .decidedAt("a-002").startedOn(PartialDate.parse("2024-03-04"))
                        .completedOn(PartialDate.parse("2024-05")).build())
                .addOutcome(FeedbackOutcome.builder().resultedIn("A quarterly newsletter")
                        .on(PartialDate.parse("2024-06")).build())
                .build();
    }

    private static CoproductionRecord.Builder record() {
        return CoproductionRecord.builder().id("dp").title("Direct Payments")
                .addParticipant(person("p-001", ParticipantRole.LIVED_EXPERIENCE, AccessNeed.EASY_READ, AccessNeed.BREAKS))
                .addParticipant(person("p-002", ParticipantRole.UNPAID_CARER, AccessNeed.EASY_READ))
                .addParticipant(person("p-003", ParticipantRole.PERSONAL_ASSISTANT, AccessNeed.BSL))
                .addParticipant(person("s-001", ParticipantRole.MANAGER))
                .addProject(board()).addProject(finances())
                .addActivity(activity("a-001", "board", "2024-02-05", Rung.CONSULTATION,
                        attends("p-001", "a-001", 120, 30, 40, true), attends("p-002", "a-001", 90, 0, 20, false),
                        attends("p-003", "a-001", 120, 0, 0, false)))
                .addActivity(activity("a-002", "board", "2024-03-04", Rung.CO_PRODUCTION,
                        attends("p-001", "a-002", 150, 45, 40, true), attends("s-001", "a-002", 150, 0, 0, true)))
                .addActivity(activity("a-003", "finances", "2024-04", Rung.CO_DESIGN,
                        attends("p-002", "a-003", 60, 15, 20, false)))
                .addFeedbackItem(understood());
    }

    @Test
    void crossReferencesAreCheckedWithFullPathsWhenReadFromJson() {
        String json = CoproductionJson.write(record().build())
                .replace("\"participantId\" : \"p-003\"", "\"participantId\" : \"p-999\"")
                .replace("\"projectId\" : \"finances\"", "\"projectId\" : \"nowhere\"")
                .replace("\"decidedAt\" : \"a-002\"", "\"decidedAt\" : \"a-404\"")
                .replace("\"minutes\" : 90", "\"minutes\" : -30");
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json, CoproductionRecord.class));
        // A broken object stops the document being read; its own rules are reported with the JSON path.
        assertEquals(List.of("activities[0].attendance[1].minutes: must not be negative, was -30"),
                e.violations().stream().map(v -> v.message()).collect(Collectors.toList()));
        ValidationException refs = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json.replace("\"minutes\" : -30", "\"minutes\" : 90"), CoproductionRecord.class));
        assertEquals(List.of(
                        "activities[0].attendance[2].participantId: must name a participant in this record, was \"p-999\"",
                        "activities[2].projectId: must name a project in this record, was \"nowhere\"",
                        "feedbackItems[0].actions[0].decidedAt: must name an activity in this record, was \"a-404\""),
                refs.violations().stream().map(v -> v.message()).collect(Collectors.toList()));
    }

    @Test
    void validRecordReadsBackEqual() {
        CoproductionRecord built = record().build();
        assertEquals(built, CoproductionJson.read(CoproductionJson.write(built), CoproductionRecord.class));
    }

    @Test
    void uniqueIdsParentsAndGovernanceMembers() {
        Project orphan = Project.builder().from(finances()).id("orphan").parentId("missing").build();
        Project loopA = Project.builder().from(finances()).id("loop-a").parentId("loop-b").build();
        Project loopB = Project.builder().from(finances()).id("loop-b").parentId("loop-a").build();
        Project ghostChair = Project.builder().from(board()).id("ghost")
                .governance(Governance.builder().addChair("p-404").addAdviser("p-405").build()).build();
        assertViolations(() -> record().addParticipant(person("p-001", ParticipantRole.ADVOCATE))
                        .addProjects(orphan, loopA, loopB, ghostChair).build(),
                "participants[4].id: must be unique (same as participants[0]), was \"p-001\"",
                "projects[2].parentId: must name a project in this record, was \"missing\"",
                "projects[3].parentId: must not make the project its own ancestor, was \"loop-b\"",
                "projects[4].parentId: must not make the project its own ancestor, was \"loop-a\"",
                "projects[5].governance.chairs[0]: must name a participant in this record, was \"p-404\"",
                "projects[5].governance.advisers[0]: must name a participant in this record, was \"p-405\"");
    }

    @Test
    void feedbackReferencesMustResolve() {
        FeedbackItem stray = FeedbackItem.builder().id("f-002").projectId("elsewhere").youSaid("x").addRaisedBy("p-404")
                .addRaisedAt("a-404").raisedOn(PartialDate.parse("2024")).build();
        assertViolations(() -> record().addFeedbackItem(stray).build(),
                "feedbackItems[1].projectId: must name a project in this record, was \"elsewhere\"",
                "feedbackItems[1].raisedBy[0]: must name a participant in this record, was \"p-404\"",
                "feedbackItems[1].raisedAt[0]: must name an activity in this record, was \"a-404\"");
    }

    @Test
    void noAttendanceBeforeConsentIsGiven() {
        // p-002 attended a-001 on 2024-02-05. Consent given in March 2024 comes after it: refused, like attendance
        // after withdrawal. Consent given in February 2024 might have come first (the month is not exact): kept.
        Participant late = Participant.builder().from(person("p-002", ParticipantRole.UNPAID_CARER))
                .consent(Consent.given(PartialDate.parse("2024-03"), "board and its groups")).build();
        assertViolations(() -> CoproductionRecord.builder().from(record().build())
                        .participants(List.of(person("p-001", ParticipantRole.LIVED_EXPERIENCE), late,
                                person("p-003", ParticipantRole.PERSONAL_ASSISTANT), person("s-001", ParticipantRole.MANAGER)))
                        .build(),
                "activities[0].attendance[1].participantId: cannot attend an activity dated 2024-02-05, before their "
                        + "consent was given on 2024-03, was \"p-002\"");
        Participant sameMonth = Participant.builder().from(late)
                .consent(Consent.given(PartialDate.parse("2024-02"), "board and its groups")).build();
        CoproductionRecord.builder().from(record().build()).participants(List.of(person("p-001", ParticipantRole.LIVED_EXPERIENCE),
                sameMonth, person("p-003", ParticipantRole.PERSONAL_ASSISTANT), person("s-001", ParticipantRole.MANAGER))).build();
    }

    @Test
    void noAttendanceAfterConsentIsWithdrawnButEarlierRecordsStay() {
        Participant withdrawn = person("p-002", ParticipantRole.UNPAID_CARER).withConsentWithdrawn(LocalDate.of(2024, 3, 10));
        CoproductionRecord.Builder b = CoproductionRecord.builder().from(record().build())
                .participants(List.of(person("p-001", ParticipantRole.LIVED_EXPERIENCE), withdrawn,
                        person("p-003", ParticipantRole.PERSONAL_ASSISTANT), person("s-001", ParticipantRole.MANAGER)));
        // p-002 attended a-001 on 2024-02-05 (before: stays) and a-003 in April 2024 (after: rejected).
        assertViolations(b::build, "activities[2].attendance[0].participantId: cannot attend an activity dated 2024-04, "
                + "after their consent was withdrawn on 2024-03-10, was \"p-002\"");
        CoproductionRecord kept = b.activities(record().build().activities().subList(0, 2)).build();
        assertEquals(List.of("a-001"), kept.involvement("p-002").activityIds());
        // Attending on the day of withdrawal is allowed; a month that straddles the withdrawal day is not.
        Participant sameDay = person("p-002", ParticipantRole.UNPAID_CARER).withConsentWithdrawn(LocalDate.of(2024, 4, 30));
        CoproductionRecord.builder().from(record().build()).participants(List.of(person("p-001", ParticipantRole.LIVED_EXPERIENCE),
                sameDay, person("p-003", ParticipantRole.PERSONAL_ASSISTANT), person("s-001", ParticipantRole.MANAGER))).build();
        Participant midMonth = person("p-002", ParticipantRole.UNPAID_CARER).withConsentWithdrawn(LocalDate.of(2024, 4, 29));
        assertThrows(ValidationException.class, () -> CoproductionRecord.builder().from(record().build())
                .participants(List.of(person("p-001", ParticipantRole.LIVED_EXPERIENCE), midMonth,
                        person("p-003", ParticipantRole.PERSONAL_ASSISTANT), person("s-001", ParticipantRole.MANAGER)))
                .build());
    }

    @Test
    void timelineListsDatedEventsInOrder() {
        List<String> timeline = record().build().timeline("board").stream()
                .map(e -> e.date() + " " + e.kind().id() + " " + e.reference()).collect(Collectors.toList());
        assertEquals(List.of(
                "2024-01 project-started board",
                "2024-01-10 phase-started gather-and-analyse-evidence",
                "2024-02-05 activity a-001",
                "2024-02-05 feedback-raised f-001",
                "2024-02-20 phase-ended gather-and-analyse-evidence",
                "2024-03-01 rung-changed board",
                "2024-03-04 activity a-002",
                "2024-03-04 action-started f-001",
                "2024-05 action-completed f-001",
                "2024-06 outcome f-001"), timeline);
        assertThrows(NoSuchElementException.class, () -> record().build().timeline("nope"));
    }

    @Test
    void involvementAddsUpTimeAndRungs() {
        Involvement p1 = record().build().involvement("p-001");
        assertEquals(List.of("a-001", "a-002"), p1.activityIds());
        // 120 + 150 = 270 minutes = 4.5 hours; preparation 30 + 45; travel 40 + 40; chaired both.
        assertEquals(270, p1.minutes());
        assertEquals(new BigDecimal("4.50"), p1.hours());
        assertEquals(75, p1.preparationMinutes());
        assertEquals(80, p1.travelMinutes());
        assertEquals(2, p1.activitiesChaired());
        assertEquals(List.of(RungTime.of(Rung.CONSULTATION, 1, 120), RungTime.of(Rung.CO_PRODUCTION, 1, 150)), p1.byRung());
        assertEquals(Set.of(Rung.CONSULTATION, Rung.CO_PRODUCTION), p1.rungs());
        // 90 minutes is 1.5 hours; p-002 took part at consultation and co-design.
        Involvement p2 = record().build().involvement("p-002");
        assertEquals(new BigDecimal("2.50"), p2.hours()); // 90 + 60 = 150 minutes
        assertEquals(Set.of(Rung.CONSULTATION, Rung.CO_DESIGN), p2.rungs());
    }

    @Test
    void accessSummaryCountsWithoutNamingAnyone() {
        AccessSummary a1 = record().build().accessSummary("a-001");
        // p-001 Easy Read + breaks, p-002 Easy Read, p-003 BSL.
        assertEquals(3, a1.attendees());
        assertEquals(2, a1.count(AccessNeed.EASY_READ));
        assertEquals(1, a1.count(AccessNeed.BSL));
        assertEquals(1, a1.count(AccessNeed.BREAKS));
        assertEquals(0, a1.count(AccessNeed.BRAILLE));
        String json = CoproductionJson.write(a1);
        assertFalse(json.contains("p-00"), json);
        assertViolations(() -> AccessSummary.builder().activityId("a").attendees(1).putNeed(AccessNeed.BSL, 2).build(),
                "needs.bsl: must be from 1 to the number of attendees 1, was 2");
    }

    @Test
    void feedbackQueries() {
        FeedbackItem raised = FeedbackItem.builder().id("f-002").projectId("board").youSaid("Evening sessions please")
                .raisedByGroup("members who work").raisedOn(PartialDate.parse("2024-03-04")).build();
        FeedbackItem cannot = FeedbackItem.builder().id("f-003").youSaid("Release an advocacy worker")
                .raisedByGroup("a local team").raisedOn(PartialDate.parse("2024-03"))
                .couldNot(CouldNotDo.builder().reason(ReasonCategory.MONEY)
                        .because("the advocacy contract has no room for non-statutory work").build())
                .build();
        FeedbackItem explained = FeedbackItem.builder().from(cannot).id("f-004")
                .couldNot(CouldNotDo.builder().from(cannot.couldNot().orElseThrow())
                        .explainedBackOn(PartialDate.parse("2024-04-02")).build()).build();
        CoproductionRecord r = record().addFeedbackItems(raised, cannot, explained).build();
        assertEquals(List.of("f-002"), ids(r.openFeedback()));
        assertEquals(List.of("f-001", "f-004"), ids(r.closedFeedback()));
        assertEquals(List.of("f-003"), ids(r.notYetExplainedBack()));
        assertEquals(List.of("f-003"), ids(r.feedbackWithStatus(Set.of(FeedbackStatus.COULD_NOT_NOT_YET_EXPLAINED))));
        // 90 days after 2024-03-04 is 2024-06-02; after 2024-03-31 (last day of March) is 2024-06-29.
        assertEquals(List.of(), ids(r.overdueFeedback(LocalDate.of(2024, 6, 2), 90)));
        assertEquals(List.of("f-002"), ids(r.overdueFeedback(LocalDate.of(2024, 6, 3), 90)));
        assertEquals(List.of("f-002", "f-003"), ids(r.overdueFeedback(LocalDate.of(2024, 6, 30), 90)));
        assertThrows(IllegalArgumentException.class, () -> r.overdueFeedback(LocalDate.of(2024, 6, 30), -1));
    }

    @Test
    void feedbackTracesToWhereItWasRaisedAndDecided() {
        CoproductionRecord r = record().build();
        assertEquals(List.of("a-001"), r.whereRaised("f-001").stream().map(Activity::id).collect(Collectors.toList()));
        assertEquals(List.of("a-002"), r.whereDecided("f-001").stream().map(Activity::id).collect(Collectors.toList()));
    }

    @Test
    void livedExperienceShareOfTheBoard() {
        // Voting members p-001 (lived experience), p-002 (carer), p-003 (personal assistant), s-001 (manager):
        // 2 of 4 bring lived experience, 50%, short of the 75% a user-led organisation needs.
        CoproductionRecord r = record().build();
        assertEquals(2, r.livedExperienceShare("board").livedExperience());
        assertFalse(r.livedExperienceShare("board").meets(new BigDecimal("0.75")));
        assertTrue(r.livedExperienceShare("board").meets(new BigDecimal("0.5")));
        assertThrows(NoSuchElementException.class, () -> r.livedExperienceShare("finances"));
    }

    @Test
    void wantedInvolvementIsComparedWithWhatIsRecorded() {
        // Everyone in record() asked to be a regular member. p-001 chairs a-001 and a-002 and co-chairs the board;
        // s-001 chairs a-002 and co-chairs the board: both are above the step they asked for. p-002 and p-003
        // chair nothing.
        CoproductionRecord base = record().build();
        assertEquals(List.of(
                        "participants[0]: p-001 asked to be a regular member but is recorded chairing activities a-001, "
                                + "a-002 and groups board: check the level they want, or the record "
                                + "[chaired-without-asking-to-lead]",
                        "participants[3]: s-001 asked to be a regular member but is recorded chairing activities a-002 "
                                + "and groups board: check the level they want, or the record "
                                + "[chaired-without-asking-to-lead]"),
                base.involvementFindings().stream().map(Object::toString).collect(Collectors.toList()));
        // p-003 asks to lead but attended only a-001, at consultation; p-002 asks to lead and also attended a-003,
        // at co-design, so is not "only consulted". p-001 asks only to be kept informed.
        Participant p001 = Participant.builder().from(person("p-001", ParticipantRole.LIVED_EXPERIENCE))
                .involvement(InvolvementLevel.KEEP_INFORMED).build();
        Participant p002 = Participant.builder().from(person("p-002", ParticipantRole.UNPAID_CARER))
                .involvement(InvolvementLevel.LEAD).build();
        Participant p003 = Participant.builder().from(person("p-003", ParticipantRole.PERSONAL_ASSISTANT))
                .involvement(InvolvementLevel.LEAD).build();
        Participant s001 = Participant.builder().from(person("s-001", ParticipantRole.MANAGER))
                .involvement(InvolvementLevel.LEAD).build();
        CoproductionRecord changed = CoproductionRecord.builder().from(base)
                .participants(List.of(p001, p002, p003, s001)).build();
        assertEquals(List.of("participants[0] chaired-without-asking-to-lead", "participants[2] asked-to-lead-but-only-consulted"),
                changed.involvementFindings().stream().map(f -> f.path() + " " + f.code()).collect(Collectors.toList()));
        assertTrue(changed.involvementFindings().get(0).message().startsWith("p-001 asked only to be kept informed"));
        assertTrue(changed.involvementFindings().stream()
                .allMatch(f -> f.source().reference().contains("Adult Support and Protection")));
    }

    @Test
    void findingsAsOfADayAddTermsOfReferenceOverdueForReview() {
        Project reviewed = Project.builder().from(board()).termsOfReference(org.coproduction.core.project.TermsOfReference
                .builder().purpose("Improve Direct Payments together").version("2")
                .nextReview(PartialDate.parse("2025-08")).build()).build();
        CoproductionRecord r = CoproductionRecord.builder().from(record().build())
                .projects(List.of(reviewed, finances())).build();
        // Two involvement findings (p-001 and s-001 chair without asking to lead), then the board's terms, due
        // by the end of August 2025.
        assertEquals(List.of("participants[0]", "participants[3]"),
                r.findings(LocalDate.of(2025, 8, 31)).stream().map(f -> f.path()).collect(Collectors.toList()));
        assertEquals(List.of("participants[0]", "participants[3]", "projects[0].termsOfReference"),
                r.findings(LocalDate.of(2025, 9, 1)).stream().map(f -> f.path()).collect(Collectors.toList()));
    }

    @Test
    void userLedOrganisationsHaveUniqueNamesAndTheirFindingsAreTheRecords() {
        var ulo = org.coproduction.core.participant.UserLedOrganisation.builder().name("Launchpad")
                .votingBoardMembers(4).votingBoardMembersFromConstituency(3).build();
        assertViolations(() -> record().addUserLedOrganisations(ulo, ulo).build(),
                "userLedOrganisations[1].name: must be unique (same as userLedOrganisations[0]), was \"Launchpad\"");
        // 3 of 4 meets the 75% rule; the seven other criteria are not recorded as met.
        CoproductionRecord r = record().addUserLedOrganisation(ulo).build();
        List<String> paths = r.findings(LocalDate.of(2025, 1, 1)).stream().map(f -> f.path())
                .filter(p -> p.startsWith("userLedOrganisations")).collect(Collectors.toList());
        assertEquals(7, paths.size());
        assertTrue(paths.stream().allMatch("userLedOrganisations[0]"::equals));
    }

    private static List<String> ids(List<FeedbackItem> items) {
        return items.stream().map(FeedbackItem::id).collect(Collectors.toList());
    }
}
