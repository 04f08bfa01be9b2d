package org.coproduction.core.recompense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.junit.jupiter.api.Test;

/** Invariants of statements over generated records (seeded; replay with -Dcoproduction.seed). */
class StatementPropertiesTest {

    /** Monday 7 October 2024: eight whole weeks follow inside every preset's dates. */
    private static final LocalDate START = LocalDate.of(2024, 10, 7);
    private static final LocalDate END = START.plusWeeks(8).minusDays(1);
    private static final ActivityType[] TYPES = ActivityType.values();
    private static final ExpenseCategory[] CATEGORIES = ExpenseCategory.values();
    private static final RecompensePreference[] PREFERENCES = {RecompensePreference.PAYMENT,
        RecompensePreference.VOUCHER, RecompensePreference.DECLINED, RecompensePreference.DONATION};

    private static final RecompensePolicy CAPPED = Fixtures.CAPPED_NIHR;

    /** A participant, a policy and their attendance over eight weeks. */
    static final class Case {
        final RecompensePolicy policy;
        final Participant participant;
        final List<Activity> activities;

        Case(RecompensePolicy policy, Participant participant, List<Activity> activities) {
            this.policy = policy;
            this.participant = participant;
            this.activities = activities;
        }

        @Override
        public String toString() {
            return policy.id() + " " + participant + " " + activities;
        }
    }

    private static Case generate(SplittableRandom random, List<RecompensePolicy> policies) {
        RecompensePolicy policy = policies.get(random.nextInt(policies.size()));
        Participant person = Fixtures.person(InvolvementLevel.values()[random.nextInt(InvolvementLevel.values().length)],
                PREFERENCES[random.nextInt(PREFERENCES.length)], ParticipantRole.LIVED_EXPERIENCE);
        int count = 1 + random.nextInt(12);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Attendance.Builder a = Fixtures.attends("a" + i, random.nextInt(301))
                    .preparationMinutes(random.nextInt(91)).travelMinutes(random.nextInt(61)).chaired(random.nextInt(5) == 0);
            int claims = random.nextInt(3);
            for (int k = 0; k < claims; k++) {
                a.addExpense(Fixtures.claim(CATEGORIES[random.nextInt(CATEGORIES.length)],
                        BigDecimal.valueOf(1 + random.nextInt(3000), 2).toPlainString(), random.nextBoolean()));
            }
            activities.add(Fixtures.activity("a" + i, TYPES[random.nextInt(TYPES.length)],
                    START.plusDays(random.nextInt(56)), a.build()));
        }
        return new Case(policy, person, activities);
    }

    private static PaymentStatement statement(Case c, List<Activity> activities, LocalDate from, LocalDate to) {
        return Recompense.statement(c.policy, c.participant, activities, from, to);
    }

    @Test
    void moreMinutesNeverPayLess() {
        List<RecompensePolicy> policies = new ArrayList<>(Recompense.presets());
        policies.add(CAPPED);
        Property.forAll(300, r -> generate(r, policies), c -> {
            PaymentStatement before = statement(c, c.activities, START, END);
            List<Activity> longer = new ArrayList<>(c.activities);
            int which = new Random(c.activities.size()).nextInt(longer.size());
            Activity a = longer.get(which);
            longer.set(which, a.withAttendance(
                    a.attendance().get(0)
                            .withMinutes(a.attendance().get(0).minutes() + 1 + which * 7)));
            PaymentStatement after = statement(c, longer, START, END);
            assertTrue(after.offeredForTime().compareTo(before.offeredForTime()) >= 0,
                    () -> "offered fell from " + before.offeredForTime() + " to " + after.offeredForTime());
            assertTrue(after.paymentForTime().plus(after.donated()).compareTo(
                    before.paymentForTime().plus(before.donated())) >= 0,
                    () -> "paid fell from " + before.paymentForTime() + " to " + after.paymentForTime());
        });
    }

    @Test
    void aPeriodsTotalsAreTheSumOfItsWeeksWhereNoCapApplies() {
        Property.forAll(200, r -> generate(r, Recompense.presets()), c -> {
            PaymentStatement whole = statement(c, c.activities, START, END);
            Money time = Money.zero(whole.currency());
            Money expenses = time;
            Money held = time;
            Money declined = time;
            Money donated = time;
            for (LocalDate monday = START; monday.isBefore(END); monday = monday.plusWeeks(1)) {
                PaymentStatement week = statement(c, c.activities, monday, monday.plusDays(6));
                time = time.plus(week.paymentForTime());
                expenses = expenses.plus(week.reimbursedExpenses());
                held = held.plus(week.heldExpenses());
                declined = declined.plus(week.declined());
                donated = donated.plus(week.donated());
            }
            assertEquals(whole.paymentForTime(), time);
            assertEquals(whole.reimbursedExpenses(), expenses);
            assertEquals(whole.heldExpenses(), held);
            assertEquals(whole.declined(), declined);
            assertEquals(whole.donated(), donated);
        });
    }

    @Test
    void theOrderOfAttendanceRecordsNeverChangesAStatement() {
        List<RecompensePolicy> policies = new ArrayList<>(Recompense.presets());
        policies.add(CAPPED);
        Property.forAll(200, r -> generate(r, policies), c -> {
            List<Activity> shuffled = new ArrayList<>(c.activities);
            Collections.shuffle(shuffled, new Random(shuffled.size() * 31L));
            Collections.reverse(shuffled);
            assertEquals(statement(c, c.activities, START, END), statement(c, shuffled, START, END));
        });
    }

    @Test
    void statementsRoundTripThroughJson() {
        List<RecompensePolicy> policies = new ArrayList<>(Recompense.presets());
        policies.add(CAPPED);
        Property.forAll(100, r -> generate(r, policies),
                c -> JsonRoundTrip.assertRoundTrip(statement(c, c.activities, START, END), PaymentStatement.class));
    }
}
