package org.coproduction.core.feedback;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * The loop and its derived status. Texts follow Shropshire's "Experts by Experience said → This led to →
 * Which resulted in" table.
 */
class FeedbackItemTest {

    private static final FeedbackAction BOARD = FeedbackAction.builder()
            .weDid("A Direct Payments Board co-chaired by an expert by experience and the Director")
            .owner("Director of Adult Social Care").startedOn(PartialDate.parse("2019")).build();

    private static FeedbackItem.Builder raised() {
        return FeedbackItem.builder().id("f-001").youSaid("Direct Payments are not well understood")
                .raisedByGroup("experts by experience").raisedOn(PartialDate.parse("2019-03-01"));
    }

    private static CouldNotDo couldNot(boolean explained) {
        CouldNotDo.Builder b = CouldNotDo.builder().reason(ReasonCategory.MONEY)
                .because("the advocacy contract has no room for non-statutory work");
        if (explained) {
            b.explainedBackOn(PartialDate.parse("2019-04-10"));
        }
        return b.build();
    }

    @Test
    void statusIsDerivedFromWhatIsRecorded() {
        assertEquals(FeedbackStatus.RAISED, raised().build().status());
        assertEquals(FeedbackStatus.IN_PROGRESS, raised().addAction(BOARD).build().status());
        FeedbackAction done = FeedbackAction.builder().from(BOARD).completedOn(PartialDate.UNKNOWN).build();
        assertEquals(FeedbackStatus.RESULTED, raised().addAction(done)
                .addOutcome(FeedbackOutcome.of("An in-house Direct Payments support team")).build().status());
        // An outcome while an action is still under way: Shropshire's guide, "finalised / now being re-thought
        // in the light of Covid-19".
        assertEquals(FeedbackStatus.IN_PROGRESS, raised().addActions(done, BOARD)
                .addOutcome(FeedbackOutcome.of("Guide finalised")).build().status());
        assertEquals(FeedbackStatus.COULD_NOT_NOT_YET_EXPLAINED, raised().couldNot(couldNot(false)).build().status());
        assertEquals(FeedbackStatus.COULD_NOT_EXPLAINED, raised().couldNot(couldNot(true)).build().status());
        assertTrue(FeedbackStatus.COULD_NOT_EXPLAINED.isClosed());
        assertFalse(FeedbackStatus.COULD_NOT_NOT_YET_EXPLAINED.isClosed());
        assertFalse(FeedbackStatus.COULD_NOT_NOT_YET_EXPLAINED.isOpen());
    }

    @Test
    void overdueCountsDaysFromTheLastPossibleRaisingDay() {
        FeedbackItem item = raised().build();
        // Raised 2019-03-01; 30 days later is 2019-03-31, so it is overdue from 2019-04-01.
        assertFalse(item.isOverdue(LocalDate.of(2019, 3, 31), 30));
        assertTrue(item.isOverdue(LocalDate.of(2019, 4, 1), 30));
        // Known only to the month March 2019: the last day it could have been raised is 2019-03-31.
        FeedbackItem march = raised().raisedOn(PartialDate.parse("2019-03")).build();
        assertFalse(march.isOverdue(LocalDate.of(2019, 4, 30), 30));
        assertTrue(march.isOverdue(LocalDate.of(2019, 5, 1), 30));
        // An item the source gives no date for is never certainly overdue.
        assertFalse(raised().raisedOn(PartialDate.UNKNOWN).build().isOverdue(LocalDate.of(2030, 1, 1), 30));
        // A closed loop is never overdue.
        assertFalse(raised().couldNot(couldNot(true)).build().isOverdue(LocalDate.of(2030, 1, 1), 30));
        assertThrows(IllegalArgumentException.class, () -> item.isOverdue(LocalDate.of(2020, 1, 1), -1));
    }

    @Test
    void loopRulesAreReportedTogether() {
        assertViolations(() -> FeedbackItem.builder().id("f 1").youSaid("").raisedOn(PartialDate.parse("2020"))
                        .addOutcome(FeedbackOutcome.of("a newsletter")).couldNot(couldNot(false)).build(),
                "youSaid: must not be blank, was \"\"",
                "id: must be 1 to 64 letters, digits or . _ : - starting with a letter or digit (the value is not shown: it may be a name)",
                "raisedBy: must name who raised it: participant ids in raisedBy or a description in raisedByGroup",
                "outcomes: need at least one action they resulted from, was 1",
                "couldNot: must be absent when outcomes are recorded: an item either resulted in something or could not be done");
    }

    @Test
    void answersCannotComeBeforeTheItemWasRaised() {
        assertViolations(() -> raised().addAction(FeedbackAction.builder().weDid("x").owner("y")
                                .startedOn(PartialDate.parse("2018")).completedOn(PartialDate.parse("2019-02")).build())
                        .couldNot(CouldNotDo.builder().reason(ReasonCategory.TIME).because("deadline")
                                .explainedBackOn(PartialDate.parse("2019-02-28")).build()).build(),
                "actions[0].startedOn: must not be before the item was raised on 2019-03-01, was 2018",
                "actions[0].completedOn: must not be before the item was raised on 2019-03-01, was 2019-02",
                "couldNot.explainedBackOn: must not be before the item was raised on 2019-03-01, was 2019-02-28");
    }

    @Test
    void outcomesCannotBeDatedBeforeTheItemWasRaised() {
        // Raised on 1 March 2019: an outcome on 28 February 2019, or in 2018, is certainly earlier and refused;
        // one in "2019-03" (possibly on or after 1 March) or undated is kept.
        FeedbackAction done = FeedbackAction.builder().from(BOARD).completedOn(PartialDate.parse("2019-06")).build();
        assertViolations(() -> raised().addAction(done)
                        .addOutcome(FeedbackOutcome.builder().resultedIn("a board").on(PartialDate.parse("2019-02-28"))
                                .build())
                        .addOutcome(FeedbackOutcome.of("a leaflet"))
                        .addOutcome(FeedbackOutcome.builder().resultedIn("a web page").on(PartialDate.parse("2018"))
                                .build())
                        .build(),
                "outcomes[0].on: must not be before the item was raised on 2019-03-01, was 2019-02-28",
                "outcomes[2].on: must not be before the item was raised on 2019-03-01, was 2018");
        FeedbackItem sameMonth = raised().addAction(done)
                .addOutcome(FeedbackOutcome.builder().resultedIn("a board").on(PartialDate.parse("2019-03")).build())
                .build();
        assertEquals(FeedbackStatus.RESULTED, sameMonth.status());
    }

    @Test
    void peopleAreNotToldOfAnOutcomeBeforeItWasSeenOrTheItemRaised() {
        // Raised on 1 March 2019. Told back on 28 February 2019: before the item was raised and before the
        // outcome was seen in June 2019. Told back in "2019-06" with an outcome seen in June: possibly after.
        FeedbackAction done = FeedbackAction.builder().from(BOARD).completedOn(PartialDate.parse("2019-06")).build();
        assertViolations(() -> FeedbackOutcome.builder().resultedIn("a board").on(PartialDate.parse("2019-06"))
                        .toldBackOn(PartialDate.parse("2019-02-28")).build(),
                "toldBackOn: must not be before the outcome was seen on 2019-06, was 2019-02-28");
        assertViolations(() -> raised().addAction(done)
                        .addOutcome(FeedbackOutcome.builder().resultedIn("a board")
                                .toldBackOn(PartialDate.parse("2019-02-28")).build())
                        .build(),
                "outcomes[0].toldBackOn: must not be before the item was raised on 2019-03-01, was 2019-02-28");
        FeedbackOutcome told = FeedbackOutcome.builder().resultedIn("a board").on(PartialDate.parse("2019-06"))
                .toldBackOn(PartialDate.parse("2019-06")).build();
        assertEquals("Which resulted in: a board; told back 2019-06", told.toString());
    }

    @Test
    void actionRules() {
        assertViolations(() -> FeedbackAction.builder().weDid(" ").owner("team").decidedAt("board meeting")
                        .startedOn(PartialDate.parse("2020-05")).dueOn(PartialDate.parse("2020-04"))
                        .completedOn(PartialDate.parse("2020-01-01")).build(),
                "weDid: must not be blank, was \" \"",
                "decidedAt: must be 1 to 64 letters, digits or . _ : - starting with a letter or digit (the value is not shown: it may be a name)",
                "completedOn: must not be before startedOn 2020-05, was 2020-01-01",
                "dueOn: must not be before startedOn 2020-05, was 2020-04");
        // Completion in the same month as a month-precision start is allowed.
        FeedbackAction.builder().weDid("x").owner("y").startedOn(PartialDate.parse("2020-05"))
                .completedOn(PartialDate.parse("2020-05-01")).build();
    }

    @Test
    void couldNotAndOutcomeNeedText() {
        assertViolations(() -> CouldNotDo.builder().reason(ReasonCategory.LEGAL_DUTY).because("").build(),
                "because: must not be blank, was \"\"");
        assertViolations(() -> FeedbackOutcome.of(" "), "resultedIn: must not be blank, was \" \"");
    }
}
