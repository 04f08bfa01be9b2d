package org.coproduction.core.recompense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The invariant of issue 16 for statements: for generated records (attendance with hostile minutes, start
 * times either side of midnight, expense claims with any amount, scale and mile count the builders accept,
 * consent withdrawn or not) and generated policies ({@link PolicyGenerators}: every basis, rounding, cap and
 * currency), every statement, through every entry point, either is made (and can be printed and written as
 * JSON and read back) or is refused with the library's {@link ValidationException}: never another runtime
 * exception, never an {@link Error}. Seeded: replay a failure with {@code -Dcoproduction.seed}.
 *
 * <p>The numbers are drawn from ranges that reach past the documented limits, so both sides of every limit
 * are tried; a value the builders refuse leaves that record out, as a document holding it would be refused
 * when read.
 */
class StatementInvariantTest {

    private static final int TRIES = 1500;

    /** A policy, the people, their activities, a period and options: one call of the statement engine. */
    static final class Case {
        final RecompensePolicy policy;
        final List<Participant> people;
        final List<Activity> activities;
        final LocalDate from;
        final LocalDate to;
        final StatementOptions options;

        Case(RecompensePolicy policy, List<Participant> people, List<Activity> activities, LocalDate from,
                LocalDate to, StatementOptions options) {
            this.policy = policy;
            this.people = people;
            this.activities = activities;
            this.from = from;
            this.to = to;
            this.options = options;
        }

        @Override
        public String toString() {
            return policy + " " + people + " " + activities + " from " + from + " to " + to + " " + options;
        }
    }

    /** Seeded draws in the words of the generators below. */
    private static final class Draw {
        private final SplittableRandom r;

        Draw(SplittableRandom r) {
            this.r = r;
        }

        int intRange(int min, int max) {
            return min + r.nextInt(max - min + 1);
        }

        long longRange(long min, long max) {
            return min + r.nextLong(max - min);
        }

        boolean trueOrFalse() {
            return r.nextBoolean();
        }

        boolean diceRoll(double chance) {
            return r.nextDouble() < chance;
        }

        @SafeVarargs
        final <T> T oneOf(T... values) {
            return values[r.nextInt(values.length)];
        }

        <T> T oneOf(List<T> values) {
            return values.get(r.nextInt(values.size()));
        }
    }

    /** Whole numbers in and around the documented ranges, and the extremes of {@code int}. */
    private static int minutes(Draw numbers) {
        switch (numbers.intRange(0, 5)) {
            case 0:
                return numbers.intRange(0, 120);
            case 1:
                return numbers.intRange(1430, 1450);
            case 2:
                return numbers.oneOf(0, 1, 1440, 1441, 4320, Integer.MAX_VALUE);
            default:
                return numbers.intRange(0, 600);
        }
    }

    /** Decimals of every shape a builder or a JSON document can hand over: scales from -20 to 30. */
    private static BigDecimal decimal(Draw numbers) {
        switch (numbers.intRange(0, 6)) {
            case 0:
                return new BigDecimal(numbers.oneOf("1E+3", "1E+20", "1E+400", "5E+2", "0.5E+1", "12.50",
                        "1000000", "999999.99", "1000000.01", "1E-30"));
            case 1:
                return BigDecimal.valueOf(numbers.longRange(1, Long.MAX_VALUE), numbers.intRange(-20, 30));
            case 2:
                return BigDecimal.valueOf(numbers.longRange(1, 100_000), numbers.intRange(0, 3));
            default:
                return BigDecimal.valueOf(numbers.intRange(1, 30_000), 2);
        }
    }

    private static Currency currency(Draw numbers) {
        return Currency.getInstance(numbers.oneOf("GBP", "GBP", "GBP", "EUR", "JPY", "BHD"));
    }

    /** An expense claim, or null when the builder refuses what was drawn. */
    private static ExpenseClaim claim(Draw numbers) {
        ExpenseCategory category = numbers.oneOf(ExpenseCategory.values());
        ExpenseClaim.Builder b = ExpenseClaim.builder().category(category).amount(decimal(numbers))
                .currency(currency(numbers)).receiptAttached(numbers.trueOrFalse());
        if (category == ExpenseCategory.MILEAGE && numbers.trueOrFalse()) {
            b.miles(decimal(numbers));
        }
        if (numbers.diceRoll(1.0 / 3)) {
            b.submittedOn(LocalDate.of(2024, 1, 1).plusDays(numbers.intRange(0, 900)));
        }
        return orNull(b::build);
    }

    /** An attendance of one person, or null when the builder refuses what was drawn. */
    private static Attendance attendance(Draw numbers, String person, String activityId) {
        Attendance.Builder b = Attendance.builder().participantId(person).activityId(activityId)
                .minutes(minutes(numbers)).preparationMinutes(minutes(numbers)).travelMinutes(minutes(numbers))
                .chaired(numbers.diceRoll(0.2));
        for (int k = numbers.intRange(0, 2); k > 0; k--) {
            ExpenseClaim claim = claim(numbers);
            if (claim != null) {
                b.addExpense(claim);
            }
        }
        return orNull(b::build);
    }

    private static <T> T orNull(Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException refused) {
            return null;
        }
    }

    private static Participant person(SplittableRandom r, Draw numbers, String id, LocalDate around) {
        Participant p = DomainGenerators.participant(r, id);
        Consent consent = Consent.given(PartialDate.of(around.minusDays(400)), "involvement work");
        if (numbers.trueOrFalse()) {
            consent = consent.withdrawn(around.plusDays(numbers.intRange(-3, 20)));
        }
        return Participant.builder().from(p).consent(consent)
                .recompense(numbers.oneOf(RecompensePreference.values())).build();
    }

    static Case generate(SplittableRandom r) {
        Draw numbers = new Draw(r);
        RecompensePolicy policy = numbers.diceRoll(0.25) ? numbers.oneOf(Recompense.presets())
                : PolicyGenerators.policy(r);
        // Around the start of one of the policy's schedules, so that most days have rates.
        RateSchedule schedule = policy.schedules().get(numbers.intRange(0, policy.schedules().size() - 1));
        LocalDate start = schedule.effectiveFrom().getYear() < 2000 ? LocalDate.of(2024, 10, 7)
                : schedule.effectiveFrom().plusDays(numbers.intRange(0, 10));
        if (start.getYear() > 9000) {
            start = LocalDate.of(9000, 1, 1);
        }
        List<Participant> people = new ArrayList<>();
        for (int i = 1 + numbers.intRange(0, 2); i > 0; i--) {
            people.add(person(r, numbers, "p-" + i, start));
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = numbers.intRange(0, 8); i > 0; i--) {
            String id = "a-" + i;
            LocalDate day = start.plusDays(numbers.intRange(-10, 20));
            Activity.Builder a = Activity.builder().id(id).projectId("project-1")
                    .type(numbers.oneOf(ActivityType.values())).date(PartialDate.of(day)).rung(Rung.CO_DESIGN)
                    .setting(Setting.ONLINE);
            if (numbers.diceRoll(0.7)) {
                a.startTime(numbers.diceRoll(0.5) ? LocalTime.of(numbers.intRange(22, 23), numbers.intRange(0, 59))
                        : LocalTime.of(numbers.intRange(0, 23), 15 * numbers.intRange(0, 3)));
            }
            for (Participant p : people) {
                if (numbers.diceRoll(0.7)) {
                    Attendance attendance = attendance(numbers, p.id(), id);
                    if (attendance != null) {
                        a.addAttendance(attendance);
                    }
                }
            }
            Activity activity = orNull(a::build);
            if (activity != null) {
                activities.add(activity);
            }
        }
        LocalDate from = start.plusDays(numbers.intRange(-2, 5));
        LocalDate to = from.plusDays(numbers.intRange(0, 20));
        return new Case(policy, people, activities, from, to, PolicyGenerators.statementOptions(r));
    }

    /** Runs one call; counts it in {@code made[0]} when it gives a result, in {@code made[1]} when refused. */
    private static void resultOrValidationException(Runnable statement, int[] made) {
        try {
            statement.run();
            made[0]++;
        } catch (ValidationException refused) {
            // The other allowed outcome: the library's own exception, naming the field and the rule.
            made[1]++;
        }
    }

    private static void check(PaymentStatement s) {
        s.toText();
        s.toString();
        assertEquals(s, CoproductionJson.read(CoproductionJson.write(s), PaymentStatement.class));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void everyStatementIsMadeOrRefusedWithTheLibrarysException() {
        int[] made = new int[2];
        Property.forAll(TRIES, StatementInvariantTest::generate, c -> {
            for (Participant p : c.people) {
                resultOrValidationException(() -> check(Recompense.statement(c.policy, p, c.activities, c.from,
                        c.to, c.options)), made);
            }
            resultOrValidationException(() -> {
                Map<String, PaymentStatement> all = Recompense.statements(c.policy, c.people, c.activities, c.from,
                        c.to, c.options);
                all.values().forEach(StatementInvariantTest::check);
            }, made);
        });
        // The generators reach the pricing, not only the checks in front of it: a good share of calls are made.
        assertTrue(made[0] > (made[0] + made[1]) / 4, () -> made[0] + " made, " + made[1] + " refused");
    }
}
