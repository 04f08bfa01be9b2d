package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
import org.coproduction.core.source.Citation;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden statements: a fixed-seed group's nineteen months of involvement (September 2024 to March 2026, so
 * both NIHR-style rates and the Co-Production Collective's pilot are crossed) priced under every preset and
 * two capped policies, for four windows (half a year, a window starting on a Wednesday across NIHR's change
 * of rate, one day, and tax year 2025/26). Every line's kind, status, amounts, minutes, rule, reason and
 * explanation, every statement's totals, sources and notices, and every error are written out and compared
 * with the files in {@code src/test/resources/org/coproduction/core/recompense/golden/}.
 *
 * <p>The data has people with no records, records of people not listed, activities known only by their
 * month, activities with and without start times, two activities on one day, one overlap (an error),
 * expenses of every category with and without receipts, mileage with miles, late and approved claims,
 * a claim in euros, and every preference including part-payment.
 *
 * <p>These files freeze what the engine gives; they are not an independent check (that is
 * {@link NaivePricerTest}). A change to them is a change in what people are paid or told, and must be
 * made in a commit of its own that says why. To write them again after such a change, run this test with
 * {@code -Dgolden.update=<path to core/src/test/resources>}.
 */
class GoldenStatementsTest {

    private static final String FOLDER = "org/coproduction/core/recompense/golden/";
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 9, 2);
    private static final int DAYS = 575;
    private static final int LISTED = 24;
    private static final int VISITORS = 4;
    private static final Currency GBP = Currency.getInstance("GBP");

    /** Half a year under the Collective's pilot; a Wednesday start across 16 December 2025; one day; a tax year. */
    private static final List<LocalDate[]> WINDOWS = List.of(
            new LocalDate[] {LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31)},
            new LocalDate[] {LocalDate.of(2025, 12, 10), LocalDate.of(2025, 12, 23)},
            new LocalDate[] {LocalDate.of(2025, 12, 16), LocalDate.of(2025, 12, 16)},
            new LocalDate[] {LocalDate.of(2025, 4, 6), LocalDate.of(2026, 4, 5)});

    /** Day, week and tax-year caps on both NIHR-style schedules, weeks from Wednesday, half-even rounding. */
    static final RecompensePolicy CAPPED_EVERY_SCHEDULE = cappedEverySchedule();

    private static RecompensePolicy cappedEverySchedule() {
        Caps caps = Caps.builder().perDay(new BigDecimal("55.00")).perWeek(new BigDecimal("120.00"))
                .perTaxYear(new BigDecimal("1500.00")).weekStartsOn(DayOfWeek.WEDNESDAY).build();
        List<RateSchedule> schedules = new ArrayList<>();
        for (RateSchedule s : Recompense.nihr().schedules()) {
            List<ExpenseRule> expenses = new ArrayList<>();
            for (ExpenseRule rule : s.expenseRules()) {
                if (rule.category().equals("mileage")) {
                    expenses.add(ExpenseRule.builder().from(rule).ratePerMile(new BigDecimal("0.45")).build());
                } else if (rule.category().equals("meals")) {
                    expenses.add(ExpenseRule.builder().from(rule).capPerClaim(new BigDecimal("10.00")).build());
                } else {
                    expenses.add(rule);
                }
            }
            schedules.add(RateSchedule.builder().from(s).caps(caps).chairMultiplier(new BigDecimal("1.5"))
                    .claimWindowDays(90).expenseRules(expenses).build());
        }
        return RecompensePolicy.builder().from(Recompense.nihr()).id("nihr-capped-every-schedule")
                .lineRounding(RoundingMode.HALF_EVEN).schedules(schedules).build();
    }

    static List<RecompensePolicy> policies() {
        List<RecompensePolicy> all = new ArrayList<>(Recompense.presets());
        all.add(Fixtures.CAPPED_NIHR);
        all.add(CAPPED_EVERY_SCHEDULE);
        return all;
    }

    /** The group: listed people first (two with no records), then the records' activities. */
    static final class Group {
        final List<Participant> people = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        StatementOptions options;
    }

    static Group group() {
        SplittableRandom random = new SplittableRandom(20260406L);
        Group g = new Group();
        ParticipantRole[] roles = {ParticipantRole.LIVED_EXPERIENCE, ParticipantRole.LIVED_EXPERIENCE,
            ParticipantRole.UNPAID_CARER, ParticipantRole.FAMILY_MEMBER, ParticipantRole.PRACTITIONER,
            ParticipantRole.ADVOCATE};
        RecompensePreference[] preferences = RecompensePreference.values();
        InvolvementLevel[] levels = InvolvementLevel.values();
        for (int k = 0; k < LISTED; k++) {
            g.people.add(Participant.builder().id("p-" + k).addRole(roles[k % roles.length])
                    .involvement(levels[(k / 2) % levels.length]).recompense(preferences[k % preferences.length])
                    .consent(Consent.given(PartialDate.of(LocalDate.of(2024, 1, 1)), "involvement")).build());
        }
        ActivityType[] types = ActivityType.values();
        ExpenseCategory[] categories = ExpenseCategory.values();
        List<ExpenseApproval> approvals = new ArrayList<>();
        for (int a = 0; a < 260; a++) {
            // Identifiers are not in date order, so ordering by them is tested.
            String id = "act-" + (char) ('a' + random.nextInt(26)) + a;
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            // Activities known only by their month lie in September 2024, before the windows but within the
            // weeks and tax year a cap looks back over.
            boolean monthOnly = random.nextInt(40) == 0;
            boolean timed = !monthOnly && random.nextInt(5) != 0;
            LocalTime start = LocalTime.of(timed && random.nextBoolean() ? 14 : 9, 0);
            List<Attendance> records = new ArrayList<>();
            int size = 2 + random.nextInt(5);
            for (int n = 0; n < size; n++) {
                // People 22 and 23 are listed with no records; visitors are not listed.
                int who = random.nextInt(LISTED - 2 + VISITORS);
                String person = who < LISTED - 2 ? "p-" + who : "visitor-" + who;
                if (busy(g.activities, person, day, start, timed) || contains(records, person)) {
                    continue;
                }
                records.add(record(random, person, id, day, categories, approvals));
            }
            var activity = Activity.builder().id(id).projectId("proj-" + (a % 3)).type(types[random.nextInt(types.length)])
                    .rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON).attendance(records);
            if (monthOnly) {
                activity.date(PartialDate.parse("2024-09"));
            } else {
                activity.date(PartialDate.of(day));
            }
            if (timed) {
                activity.startTime(start);
            }
            g.activities.add(activity.build());
        }
        // One overlap: person 3 at two workshops at the same hour on 11 December 2025.
        LocalDate clash = LocalDate.of(2025, 12, 11);
        for (String id : List.of("clash-b", "clash-a")) {
            g.activities.add(Activity.builder().id(id).projectId("proj-0").type(ActivityType.WORKSHOP)
                    .date(PartialDate.of(clash)).startTime(LocalTime.of(18, 0)).rung(Rung.CO_DESIGN)
                    .setting(Setting.ONLINE).addAttendance(Attendance.builder().participantId("p-3").activityId(id)
                            .minutes(60).build()).build());
        }
        // And one in December 2025, inside the second window: an error for person 5.
        g.activities.add(Activity.builder().id("month-only").projectId("proj-1").type(ActivityType.SURVEY)
                .date(PartialDate.parse("2025-12")).rung(Rung.CO_DESIGN).setting(Setting.ONLINE)
                .addAttendance(Attendance.builder().participantId("p-5").activityId("month-only").minutes(30).build())
                .build());
        g.options = StatementOptions.builder().partPaymentPerWeek(new BigDecimal("40.00"))
                .putExchangeRate("EUR", new BigDecimal("0.85")).addAllApprovals(approvals).build();
        return g;
    }

    private static boolean contains(List<Attendance> records, String person) {
        return records.stream().anyMatch(r -> r.participantId().equals(person));
    }

    /** Whether the person already attends that day: untimed, at the same hour, or more than one already. */
    private static boolean busy(List<Activity> activities, String person, LocalDate day, LocalTime start,
            boolean timed) {
        int sameDay = 0;
        for (Activity other : activities) {
            if (other.date().isExact() && other.date().toLocalDate().equals(day) && contains(other.attendance(), person)) {
                sameDay++;
                if (!timed || other.startTime().isEmpty() || other.startTime().get().equals(start)) {
                    return true;
                }
            }
        }
        return sameDay > 0;
    }

    private static Attendance record(SplittableRandom random, String person, String activityId, LocalDate day,
            ExpenseCategory[] categories, List<ExpenseApproval> approvals) {
        var record = Attendance.builder().participantId(person).activityId(activityId)
                .minutes(random.nextInt(10) == 0 ? 0 : 15 + random.nextInt(300))
                .preparationMinutes(random.nextInt(5) * 15).travelMinutes(random.nextInt(75))
                .chaired(random.nextInt(7) == 0);
        for (int c = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; c > 0; c--) {
            ExpenseCategory category = categories[random.nextInt(categories.length)];
            int decimals = random.nextInt(3);
            var claim = ExpenseClaim.builder().category(category).receiptAttached(random.nextInt(4) != 0)
                    .amount(BigDecimal.valueOf(1 + random.nextInt(4000), decimals)).currency(GBP);
            if (category == ExpenseCategory.MILEAGE && random.nextBoolean()) {
                claim.miles(BigDecimal.valueOf(10 + random.nextInt(400), 1));
            }
            if (random.nextInt(30) == 0) {
                claim.currency(Currency.getInstance("EUR"));
            }
            if (random.nextInt(6) == 0) {
                claim.submittedOn(day.plusDays(random.nextInt(150)));
            }
            if (category == ExpenseCategory.TAXI && random.nextBoolean()) {
                approvals.add(ExpenseApproval.of(activityId, "taxi"));
            }
            record.addExpense(claim.build());
        }
        return record.build();
    }

    /** Every listed person's statement for every window, or the error that stops it, as text. */
    static String render(RecompensePolicy policy, Group g) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("# policy ").append(policy.id()).append('\n');
        int statementsWritten = 0;
        for (LocalDate[] window : WINDOWS) {
            out.append("## window ").append(window[0]).append(" to ").append(window[1]).append('\n');
            for (Participant person : g.people) {
                try {
                    PaymentStatement s = Recompense.statement(policy, person, g.activities, window[0], window[1],
                            g.options);
                    write(policy, s, out);
                    if (statementsWritten++ % 7 == 0) {
                        readBack(s);
                    }
                } catch (ValidationException e) {
                    out.append("### ").append(person.id()).append(" error\n");
                    for (Violation v : e.violations()) {
                        out.append("  ! ").append(v.message()).append('\n');
                    }
                }
            }
            everyoneAtOnce(policy, g, window, out);
        }
        return out.toString();
    }

    /** Everyone's statements at once: either each equals the one made alone, or the first error is written. */
    private static void everyoneAtOnce(RecompensePolicy policy, Group g, LocalDate[] window, StringBuilder out) {
        try {
            Map<String, PaymentStatement> all = Recompense.statements(policy, g.people, g.activities, window[0],
                    window[1], g.options);
            for (Participant person : g.people) {
                assertEquals(Recompense.statement(policy, person, g.activities, window[0], window[1], g.options),
                        all.get(person.id()), person.id());
            }
            out.append("### everyone at once: the same ").append(all.size()).append(" statements\n");
        } catch (ValidationException e) {
            out.append("### everyone at once: error ").append(e.getMessage().lines().findFirst().orElse(""))
                    .append('\n');
        }
    }

    private static void readBack(PaymentStatement s) {
        String json = CoproductionJson.write(s);
        PaymentStatement read = CoproductionJson.read(json, PaymentStatement.class);
        assertEquals(s, read);
        assertEquals(json, CoproductionJson.write(read));
    }

    private static void write(RecompensePolicy policy, PaymentStatement s, StringBuilder out) {
        out.append("### ").append(s.participantId()).append(' ').append(s.preference().id()).append(' ')
                .append(s.paymentRoute().id()).append(' ').append(s.from()).append(' ').append(s.to()).append('\n');
        for (StatementLine line : s.lines()) {
            out.append("  ").append(line.kind().id()).append(' ').append(line.status().id()).append(' ')
                    .append(line.date()).append(' ').append(line.activityId()).append(' ').append(line.activityType())
                    .append(" rule=").append(line.rule().orElse("-")).append(" schedule=")
                    .append(schedule(policy, line.scheduleVersion())).append(" min=").append(line.attendedMinutes())
                    .append('+').append(line.preparationMinutes()).append(' ')
                    .append(line.minutesBeforeRounding().map(String::valueOf).orElse("-")).append("->")
                    .append(line.minutesAfterRounding().map(String::valueOf).orElse("-")).append(" rate=")
                    .append(line.rate().map(GoldenStatementsTest::money).orElse("-")).append(" offered=")
                    .append(money(line.offered())).append(" overCap=").append(money(line.overCap()))
                    .append(" declined=").append(money(line.declined())).append(" amount=").append(money(line.amount()))
                    .append(" earnings=").append(line.isEarnings()).append('\n');
            line.reason().ifPresent(r -> out.append("    reason: ").append(r).append('\n'));
            out.append("    ").append(line.explanation()).append('\n');
        }
        out.append("  totals offered=").append(money(s.offeredForTime())).append(" paid=")
                .append(money(s.paymentForTime())).append(" declined=").append(money(s.declined())).append(" donated=")
                .append(money(s.donated())).append(" overCaps=").append(money(s.overCaps())).append(" repaid=")
                .append(money(s.reimbursedExpenses())).append(" expensesOverCaps=").append(money(s.expensesOverCaps()))
                .append(" held=").append(money(s.heldExpenses()))
                .append(" totalPaid=").append(money(s.totalPaid())).append('\n');
        out.append("  sources ").append(s.sources().stream().map(Citation::reference)
                .map(r -> r.length() > 40 ? r.substring(0, 40) : r).collect(Collectors.joining(" | "))).append('\n');
        for (String notice : s.notices()) {
            out.append("  note: ").append(notice).append('\n');
        }
    }

    /** The schedule's place in the policy when the version is one of its schedules', otherwise the text. */
    private static String schedule(RecompensePolicy policy, String version) {
        for (int i = 0; i < policy.schedules().size(); i++) {
            if (policy.schedules().get(i).version().equals(version)) {
                return String.valueOf(i);
            }
        }
        return version;
    }

    private static String money(Money m) {
        return m.amount().toPlainString() + m.currencyCode();
    }

    static Stream<RecompensePolicy> everyPolicy() {
        return policies().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPolicy")
    void statementsAreTheGoldenOnes(RecompensePolicy policy) throws IOException {
        String actual = render(policy, group());
        String file = FOLDER + policy.id() + ".txt";
        String update = System.getProperty("golden.update");
        if (update != null && !update.isBlank()) {
            Path path = Path.of(update, file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = GoldenStatementsTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                fail("No golden file " + file + "; write it with -Dgolden.update=<core/src/test/resources>");
                return;
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> want = expected.lines().collect(Collectors.toList());
        List<String> got = actual.lines().collect(Collectors.toList());
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            if (!want.get(i).equals(got.get(i))) {
                fail(file + " line " + (i + 1) + " differs:\n  expected: " + want.get(i) + "\n  actual:   " + got.get(i));
            }
        }
        assertEquals(want.size(), got.size(), file + ": number of lines");
    }
}
