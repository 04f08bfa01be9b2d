package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.claim;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.Fixtures.timed;
import static org.coproduction.core.recompense.StatementRulesTest.MON;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.coproduction.core.recompense.StatementRulesTest.june;
import static org.coproduction.core.recompense.StatementRulesTest.policy;
import static org.coproduction.core.recompense.StatementRulesTest.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 6: consent and time hold at every entry point of a statement, not only in a record's own
 * check. Attendance on a day consent did not cover is held with the reason (like a line no rule prices), and
 * attendances of one person that overlap across midnight are refused. Amounts are worked out by hand in the
 * comments, at the test policy's £20 an hour.
 */
class ConsentAndMidnightTest {

    private static final RecompensePolicy TWENTY = policy(schedule(hourly("20.00")).build());

    private static Participant withConsent(Consent consent) {
        return Participant.builder().from(contributor()).consent(consent).build();
    }

    /** Consent given on 1 January 2020 and withdrawn on Tuesday 3 June 2025. */
    private static Participant withdrawnOnTuesday() {
        return withConsent(Consent.given(PartialDate.of(LocalDate.of(2020, 1, 1)), "involvement work")
                .withdrawn(MON.plusDays(1)));
    }

    private static List<Activity> mondayToWednesday() {
        return List.of(activity("mon", ActivityType.MEETING, MON, attends("mon", 60).build()),
                activity("tue", ActivityType.MEETING, MON.plusDays(1), attends("tue", 60).build()),
                activity("wed", ActivityType.MEETING, MON.plusDays(2), attends("wed", 60)
                        .addExpense(claim(ExpenseCategory.PUBLIC_TRANSPORT, "4.60", true)).build()));
    }

    @Test
    void attendanceAfterConsentWasWithdrawnIsHeldWithTheReasonNotPaid() {
        PaymentStatement s = june(TWENTY, withdrawnOnTuesday(), mondayToWednesday().toArray(new Activity[0]));
        // Monday and Tuesday (the day of withdrawal is still covered): 2 × 1 h × £20 = £40.00; Wednesday held.
        assertEquals(Money.gbp("40.00"), s.paymentForTime());
        assertEquals(Money.gbp("40.00"), s.offeredForTime());
        StatementLine wednesday = s.lines().get(2);
        assertEquals(LineStatus.HELD, wednesday.status());
        assertEquals(Money.gbp("0.00"), wednesday.amount());
        assertEquals("consent was withdrawn on 3 June 2025, before this attendance; the organisation needs to"
                + " check the record before anything is paid for it", wednesday.reason().orElseThrow());
        assertEquals("Meeting on 4 June 2025: held, consent was withdrawn on 3 June 2025, before this attendance;"
                + " the organisation needs to check the record before anything is paid for it.",
                wednesday.explanation());
        // The bus fare of that day is held too, for the same reason, and shown as held: £4.60.
        StatementLine fare = s.lines().get(3);
        assertEquals(LineStatus.HELD, fare.status());
        assertEquals(Money.gbp("4.60"), s.heldExpenses());
        assertEquals(Money.gbp("0.00"), s.reimbursedExpenses());
    }

    @Test
    void everyEntryPointHoldsTheSameAttendance() {
        Participant person = withdrawnOnTuesday();
        PaymentStatement one = june(TWENTY, person, mondayToWednesday().toArray(new Activity[0]));
        PaymentStatement many = Recompense.statements(TWENTY, List.of(person, Fixtures.contributor("p-002")),
                mondayToWednesday(), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), StatementOptions.none())
                .get(person.id());
        assertEquals(one, many);
        assertEquals(LineStatus.HELD, many.lines().get(2).status());
    }

    @Test
    void attendanceBeforeConsentWasGivenIsHeldAndUsesNoCap() {
        // Consent given on Wednesday 4 June; a weekly cap of £30.
        RecompensePolicy capped = policy(schedule(hourly("20.00"))
                .caps(Caps.builder().perWeek(new BigDecimal("30.00")).build()).build());
        Participant person = withConsent(Consent.given(PartialDate.of(MON.plusDays(2)), "involvement work"));
        // The statement is for Wednesday, so Monday's and Tuesday's records are read only for the weekly cap.
        // Dated before consent, they are not paid and use none of it: Wednesday's 1 h × £20 = £20.00 is paid in
        // full (had they counted, £20 + £10 would have used the whole £30, leaving nothing).
        PaymentStatement s = Recompense.statement(capped, person, mondayToWednesday(), MON.plusDays(2),
                MON.plusDays(2));
        assertEquals(Money.gbp("20.00"), s.paymentForTime());
        // Over the whole week, Monday and Tuesday are held with the reason; only Wednesday's £20.00 is paid.
        PaymentStatement week = Recompense.statement(capped, person, mondayToWednesday(), MON, MON.plusDays(6));
        assertEquals(LineStatus.HELD, week.lines().get(0).status());
        assertEquals(LineStatus.HELD, week.lines().get(1).status());
        assertEquals("this attendance is dated before consent was given on 4 June 2025; the organisation needs to"
                + " check the record before anything is paid for it", week.lines().get(0).reason().orElseThrow());
        assertEquals(Money.gbp("20.00"), week.paymentForTime());
    }

    @Test
    void attendancesOverlappingAcrossMidnightAreRefused() {
        // 23:00 on Monday for 2 h runs to 01:00 on Tuesday; the 00:30 session on Tuesday starts inside it.
        Activity late = timed("a", ActivityType.MEETING, MON, LocalTime.of(23, 0), 120, attends("a", 120).build());
        Activity night = timed("b", ActivityType.WORKSHOP, MON.plusDays(1), LocalTime.of(0, 30), 90,
                attends("b", 90).build());
        ValidationException e = assertThrows(ValidationException.class,
                () -> june(TWENTY, contributor(), late, night));
        assertEquals(List.of("activities[1].attendance[0]: overlaps activities[0].attendance[0] (activities a and b"
                + " on 2025-06-02 and 2025-06-03): one person cannot attend both"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
        // Through the many-person entry point too.
        assertThrows(ValidationException.class, () -> Recompense.statements(TWENTY, List.of(contributor()),
                List.of(late, night), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), StatementOptions.none()));
    }

    @Test
    void attendancesMeetingAtMidnightOrOneAfterTheOtherAreAccepted() {
        // 23:00 to 01:00, then 01:00 to 02:30: they touch and do not overlap. 2 h + 1 h 30 min = 3.5 h × £20.
        Activity late = timed("a", ActivityType.MEETING, MON, LocalTime.of(23, 0), 120, attends("a", 120).build());
        Activity night = timed("b", ActivityType.WORKSHOP, MON.plusDays(1), LocalTime.of(1, 0), 90,
                attends("b", 90).build());
        assertEquals(Money.gbp("70.00"), june(TWENTY, contributor(), late, night).paymentForTime());
    }
}
