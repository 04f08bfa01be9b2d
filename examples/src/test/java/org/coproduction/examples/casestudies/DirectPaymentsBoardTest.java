package org.coproduction.examples.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.feedback.FeedbackItem;
import java.util.Set;
import java.util.stream.Stream;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recording.CoproductionRecord;
import org.junit.jupiter.api.Test;

/** Expectations argued from Shropshire Council's Coproduction Week reflection and Experts by Experience table. */
class DirectPaymentsBoardTest {

    private final CoproductionRecord board = CaseStudies.read("direct-payments-board");

    @Test
    void coChairedByAnExpertByExperienceAndTheDirector() {
        var governance = board.project("direct-payments-board").orElseThrow().governance().orElseThrow();
        assertTrue(governance.isCoChaired());
        assertTrue(board.participant(governance.chairs().get(0)).orElseThrow().hasLivedExperience());
        // The blog names three people who use Direct Payments as equal to three managers and staff, and the table
        // names the Director as the other co-chair; the record counts all seven as voting (its stated assumption).
        assertEquals(3, board.livedExperienceShare("direct-payments-board").livedExperience());
        assertEquals(7, board.livedExperienceShare("direct-payments-board").votingMembers());
        assertTrue(governance.votingMembers().containsAll(governance.chairs()), "no co-chair is recorded as non-voting");
    }

    @Test
    void threeTaskAndFinishGroupsFromTheTablePlusTwoWorkingGroups() {
        List<String> groups = board.projects().stream()
                .filter(p -> p.parentId().filter("direct-payments-board"::equals).isPresent())
                .map(p -> p.id()).collect(Collectors.toList());
        assertEquals(List.of("dp-finances", "dp-support-planning", "dp-personal-assistants", "dp-communication",
                "dp-policy"), groups);
        // The table: "three Task and Finish groups to review ... Finances. Support Planning. Recruitment & Support
        // of PAs"; the reflection adds good communication and the policy among "a series of working groups".
        List<String> taskAndFinish = board.projects().stream().filter(p -> p.kind() == ProjectKind.TASK_AND_FINISH_GROUP)
                .map(p -> p.id()).collect(Collectors.toList());
        assertEquals(List.of("dp-finances", "dp-support-planning", "dp-personal-assistants"), taskAndFinish);
        assertEquals(ProjectKind.WORKING_GROUP, board.project("dp-policy").orElseThrow().kind());
    }

    @Test
    void theStaffTheBlogNamesAreNotSplitIntoRolesItDoesNotGive() {
        // "Tanya, Chris and Rob, managers and staff who look after the system": one role for all three.
        assertEquals(Set.of(ParticipantRole.MANAGER), Stream.of("s-001", "s-002", "s-003")
                .flatMap(id -> board.participant(id).orElseThrow().roles().stream()).collect(Collectors.toSet()));
        // The sources give the board no scope, impact or commissioning stage.
        Project project = board.project("direct-payments-board").orElseThrow();
        assertTrue(project.scope().isEmpty() && project.impact().isEmpty() && project.commissioningStages().isEmpty());
    }

    @Test
    void theTableHasSevenRowsEachWithAResult() {
        // Seven "Experts by Experience said" rows (lines 24, 28, 32, 39, 42, 45 and 48 of the source text).
        assertEquals(7, board.feedbackItems().size());
        // Every row has a "Which resulted in" cell. The guide row's cell is one cell, "Guide finalised / now being
        // re-thought in the light of Covid-19": one result, not a finished action and an unfinished one.
        assertEquals(List.of(), board.openFeedback());
        FeedbackItem guide = board.feedbackItem("sh-7-guide").orElseThrow();
        assertEquals(1, guide.actions().size());
        assertEquals(List.of("Guide finalised / now being re-thought in the light of Covid-19."),
                guide.outcomes().stream().map(o -> o.resultedIn()).collect(Collectors.toList()));
        assertEquals(7, board.closedFeedback().size());
        FeedbackItem directPayments = board.feedbackItem("sh-3-direct-payments").orElseThrow();
        assertEquals(2, directPayments.actions().size());
        assertEquals(3, directPayments.outcomes().size());
    }

    @Test
    void developmentDaysCountedWithoutAttendanceRecords() {
        assertEquals(185, board.activity("dp-development-days").orElseThrow().headcount().orElseThrow());
    }
}
