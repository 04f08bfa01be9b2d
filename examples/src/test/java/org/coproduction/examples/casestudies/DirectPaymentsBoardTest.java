package org.coproduction.examples.casestudies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackStatus;
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
        // The blog names three people who use Direct Payments as equal to three managers and staff: 3 of 6.
        assertEquals(3, board.livedExperienceShare("direct-payments-board").livedExperience());
        assertEquals(6, board.livedExperienceShare("direct-payments-board").votingMembers());
    }

    @Test
    void threeTaskAndFinishGroupsFromTheTablePlusTwoWorkingGroups() {
        List<String> groups = board.projects().stream()
                .filter(p -> p.parentId().filter("direct-payments-board"::equals).isPresent())
                .map(p -> p.id()).collect(Collectors.toList());
        assertEquals(List.of("dp-finances", "dp-support-planning", "dp-personal-assistants", "dp-communication",
                "dp-policy"), groups);
    }

    @Test
    void theTableHasSevenRowsAndOneIsStillInProgress() {
        assertEquals(7, board.feedbackItems().size());
        // Only the guide row is still being worked on ("now being re-thought in the light of Covid-19").
        assertEquals(List.of("sh-7-guide"), board.openFeedback().stream().map(FeedbackItem::id)
                .collect(Collectors.toList()));
        assertEquals(FeedbackStatus.IN_PROGRESS, board.feedbackItem("sh-7-guide").orElseThrow().status());
        assertEquals(6, board.closedFeedback().size());
        FeedbackItem directPayments = board.feedbackItem("sh-3-direct-payments").orElseThrow();
        assertEquals(2, directPayments.actions().size());
        assertEquals(3, directPayments.outcomes().size());
    }

    @Test
    void developmentDaysCountedWithoutAttendanceRecords() {
        assertEquals(185, board.activity("dp-development-days").orElseThrow().headcount().orElseThrow());
    }
}
