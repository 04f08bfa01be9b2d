package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A differential test: statements from generated policies and records are compared, line by line and total
 * by total, with a deliberately naive pricer written here in plain {@link BigDecimal}, independently of the
 * engine. It walks all of a person's records in order (date, start time, activity), keeps running totals per
 * day, week and tax year in maps, and lists only the lines inside the period.
 */
class NaivePricerTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final LocalDate START = LocalDate.of(2025, 3, 3);

    /** One line as the naive pricer sees it: kind, status, date, activity and the four amounts. */
    static String line(String kind, String status, LocalDate date, String activity, BigDecimal offered,
            BigDecimal overCap, BigDecimal declined, BigDecimal amount) {
        return kind + " " + status + " " + date + " " + activity + " " + pence(offered) + " " + pence(overCap) + " "
                + pence(declined) + " " + pence(amount);
    }

    private static String pence(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    static String line(StatementLine l) {
        return line(l.kind().id(), l.status().id(), l.date(), l.activityId(), l.offered().amount(),
                l.overCap().amount(), l.declined().amount(), l.amount().amount());
    }

    /** The naive pricer: the lines and totals of one person's statement, as text. */
    static List<String> naive(RateSchedule s, RoundingMode mode, Participant who, List<Activity> activities,
            LocalDate from, LocalDate to, StatementOptions options) {
        List<Activity> mine = new ArrayList<>();
        for (Activity a : activities) {
            if (a.attendance().stream().anyMatch(r -> r.participantId().equals(who.id()))) {
                mine.add(a);
            }
        }
        mine.sort(Comparator.comparing((Activity a) -> a.date().toLocalDate())
                .thenComparing(a -> a.startTime().orElse(LocalTime.MIN)).thenComparing(Activity::id));
        RecompensePreference preference = who.recompense().orElse(RecompensePreference.PAYMENT);
        Map<Object, BigDecimal> used = new HashMap<>();
        BigDecimal[] totals = new BigDecimal[8];
        java.util.Arrays.fill(totals, new BigDecimal("0.00"));
        List<String> out = new ArrayList<>();
        for (Activity a : mine) {
            LocalDate day = a.date().toLocalDate();
            if (day.isAfter(to)) {
                continue;
            }
            Attendance r = a.attendance().stream().filter(x -> x.participantId().equals(who.id())).findFirst().get();
            RateRule rule = s.ruleFor(roles(who), who.involvement().id(), a.type().id()).orElse(null);
            BigDecimal offered = rule == null ? BigDecimal.ZERO : price(s, rule, r, mode);
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(s.caps().weekStartsOn()));
            BigDecimal allowed = offered;
            allowed = cap(allowed, s.caps().perDay().orElse(null), used, "day" + day);
            allowed = cap(allowed, s.caps().perWeek().orElse(null), used, "week" + week);
            allowed = cap(allowed, s.caps().perTaxYear().orElse(null), used, "year" + TaxYear.of(day));
            for (String key : List.of("day" + day, "week" + week, "year" + TaxYear.of(day))) {
                used.merge(key, allowed, BigDecimal::add);
            }
            BigDecimal paid = allowed;
            BigDecimal declined = BigDecimal.ZERO;
            if (preference == RecompensePreference.DECLINED) {
                declined = allowed;
                paid = BigDecimal.ZERO;
            } else if (preference == RecompensePreference.PART_PAYMENT) {
                paid = cap(allowed, options.partPaymentPerWeek().get(), used, "part" + week);
                used.merge("part" + week, paid, BigDecimal::add);
                declined = allowed.subtract(paid);
            }
            String status = rule == null ? "held" : rule.basis() == RateBasis.UNPAID ? "not-paid"
                    : preference == RecompensePreference.DECLINED ? "declined"
                    : preference == RecompensePreference.DONATION ? "donated" : "payable";
            if (day.isBefore(from)) {
                continue;
            }
            out.add(line("time", status, day, a.id(), offered, offered.subtract(allowed), declined, paid));
            boolean timed = rule != null && (rule.basis() == RateBasis.HOURLY || rule.basis() == RateBasis.BANDED);
            int counted = timed ? BigDecimal.valueOf(r.travelMinutes()).multiply(s.travelTimeShare())
                    .setScale(0, RoundingMode.HALF_UP).intValue() : 0;
            if (rule != null && rule.basis() != RateBasis.UNPAID && counted < r.travelMinutes()) {
                out.add(line("time", "not-paid", day, a.id(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO));
            }
            if (rule != null) {
                totals[0] = totals[0].add(offered);
                totals[status.equals("donated") ? 3 : 1] = totals[status.equals("donated") ? 3 : 1].add(paid);
                totals[2] = totals[2].add(declined);
                totals[4] = totals[4].add(offered.subtract(allowed));
            }
            for (ExpenseClaim claim : r.expenses()) {
                ExpenseRule er = s.expenseRuleFor(claim.category().id()).orElse(null);
                boolean held = er == null || er.receiptRequired() && !claim.receiptAttached()
                        || er.approvalRequired() && !options.isApproved(a.id(), claim.category().id());
                BigDecimal repaid = held ? BigDecimal.ZERO : er.capPerClaim().map(claim.amount()::min).orElse(claim.amount());
                BigDecimal over = held ? BigDecimal.ZERO : claim.amount().subtract(repaid);
                out.add(line("expense", held ? "held" : "payable", day, a.id(), claim.amount(), over, BigDecimal.ZERO,
                        repaid));
                totals[held ? 6 : 5] = totals[held ? 6 : 5].add(held ? claim.amount() : repaid);
                totals[7] = totals[7].add(over);
            }
        }
        for (BigDecimal total : totals) {
            out.add("total " + total.setScale(2).toPlainString());
        }
        return out;
    }

    private static java.util.Set<String> roles(Participant who) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        who.roles().forEach(role -> ids.add(role.id()));
        return ids;
    }

    /** What is left under a limit after what was used, or the amount when there is no limit. */
    private static BigDecimal cap(BigDecimal amount, BigDecimal limit, Map<Object, BigDecimal> used, Object key) {
        if (limit == null) {
            return amount;
        }
        BigDecimal left = limit.subtract(used.getOrDefault(key, BigDecimal.ZERO)).max(BigDecimal.ZERO);
        return amount.min(left);
    }

    /** The amount a rule offers for one record, rounded once to the penny. */
    private static BigDecimal price(RateSchedule s, RateRule rule, Attendance r, RoundingMode mode) {
        BigDecimal chair = r.chaired() ? s.chairMultiplier().orElse(BigDecimal.ONE) : BigDecimal.ONE;
        switch (rule.basis()) {
            case UNPAID:
                return new BigDecimal("0.00");
            case FLAT_FEE:
                return rule.flatFee().get().multiply(chair).setScale(2, mode);
            case TIME_EQUIVALENT:
                return rule.hourlyRate().get().multiply(BigDecimal.valueOf(rule.equivalentMinutes().get()))
                        .multiply(chair).divide(SIXTY, 2, mode);
            default:
                int minutes = round(s, r.minutes() + preparation(s, r) + BigDecimal.valueOf(r.travelMinutes())
                        .multiply(s.travelTimeShare()).setScale(0, RoundingMode.HALF_UP).intValue());
                if (rule.basis() == RateBasis.HOURLY) {
                    return rule.hourlyRate().get().multiply(BigDecimal.valueOf(minutes)).multiply(chair)
                            .divide(SIXTY, 2, mode);
                }
                // A fixed band pays its fee; an hourly band adds its rate for the minutes within it. Kept in
                // pound-minutes (pounds × 60) so that the amount is divided, and rounded, once.
                BigDecimal poundMinutes = BigDecimal.ZERO;
                int below = 0;
                for (DurationBand band : rule.bands()) {
                    BigDecimal in = BigDecimal.valueOf(Math.min(minutes, band.upToMinutes()) - below);
                    poundMinutes = band.amount().isPresent() ? band.amount().get().multiply(SIXTY)
                            : poundMinutes.add(band.hourlyRate().get().multiply(in));
                    if (minutes <= band.upToMinutes()) {
                        break;
                    }
                    below = band.upToMinutes();
                }
                return poundMinutes.multiply(chair).divide(SIXTY, 2, mode);
        }
    }

    private static int preparation(RateSchedule s, Attendance r) {
        PreparationTime p = s.preparation();
        switch (p.mode()) {
            case ACTUAL:
                return r.preparationMinutes();
            case CAPPED:
                return Math.min(r.preparationMinutes(), p.minutes().get());
            case FIXED:
                return p.minutes().get();
            case PROPORTIONAL:
                return p.share().get().multiply(BigDecimal.valueOf(r.minutes())).setScale(0, RoundingMode.HALF_UP)
                        .intValue();
            default:
                return 0;
        }
    }

    private static int round(RateSchedule s, int minutes) {
        TimeRounding t = s.rounding();
        if (minutes == 0) {
            return 0;
        }
        int step = t.incrementMinutes();
        int units = t.direction() == TimeRounding.Direction.UP ? (minutes + step - 1) / step
                : t.direction() == TimeRounding.Direction.NEAREST ? (2 * minutes + step) / (2 * step)
                : t.direction() == TimeRounding.Direction.DOWN ? minutes / step : minutes;
        int rounded = t.direction() == TimeRounding.Direction.NONE ? minutes : units * step;
        return Math.max(rounded, t.minimumMinutes());
    }

    // ---- generated policies and records ----

    private static BigDecimal pounds(SplittableRandom r, int max) {
        return BigDecimal.valueOf(r.nextInt(max * 100 + 1), 2);
    }

    static RateRule rule(SplittableRandom r, String id) {
        var rule = RateRule.builder().id(id).description("Rule " + id);
        if (r.nextInt(3) == 0) {
            rule.activityTypes(java.util.Set.of(ActivityType.values()[r.nextInt(4)].id()));
        }
        if (r.nextInt(4) == 0) {
            rule.roles(java.util.Set.of("unpaid-carer"));
        }
        switch (r.nextInt(5)) {
            case 0:
                return rule.basis(RateBasis.FLAT_FEE).flatFee(pounds(r, 60)).build();
            case 1:
                return rule.basis(RateBasis.TIME_EQUIVALENT).hourlyRate(pounds(r, 40)).equivalentMinutes(15 + r.nextInt(200))
                        .build();
            case 2:
                return rule.basis(RateBasis.UNPAID).unpaidReason("not paid here").build();
            case 3:
                int edge = 30 + r.nextInt(200);
                BigDecimal rate = pounds(r, 40);
                // Bands that never pay less for more time: a higher fixed top band, or a second hourly rate.
                DurationBand top = r.nextBoolean() ? DurationBand.fixed(edge + 60 + r.nextInt(300),
                        rate.multiply(BigDecimal.valueOf(edge + 60)).divide(SIXTY, 2, RoundingMode.UP).add(pounds(r, 30)))
                        : DurationBand.hourly(edge + 60 + r.nextInt(300), pounds(r, 40));
                return rule.basis(RateBasis.BANDED).addBand(DurationBand.hourly(edge, rate)).addBand(top).build();
            default:
                return rule.basis(RateBasis.HOURLY).hourlyRate(pounds(r, 40)).build();
        }
    }

    static RateSchedule schedule(SplittableRandom r) {
        TimeRounding.Direction direction = TimeRounding.Direction.values()[r.nextInt(4)];
        TimeRounding rounding = direction == TimeRounding.Direction.NONE ? TimeRounding.none()
                : TimeRounding.builder().direction(direction).incrementMinutes(List.of(5, 15, 30, 60).get(r.nextInt(4)))
                        .minimumMinutes(r.nextInt(3) == 0 ? 60 : 0).build();
        PreparationTime preparation = List.of(PreparationTime.notPaid(), PreparationTime.actual(),
                PreparationTime.capped(30), PreparationTime.fixed(20),
                PreparationTime.proportional(new BigDecimal("0.25"))).get(r.nextInt(5));
        var caps = Caps.builder().weekStartsOn(DayOfWeek.of(1 + r.nextInt(7)));
        if (r.nextBoolean()) {
            caps.perDay(pounds(r, 80));
        }
        if (r.nextBoolean()) {
            caps.perWeek(pounds(r, 200));
        }
        if (r.nextInt(3) == 0) {
            caps.perTaxYear(pounds(r, 600));
        }
        var schedule = RateSchedule.builder().version("generated").effectiveFrom(LocalDate.of(2020, 1, 1))
                .source(Citation.of("Generated", SourceStatus.LIBRARY_OWN)).rounding(rounding).preparation(preparation)
                .travelTimeShare(List.of(BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE).get(r.nextInt(3)))
                .caps(caps.build());
        if (r.nextBoolean()) {
            schedule.chairMultiplier(new BigDecimal("1.25"));
        }
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            schedule.addRule(rule(r, "rule-" + k));
        }
        schedule.addExpenseRule(ExpenseRule.builder().category("meals").description("Meals")
                .capPerClaim(pounds(r, 20)).build());
        schedule.addExpenseRule(ExpenseRule.builder().category("taxi").description("Taxi").approvalRequired(true)
                .build());
        schedule.addExpenseRule(ExpenseRule.builder().category("public-transport").description("Fares")
                .receiptRequired(r.nextBoolean()).build());
        return schedule.build();
    }

    /** A policy, a person and their records over six weeks, with at most two activities a day, in time order. */
    static final class Case {
        RecompensePolicy policy;
        Participant person;
        List<Activity> activities = new ArrayList<>();
        LocalDate from;
        LocalDate to;
        StatementOptions options;

        @Override
        public String toString() {
            return policy.schedules() + " " + person + " " + from + " to " + to + " " + activities;
        }
    }

    static Case generate(SplittableRandom r) {
        Case c = new Case();
        c.policy = RecompensePolicy.builder().id("generated").name("Generated").currency(GBP)
                .source(Citation.of("Generated", SourceStatus.LIBRARY_OWN)).addSchedule(schedule(r))
                .lineRounding(List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN,
                        RoundingMode.UP).get(r.nextInt(4))).build();
        RecompensePreference preference = RecompensePreference.values()[r.nextInt(5)];
        c.person = Participant.builder().id("p-1").addRole(r.nextBoolean() ? ParticipantRole.UNPAID_CARER
                : ParticipantRole.LIVED_EXPERIENCE).involvement(InvolvementLevel.REGULAR_MEMBER).recompense(preference)
                .consent(Consent.given(PartialDate.of(LocalDate.of(2020, 1, 1)), "involvement")).build();
        c.options = StatementOptions.builder().partPaymentPerWeek(pounds(r, 120))
                .addApproval(ExpenseApproval.of("a-01", "taxi")).build();
        for (int day = 0; day < 42; day++) {
            // Activity identifiers follow start times within a day: the morning's sorts first either way.
            for (int slot = 0; slot < 2; slot++) {
                if (r.nextInt(4) != 0) {
                    continue;
                }
                String id = String.format("a-%02d", day * 2 + slot);
                var record = Attendance.builder().participantId("p-1").activityId(id).minutes(r.nextInt(300))
                        .preparationMinutes(r.nextInt(90)).travelMinutes(r.nextInt(90)).chaired(r.nextInt(4) == 0);
                for (int k = r.nextInt(3); k > 0; k--) {
                    ExpenseCategory category = List.of(ExpenseCategory.MEALS, ExpenseCategory.TAXI,
                            ExpenseCategory.PUBLIC_TRANSPORT, ExpenseCategory.PRINTING).get(r.nextInt(4));
                    record.addExpense(ExpenseClaim.ofPounds(category, pounds(r, 30).add(new BigDecimal("0.01")).toPlainString(),
                            r.nextBoolean()));
                }
                c.activities.add(Activity.builder().id(id).projectId("proj").type(ActivityType.values()[r.nextInt(6)])
                        .date(PartialDate.of(START.plusDays(day))).startTime(LocalTime.of(slot == 0 ? 9 : 14, 0))
                        .rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON).addAttendance(record.build()).build());
            }
        }
        c.from = START.plusDays(r.nextInt(30));
        c.to = c.from.plusDays(r.nextInt(20));
        return c;
    }

    @Test
    void theEngineAgreesWithTheNaivePricerOnGeneratedPoliciesAndRecords() {
        Property.forAll(1000, NaivePricerTest::generate, c -> {
            PaymentStatement s = Recompense.statement(c.policy, c.person, c.activities, c.from, c.to, c.options);
            List<String> engine = new ArrayList<>();
            s.lines().forEach(l -> engine.add(line(l)));
            for (Money total : List.of(s.offeredForTime(), s.paymentForTime(), s.declined(), s.donated(), s.overCaps(),
                    s.reimbursedExpenses(), s.heldExpenses(), s.expensesOverCaps())) {
                engine.add("total " + total.amount().setScale(2).toPlainString());
            }
            assertEquals(naive(c.policy.schedules().get(0), c.policy.lineRounding(), c.person, c.activities, c.from,
                    c.to, c.options), engine);
        });
    }
}
