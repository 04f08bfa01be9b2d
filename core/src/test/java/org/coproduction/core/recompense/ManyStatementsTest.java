package org.coproduction.core.recompense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * {@link Recompense#statements} reads the records of many people at once. Each person's statement must be
 * the one that person's records alone give, whoever else attended, in whatever order the records come.
 */
class ManyStatementsTest {

    /** Monday 1 December 2025: the window spans NIHR-style's change of rate on 16 December 2025. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 12, 1);
    private static final ActivityType[] TYPES = ActivityType.values();
    private static final ExpenseCategory[] CATEGORIES = ExpenseCategory.values();
    private static final ParticipantRole[] ROLES = ParticipantRole.values();
    private static final StatementOptions OPTIONS = StatementOptions.builder()
            .partPaymentPerWeek(new BigDecimal("40.00")).build();
    private static final RecompensePolicy CAPPED = Fixtures.CAPPED_NIHR;

    /** People, the activities they and others attended, and a window. */
    static final class Group {
        final RecompensePolicy policy;
        final List<Participant> people;
        final List<Activity> activities;
        final LocalDate from;
        final LocalDate to;

        Group(RecompensePolicy policy, List<Participant> people, List<Activity> activities, LocalDate from,
                LocalDate to) {
            this.policy = policy;
            this.people = people;
            this.activities = activities;
            this.from = from;
            this.to = to;
        }

        @Override
        public String toString() {
            return policy.id() + " " + from + " to " + to + " " + people + " " + activities;
        }
    }

    private static Group generate(SplittableRandom random) {
        List<RecompensePolicy> policies = new ArrayList<>(Recompense.presets());
        policies.remove(Recompense.coProductionCollective());
        policies.add(CAPPED);
        RecompensePolicy policy = policies.get(random.nextInt(policies.size()));
        int count = 1 + random.nextInt(6);
        List<Participant> people = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            people.add(Participant.builder().id("p-" + k).addRole(ROLES[random.nextInt(ROLES.length)])
                    .involvement(InvolvementLevel.values()[random.nextInt(InvolvementLevel.values().length)])
                    .consent(Consent.given(PartialDate.of(LocalDate.of(2020, 1, 1)), "involvement"))
                    .recompense(RecompensePreference.values()[random.nextInt(RecompensePreference.values().length)])
                    .build());
        }
        // Activities over six weeks, several on some days, with identifiers whose order is not the input order;
        // a person attends at most one activity a day, so no records overlap. Some records are of people
        // who get no statement, and some activities, long before, are known only by their month.
        List<Activity> activities = new ArrayList<>();
        int total = 1 + random.nextInt(25);
        for (int a = 0; a < total; a++) {
            String id = "act-" + random.nextInt(1000) + "-" + a;
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(42));
            List<Attendance> attendance = new ArrayList<>();
            for (int k = 0; k < count + 2; k++) {
                String person = k < count ? "p-" + k : "visitor-" + k;
                boolean busy = false;
                for (Activity other : activities) {
                    busy |= other.date().isExact() && other.date().toLocalDate().equals(day)
                            && other.attendance().stream().anyMatch(r -> r.participantId().equals(person));
                }
                if (busy || random.nextInt(3) == 0) {
                    continue;
                }
                Attendance.Builder r = Attendance.builder().participantId(person).activityId(id)
                        .minutes(random.nextInt(400)).preparationMinutes(random.nextInt(4) * 15)
                        .travelMinutes(random.nextInt(60)).chaired(random.nextInt(6) == 0);
                for (int c = random.nextInt(3); c > 0; c--) {
                    r.addExpense(Fixtures.claim(CATEGORIES[random.nextInt(CATEGORIES.length)],
                            BigDecimal.valueOf(1 + random.nextInt(5000), 2).toPlainString(), random.nextBoolean()));
                }
                attendance.add(r.build());
            }
            Activity.Builder b = Activity.builder().id(id).projectId("proj-1")
                    .type(TYPES[random.nextInt(TYPES.length)]).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
                    .attendance(attendance);
            if (random.nextInt(10) == 0) {
                b.date(PartialDate.parse("2024-10"));
            } else {
                b.date(PartialDate.of(day)).startTime(LocalTime.of(9 + random.nextInt(8), 0));
            }
            activities.add(b.build());
        }
        LocalDate from = FIRST_DAY.plusDays(random.nextInt(21));
        return new Group(policy, people, activities, from, from.plusDays(random.nextInt(21)));
    }

    /** The activities with only this person's records in them, and without the activities they did not attend. */
    private static List<Activity> onlyTheirs(List<Activity> activities, String participantId) {
        List<Activity> theirs = new ArrayList<>();
        for (Activity activity : activities) {
            List<Attendance> kept = new ArrayList<>();
            for (Attendance record : activity.attendance()) {
                if (record.participantId().equals(participantId)) {
                    kept.add(record);
                }
            }
            if (!kept.isEmpty()) {
                theirs.add(activity.withAttendance(kept));
            }
        }
        return theirs;
    }

    @Test
    void everyonesStatementIsTheOneTheirOwnRecordsGive() {
        Property.forAll(300, ManyStatementsTest::generate, g -> {
            Map<String, PaymentStatement> all = Recompense.statements(g.policy, g.people, g.activities, g.from, g.to,
                    OPTIONS);
            assertEquals(g.people.stream().map(Participant::id).collect(java.util.stream.Collectors.toList()),
                    new ArrayList<>(all.keySet()));
            for (Participant person : g.people) {
                PaymentStatement alone = Recompense.statement(g.policy, person, onlyTheirs(g.activities, person.id()),
                        g.from, g.to, OPTIONS);
                assertEquals(alone, all.get(person.id()), person.id());
                assertEquals(alone.toText(), all.get(person.id()).toText());
            }
        });
    }

    @Test
    void theOrderOfActivitiesAndOfPeopleNeverChangesAStatement() {
        Property.forAll(200, ManyStatementsTest::generate, g -> {
            Map<String, PaymentStatement> given = Recompense.statements(g.policy, g.people, g.activities, g.from,
                    g.to, OPTIONS);
            List<Activity> activities = new ArrayList<>(g.activities);
            Collections.shuffle(activities, new Random(activities.size()));
            List<Participant> people = new ArrayList<>(g.people);
            Collections.reverse(people);
            Map<String, PaymentStatement> reordered = Recompense.statements(g.policy, people, activities, g.from,
                    g.to, OPTIONS);
            assertEquals(given, new LinkedHashMap<>(reordered));
        });
    }

    @Test
    void aPersonWithNoRecordsGetsAnEmptyStatement() {
        Participant nobody = Fixtures.contributor("p-none");
        Activity meeting = Fixtures.activity("m1", ActivityType.MEETING, FIRST_DAY, Fixtures.attends("m1", 60).build());
        PaymentStatement statement = Recompense.statements(Recompense.nihr(), List.of(Fixtures.contributor(), nobody),
                List.of(meeting), FIRST_DAY, FIRST_DAY.plusDays(6), StatementOptions.none()).get("p-none");
        assertTrue(statement.lines().isEmpty());
        assertTrue(statement.paymentForTime().isZero() && statement.reimbursedExpenses().isZero());
    }

    @Test
    void aProblemInOnePersonsRecordsStopsEveryStatementAndNamesTheRecord() {
        Participant other = Fixtures.contributor("p-002");
        Activity fine = Fixtures.activity("m1", ActivityType.MEETING, FIRST_DAY, Fixtures.attends("m1", 60).build());
        // Two records of 800 minutes on one day: each is a valid record, but together more than a day.
        Activity tooLong = Fixtures.activity("m2", ActivityType.MEETING, FIRST_DAY.plusDays(1),
                Attendance.builder().participantId("p-002").activityId("m2").minutes(800).build());
        Activity alsoLong = Fixtures.activity("m3", ActivityType.MEETING, FIRST_DAY.plusDays(1),
                Attendance.builder().participantId("p-002").activityId("m3").minutes(800).build());
        ValidationException e = assertThrows(ValidationException.class, () -> Recompense.statements(
                Recompense.nihr(), List.of(Fixtures.contributor(), other), List.of(fine, tooLong, alsoLong),
                FIRST_DAY, FIRST_DAY.plusDays(6), StatementOptions.none()));
        assertTrue(e.getMessage().contains("PaymentStatement for p-002"), e.getMessage());
        assertTrue(e.getMessage().contains("activities[2].attendance[0].minutes: the person's attendances on "
                + FIRST_DAY.plusDays(1) + " add up to 1600 minutes, more than a day"), e.getMessage());
    }

    @Test
    void daysAtTheEndsOfTimeAreOrderedAndPriced() {
        // NIHR-style £27.50 an hour from 16 December 2025, open-ended. 60 min is 1 h: £27.50. 30 min is already a
        // whole half hour: 0.5 × £27.50 = £13.75. The activity on the first day a date can hold is outside the
        // period and has no schedule, so it is left out. Total £41.25.
        Activity first = Fixtures.activity("m0", ActivityType.MEETING, LocalDate.MIN, Fixtures.attends("m0", 45).build());
        Activity soon = Fixtures.activity("m1", ActivityType.MEETING, LocalDate.of(2026, 1, 5),
                Fixtures.attends("m1", 60).build());
        Activity last = Fixtures.activity("m2", ActivityType.MEETING, LocalDate.MAX, Fixtures.attends("m2", 30).build());
        PaymentStatement statement = Recompense.statements(Recompense.nihr(), List.of(Fixtures.contributor()),
                List.of(last, first, soon), LocalDate.of(2025, 12, 16), LocalDate.MAX, StatementOptions.none())
                .get(Fixtures.PERSON);
        assertEquals(List.of("m1", "m2"), statement.lines().stream().map(StatementLine::activityId)
                .collect(java.util.stream.Collectors.toList()));
        assertEquals(Money.gbp("27.50"), statement.lines().get(0).amount());
        assertEquals(Money.gbp("13.75"), statement.lines().get(1).amount());
        assertEquals(Money.gbp("41.25"), statement.paymentForTime());
    }

    @Test
    void aPersonListedTwiceGetsTheStatementOfTheLastListing() {
        Participant paid = Fixtures.contributor();
        Participant declining = Participant.builder().from(paid).recompense(RecompensePreference.DECLINED).build();
        Activity meeting = Fixtures.activity("m1", ActivityType.MEETING, FIRST_DAY, Fixtures.attends("m1", 60).build());
        Map<String, PaymentStatement> statements = Recompense.statements(Recompense.nihr(), List.of(paid, declining),
                List.of(meeting), FIRST_DAY, FIRST_DAY.plusDays(6), StatementOptions.none());
        // NIHR-style £25 an hour before 16 December 2025: 60 min is £25.00, offered and declined.
        assertEquals(1, statements.size());
        PaymentStatement statement = statements.get(Fixtures.PERSON);
        assertEquals(Money.gbp("25.00"), statement.declined());
        assertTrue(statement.paymentForTime().isZero());
        assertEquals(LineStatus.DECLINED, statement.lines().get(0).status());
    }
}
