package org.coproduction.core.activity;

import static org.coproduction.core.testing.Violated.assertViolations;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Currency;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static Activity.Builder valid() {
        return Activity.builder().id("a-001").projectId("inspire-forum").type(ActivityType.MEETING)
                .date(PartialDate.parse("2024-03-05")).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON);
    }

    private static Attendance attends(String who, String activity, int minutes) {
        return Attendance.builder().participantId(who).activityId(activity).minutes(minutes).build();
    }

    @Test
    void validActivityTotalsMinutes() {
        Activity a = valid().startTime(LocalTime.of(10, 0)).durationMinutes(120).venue("Extra Care scheme")
                .addAttendance(attends("p-001", "a-001", 120)).addAttendance(attends("p-002", "a-001", 90)).build();
        // 120 + 90, written out
        assertEquals(210, a.attendedMinutes());
    }

    @Test
    void everyActivityRuleIsReportedTogether() {
        assertViolations(() -> valid().date(PartialDate.parse("2023-10")).startTime(LocalTime.of(10, 0))
                        .durationMinutes(60).setting(Setting.ONLINE).venue("Town hall")
                        .addAttendance(attends("p-001", "a-002", 90))
                        .addAttendance(attends("p-001", "a-001", 30)).build(),
                "startTime: needs an exact date, but the date is only known to the month, was 10:00",
                "venue: is only for an in-person or hybrid activity, but the setting is online, was \"Town hall\"",
                "attendance[1].participantId: must be unique (same as attendance[0]), was \"p-001\"",
                "attendance[0].activityId: must be this activity's id \"a-001\", was \"a-002\"",
                "attendance[0].minutes: must not exceed the activity's duration of 60 minutes, was 90");
    }

    @Test
    void durationMustBePositiveAndHeadcountCoverTheRecords() {
        assertViolations(() -> valid().durationMinutes(0).headcount(0).addAttendance(attends("p-001", "a-001", 5))
                        .addNote(" ").build(),
                "durationMinutes: must be positive, was 0",
                "headcount: must not be fewer than the 1 attendance records, was 0",
                "notes[0]: must not be blank",
                "attendance[0].minutes: must not exceed the activity's duration of 0 minutes, was 5");
        assertEquals(185, valid().headcount(185).addNote("185 people came").build().headcount().orElseThrow());
    }

    @Test
    void anActivityWithoutSetLengthAcceptsAnyAttendance() {
        Activity diary = valid().type(ActivityType.EVALUATION_DIARY).setting(Setting.IN_WRITING)
                .date(PartialDate.parse("2012")).addAttendance(attends("p-001", "a-001", 600)).build();
        assertEquals(600, diary.attendedMinutes());
    }

    @Test
    void expenseClaimRules() {
        assertViolations(() -> ExpenseClaim.ofPounds(ExpenseCategory.TAXI, "-4.60", true),
                "amount: must be positive, was -4.60");
        assertViolations(() -> ExpenseClaim.ofPounds(ExpenseCategory.TAXI, "12.505", false),
                "amount: must have at most 2 decimal places for GBP, was 12.505");
        assertViolations(() -> ExpenseClaim.builder().category(ExpenseCategory.PARKING).amount(new BigDecimal("300"))
                        .currency(Currency.getInstance("JPY")).receiptAttached(true).note("").build(),
                "note: must not be blank when present");
        // Trailing zeros are not extra precision: 4.600 is 4.60.
        assertEquals(new BigDecimal("4.600"), ExpenseClaim.ofPounds(ExpenseCategory.MEALS, "4.600", true).amount());
    }
    @Test
    void ratingsAreOneToFiveStarsAndNoMoreThanThePeopleWhoTookPart() {
        assertViolations(() -> EventRating.builder().stars(6).comment(" ").build(), "stars: must be from 1 to 5, was 6",
                "comment: must not be blank when present");
        assertViolations(() -> EventRating.of(0), "stars: must be from 1 to 5, was 0");
        // Two attendance records and no headcount: three ratings are one too many; a headcount of 3 allows them.
        Activity.Builder two = valid().addAttendance(attends("p-001", "a-001", 60), attends("p-002", "a-001", 60))
                .addFeedback(EventRating.of(5), EventRating.of(5), EventRating.builder().stars(4).comment("Good").build());
        assertViolations(two::build, "feedback: must not hold more ratings than the 2 people who took part, was 3");
        Activity three = two.headcount(3).build();
        assertEquals(three, org.coproduction.core.json.CoproductionJson.read(
                org.coproduction.core.json.CoproductionJson.write(three), Activity.class));
    }
}
