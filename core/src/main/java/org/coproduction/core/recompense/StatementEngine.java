package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violations;

/**
 * Works out a payment statement: checks every input first (nothing is half-applied), then prices each
 * attendance in date order, applying caps and the person's preference, and lists each expense claim.
 */
final class StatementEngine {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final int MAX_MINUTES = 1440;
    /** Date order, then activity identifier: a total order, so the input order never shows. */
    private static final Comparator<Entry> ORDER = (a, b) -> a.day != b.day ? Long.compare(a.day, b.day)
            : a.activity.id().compareTo(b.activity.id());

    /** One attendance of the participant, with where it sits in the input for error paths. */
    static final class Entry {
        final Activity activity;
        final Attendance attendance;
        final int activityIndex;
        final int attendanceIndex;
        LocalDate date;
        long day;

        Entry(Activity activity, Attendance attendance, int activityIndex, int attendanceIndex) {
            this.activity = activity;
            this.attendance = attendance;
            this.activityIndex = activityIndex;
            this.attendanceIndex = attendanceIndex;
        }

        String activityPath() {
            return "activities[" + activityIndex + "]";
        }

        String path() {
            return activityPath() + ".attendance[" + attendanceIndex + "]";
        }
    }

    private final RecompensePolicy policy;
    private final StatementOptions options;
    private final int scale;
    private final RoundingMode mode;
    private final Money zero;
    /** Identifiers and wording per activity type and expense category, worked out once per engine. */
    private final Map<ActivityType, String[]> typeWords = new EnumMap<>(ActivityType.class);
    private final Map<ExpenseCategory, String[]> categoryWords = new EnumMap<>(ExpenseCategory.class);
    /** The schedule in force on each day seen, looked up once per day rather than once per record. */
    private final Map<LocalDate, Optional<RateSchedule>> schedules = new HashMap<>();
    /** Each day in words ("4 March 2026"), written once per engine. */
    private final Map<LocalDate, String> days = new HashMap<>();

    StatementEngine(RecompensePolicy policy, StatementOptions options) {
        this.policy = policy;
        this.options = options;
        this.scale = Math.max(0, policy.currency().getDefaultFractionDigits());
        this.mode = policy.lineRounding();
        this.zero = Money.zero(policy.currency());
    }

    /** The attendances of every participant in the activities, keyed by participant id. */
    static Map<String, List<Entry>> index(List<Activity> activities) {
        Map<String, List<Entry>> byParticipant = new HashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity activity = activities.get(i);
            List<Attendance> attendance = activity.attendance();
            for (int j = 0; j < attendance.size(); j++) {
                Attendance a = attendance.get(j);
                byParticipant.computeIfAbsent(a.participantId(), k -> new ArrayList<>())
                        .add(new Entry(activity, a, i, j));
            }
        }
        return byParticipant;
    }

    PaymentStatement statement(Participant participant, List<Entry> all, LocalDate from, LocalDate to) {
        Violations problems = Violations.of("PaymentStatement for " + participant.id());
        problems.check(!to.isBefore(from), "to", "must not be before from (" + from + ")", to);
        RecompensePreference preference = participant.recompense().orElse(RecompensePreference.PAYMENT);
        problems.check(preference != RecompensePreference.PART_PAYMENT || options.partPaymentPerWeek().isPresent(),
                "options.partPaymentPerWeek", "is required when the participant's preference is part-payment");
        LocalDate start = windowStart(from, preference);
        List<Entry> entries = new ArrayList<>();
        for (Entry e : all) {
            if (!e.activity.date().isExact()) {
                if (!e.activity.date().latest().isBefore(start) && !e.activity.date().earliest().isAfter(to)) {
                    problems.check(false, e.activityPath() + ".date",
                            "must be an exact day for the attendance to be paid", e.activity.date());
                }
                continue;
            }
            e.date = e.activity.date().toLocalDate();
            e.day = e.date.toEpochDay();
            if (e.date.isBefore(start) || e.date.isAfter(to)) {
                continue;
            }
            entries.add(e);
            check(e, problems);
        }
        entries.sort(ORDER);
        checkOverlaps(entries, problems);
        problems.throwIfAny();

        Set<String> roles = new LinkedHashSet<>();
        for (ParticipantRole role : participant.roles()) {
            roles.add(role.id());
        }
        String involvement = participant.involvement().id();
        Running running = new Running();
        List<StatementLine> lines = new ArrayList<>();
        List<RateSchedule> used = new ArrayList<>(2);
        for (Entry e : entries) {
            RateSchedule schedule = scheduleOn(e.date).orElseThrow();
            boolean listed = !e.date.isBefore(from);
            StatementLine time = timeLine(e, schedule, roles, involvement, preference, running);
            if (listed) {
                if (used.isEmpty() || used.get(used.size() - 1) != schedule) {
                    used.add(schedule);
                }
                lines.add(time);
                for (ExpenseClaim claim : e.attendance.expenses()) {
                    lines.add(expenseLine(e, schedule, claim));
                }
            }
        }
        return assemble(participant.id(), from, to, preference, lines, used);
    }

    private String day(LocalDate date) {
        return days.computeIfAbsent(date, Wording::date);
    }

    private Optional<RateSchedule> scheduleOn(LocalDate day) {
        return schedules.computeIfAbsent(day, policy::scheduleOn);
    }

    private LocalDate windowStart(LocalDate from, RecompensePreference preference) {
        LocalDate start = from;
        Caps caps = scheduleOn(from).map(RateSchedule::caps).orElse(Caps.none());
        DayOfWeek weekStart = caps.weekStartsOn();
        if (caps.perWeek().isPresent() || preference == RecompensePreference.PART_PAYMENT) {
            start = from.with(TemporalAdjusters.previousOrSame(weekStart));
        }
        if (caps.perTaxYear().isPresent()) {
            LocalDate yearStart = TaxYear.of(from).start();
            start = yearStart.isBefore(start) ? yearStart : start;
        }
        return start;
    }

    private void check(Entry e, Violations problems) {
        Attendance a = e.attendance;
        if (a.minutes() > MAX_MINUTES) {
            problems.check(false, e.path() + ".minutes", "must be at most 1440 (one day)", a.minutes());
        }
        if (a.preparationMinutes() > MAX_MINUTES) {
            problems.check(false, e.path() + ".preparationMinutes", "must be at most 1440 (one day) for one activity",
                    a.preparationMinutes());
        }
        if (a.travelMinutes() > MAX_MINUTES) {
            problems.check(false, e.path() + ".travelMinutes", "must be at most 1440 (one day) for one activity",
                    a.travelMinutes());
        }
        if (scheduleOn(e.date).isEmpty()) {
            problems.check(false, e.activityPath() + ".date",
                    "has no rate schedule of policy " + policy.id() + " in force", e.date);
        }
        List<ExpenseClaim> claims = a.expenses();
        for (int k = 0; k < claims.size(); k++) {
            ExpenseClaim claim = claims.get(k);
            String code = claim.currency().getCurrencyCode();
            if (!claim.currency().equals(policy.currency()) && !options.exchangeRates().containsKey(code)) {
                problems.check(false, e.path() + ".expenses[" + k + "].currency", "needs an exchange rate to "
                        + policy.currency().getCurrencyCode() + " in the statement options", code);
            }
        }
    }

    private static void checkOverlaps(List<Entry> entries, Violations problems) {
        int i = 0;
        while (i < entries.size()) {
            int j = i;
            long minutes = 0;
            while (j < entries.size() && entries.get(j).date.equals(entries.get(i).date)) {
                minutes += entries.get(j).attendance.minutes();
                j++;
            }
            if (minutes > MAX_MINUTES) {
                problems.check(false, entries.get(j - 1).path() + ".minutes",
                        "the person's attendances on " + entries.get(i).date + " add up to " + minutes
                                + " minutes, more than a day", entries.get(j - 1).attendance.minutes());
            }
            for (int p = i; p < j; p++) {
                for (int q = p + 1; q < j; q++) {
                    Entry a = entries.get(p);
                    Entry b = entries.get(q);
                    if (overlap(a, b)) {
                        problems.check(false, b.path(), "overlaps " + a.path() + " (activities " + a.activity.id()
                                + " and " + b.activity.id() + " on " + a.date + "): one person cannot attend both");
                    }
                }
            }
            i = j;
        }
    }

    private static boolean overlap(Entry a, Entry b) {
        Optional<LocalTime> aStart = a.activity.startTime();
        Optional<LocalTime> bStart = b.activity.startTime();
        if (aStart.isEmpty() || bStart.isEmpty()) {
            return false;
        }
        int aFrom = aStart.get().toSecondOfDay() / 60;
        int bFrom = bStart.get().toSecondOfDay() / 60;
        int aTo = aFrom + a.activity.durationMinutes().orElse(a.attendance.minutes());
        int bTo = bFrom + b.activity.durationMinutes().orElse(b.attendance.minutes());
        return aFrom < bTo && bFrom < aTo;
    }

    /** Totals already paid for time in the current day, week, tax year and part-payment week. */
    private static final class Running {
        LocalDate day;
        BigDecimal dayTotal = BigDecimal.ZERO;
        LocalDate week;
        BigDecimal weekTotal = BigDecimal.ZERO;
        TaxYear year;
        BigDecimal yearTotal = BigDecimal.ZERO;
        LocalDate partWeek;
        BigDecimal acceptedThisWeek = BigDecimal.ZERO;
    }

    private StatementLine timeLine(Entry e, RateSchedule schedule, Set<String> roles, String involvement,
            RecompensePreference preference, Running running) {
        Attendance a = e.attendance;
        String[] words = words(e.activity.type());
        String type = words[0];
        String opening = words[1] + " on " + day(e.date);
        ImmutableStatementLine.Builder line = StatementLine.builder().kind(LineKind.TIME).date(e.date)
                .activityId(e.activity.id()).activityType(type).scheduleVersion(schedule.version())
                .attendedMinutes(a.minutes()).preparationMinutes(a.preparationMinutes())
                .overCap(zero).declined(zero);
        Optional<RateRule> found = schedule.ruleFor(roles, involvement, type);
        if (found.isEmpty()) {
            String reason = "policy " + policy.id() + " has no rate rule for roles " + roles + " with involvement "
                    + involvement + " at a " + Wording.lower(type)
                    + "; the organisation needs to decide how this time is paid";
            return line.status(LineStatus.HELD).offered(zero).amount(zero).reason(reason)
                    .explanation(opening + ": held, " + reason + ".").build();
        }
        RateRule rule = found.get();
        line.rule(rule.id());
        if (rule.basis() == RateBasis.UNPAID) {
            String reason = rule.unpaidReason().orElseThrow();
            return line.status(LineStatus.NOT_PAID).offered(zero).amount(zero).reason(reason)
                    .explanation(opening + ": time is not paid under this policy (" + reason
                            + "); expenses are still repaid.").build();
        }
        StringBuilder text = new StringBuilder(160).append(opening);
        BigDecimal sixtieths;
        switch (rule.basis()) {
            case FLAT_FEE: {
                BigDecimal fee = rule.flatFee().orElseThrow();
                line.rate(Money.of(fee, policy.currency()));
                text.append(": a flat fee of ").append(money(fee)).append(" for the activity, preparation included");
                sixtieths = fee.multiply(SIXTY);
                break;
            }
            case TIME_EQUIVALENT: {
                int equivalent = rule.equivalentMinutes().orElseThrow();
                BigDecimal rate = rule.hourlyRate().orElseThrow();
                line.rate(Money.of(rate, policy.currency())).minutesBeforeRounding(a.minutes())
                        .minutesAfterRounding(equivalent);
                text.append(": counts as ").append(Wording.duration(equivalent)).append(" at ").append(money(rate))
                        .append(" an hour");
                sixtieths = rate.multiply(BigDecimal.valueOf(equivalent));
                break;
            }
            default:
                sixtieths = timed(e, schedule, rule, line, text);
        }
        if (a.chaired() && schedule.chairMultiplier().isPresent()) {
            BigDecimal multiplier = schedule.chairMultiplier().get();
            sixtieths = sixtieths.multiply(multiplier);
            text.append(" × ").append(multiplier.toPlainString()).append(" for chairing");
        }
        BigDecimal offered = sixtieths.divide(SIXTY, scale, mode);
        text.append(" = ").append(money(offered)).append('.');
        line.offered(Money.of(offered, policy.currency()));
        BigDecimal afterCaps = applyCaps(e.date, offered, schedule.caps(), running, text);
        line.overCap(Money.of(offered.subtract(afterCaps), policy.currency()));
        return settle(line, text, afterCaps, preference, running, e.date);
    }

    private BigDecimal timed(Entry e, RateSchedule schedule, RateRule rule, ImmutableStatementLine.Builder line,
            StringBuilder text) {
        Attendance a = e.attendance;
        int preparation = schedule.preparation().countedMinutes(a.minutes(), a.preparationMinutes());
        int travel = schedule.travelTimeShare().signum() == 0 ? 0
                : schedule.travelTimeShare().multiply(BigDecimal.valueOf(a.travelMinutes()))
                        .setScale(0, RoundingMode.HALF_UP).intValueExact();
        int before = a.minutes() + preparation + travel;
        int after = schedule.rounding().apply(before);
        line.minutesBeforeRounding(before).minutesAfterRounding(after);
        text.append(", ").append(Wording.duration(before));
        if (preparation > 0 || travel > 0) {
            text.append(" (").append(Wording.duration(a.minutes())).append(" attended");
            if (preparation > 0) {
                text.append(" + ").append(Wording.duration(preparation)).append(" preparation");
            }
            if (travel > 0) {
                text.append(" + ").append(Wording.duration(travel)).append(" travel");
            }
            text.append(')');
        }
        if (after != before) {
            TimeRounding rounding = schedule.rounding();
            boolean minimum = after == rounding.minimumMinutes() && rounding.applyIncrement(before) < after;
            text.append(minimum ? " raised to the minimum of " : after > before ? " rounded up to " : " rounded down to ")
                    .append(Wording.duration(after));
        }
        if (rule.basis() == RateBasis.HOURLY) {
            BigDecimal rate = rule.hourlyRate().orElseThrow();
            line.rate(Money.of(rate, policy.currency()));
            text.append(" at ").append(money(rate)).append(" an hour");
            return rate.multiply(BigDecimal.valueOf(after));
        }
        List<DurationBand> bands = rule.bands();
        DurationBand band = bands.get(bands.size() - 1);
        boolean beyond = true;
        for (DurationBand b : bands) {
            if (after <= b.upToMinutes()) {
                band = b;
                beyond = false;
                break;
            }
        }
        if (band.amount().isPresent()) {
            BigDecimal amount = band.amount().get();
            line.rate(Money.of(amount, policy.currency()));
            text.append(beyond ? ", longer than the top band (" + Wording.duration(band.upToMinutes())
                    + "), paid the top band's " : ", in the band up to " + Wording.duration(band.upToMinutes())
                    + ", paid ").append(money(amount));
            return amount.multiply(SIXTY);
        }
        BigDecimal rate = band.hourlyRate().orElseThrow();
        int paid = Math.min(after, band.upToMinutes());
        line.rate(Money.of(rate, policy.currency()));
        text.append(beyond ? ", longer than the top band, paid for " + Wording.duration(paid) : ", in the band up to "
                + Wording.duration(band.upToMinutes())).append(" at ").append(money(rate)).append(" an hour");
        return rate.multiply(BigDecimal.valueOf(paid));
    }

    private BigDecimal applyCaps(LocalDate date, BigDecimal offered, Caps caps, Running running, StringBuilder text) {
        if (!caps.any()) {
            return offered;
        }
        if (!date.equals(running.day)) {
            running.day = date;
            running.dayTotal = BigDecimal.ZERO;
        }
        LocalDate week = date.with(TemporalAdjusters.previousOrSame(caps.weekStartsOn()));
        if (!week.equals(running.week)) {
            running.week = week;
            running.weekTotal = BigDecimal.ZERO;
        }
        TaxYear year = TaxYear.of(date);
        if (!year.equals(running.year)) {
            running.year = year;
            running.yearTotal = BigDecimal.ZERO;
        }
        BigDecimal allowed = offered;
        String binding = null;
        BigDecimal limit = null;
        if (caps.perDay().isPresent()) {
            BigDecimal left = caps.perDay().get().subtract(running.dayTotal).max(BigDecimal.ZERO);
            if (left.compareTo(allowed) < 0) {
                allowed = left;
                binding = "daily";
                limit = caps.perDay().get();
            }
        }
        if (caps.perWeek().isPresent()) {
            BigDecimal left = caps.perWeek().get().subtract(running.weekTotal).max(BigDecimal.ZERO);
            if (left.compareTo(allowed) < 0) {
                allowed = left;
                binding = "weekly";
                limit = caps.perWeek().get();
            }
        }
        if (caps.perTaxYear().isPresent()) {
            BigDecimal left = caps.perTaxYear().get().subtract(running.yearTotal).max(BigDecimal.ZERO);
            if (left.compareTo(allowed) < 0) {
                allowed = left;
                binding = "tax-year (" + year + ")";
                limit = caps.perTaxYear().get();
            }
        }
        running.dayTotal = running.dayTotal.add(allowed);
        running.weekTotal = running.weekTotal.add(allowed);
        running.yearTotal = running.yearTotal.add(allowed);
        if (binding != null) {
            text.append(" The ").append(binding).append(" cap of ").append(money(limit)).append(" leaves ")
                    .append(money(allowed)).append(" to pay; ").append(money(offered.subtract(allowed)))
                    .append(" over the cap is not paid.");
        }
        return allowed;
    }

    private StatementLine settle(ImmutableStatementLine.Builder line, StringBuilder text, BigDecimal afterCaps,
            RecompensePreference preference, Running running, LocalDate date) {
        Money payable = Money.of(afterCaps, policy.currency());
        switch (preference) {
            case DECLINED:
                text.append(" Offered and declined at your request: nothing is paid, and it is not your earnings.");
                return line.status(LineStatus.DECLINED).declined(payable).amount(zero).explanation(text.toString())
                        .build();
            case DONATION:
                text.append(" Paid to a charity at your request, not to you.");
                return line.status(LineStatus.DONATED).amount(payable).explanation(text.toString()).build();
            case VOUCHER:
                text.append(" Paid as vouchers, which count as earnings like money.");
                return line.status(LineStatus.PAYABLE).amount(payable).explanation(text.toString()).build();
            case PART_PAYMENT:
                return partPayment(line, text, afterCaps, date, running);
            default:
                return line.status(LineStatus.PAYABLE).amount(payable).explanation(text.toString()).build();
        }
    }

    private StatementLine partPayment(ImmutableStatementLine.Builder line, StringBuilder text, BigDecimal afterCaps,
            LocalDate date, Running running) {
        LocalDate week = date.with(TemporalAdjusters.previousOrSame(scheduleOn(date).orElseThrow().caps()
                .weekStartsOn()));
        if (!week.equals(running.partWeek)) {
            running.partWeek = week;
            running.acceptedThisWeek = BigDecimal.ZERO;
        }
        BigDecimal limit = options.partPaymentPerWeek().orElseThrow();
        BigDecimal left = limit.subtract(running.acceptedThisWeek).max(BigDecimal.ZERO);
        BigDecimal paid = afterCaps.min(left);
        running.acceptedThisWeek = running.acceptedThisWeek.add(paid);
        BigDecimal declined = afterCaps.subtract(paid);
        text.append(" You asked to be paid at most ").append(money(limit)).append(" a week: ").append(money(paid))
                .append(" paid");
        if (declined.signum() > 0) {
            text.append(", ").append(money(declined)).append(" offered and declined");
        }
        text.append('.');
        return line.status(LineStatus.PAYABLE).amount(Money.of(paid, policy.currency()))
                .declined(Money.of(declined, policy.currency())).explanation(text.toString()).build();
    }

    private StatementLine expenseLine(Entry e, RateSchedule schedule, ExpenseClaim claim) {
        String[] categoryWords = words(claim.category());
        String category = categoryWords[0];
        String[] typeWords = words(e.activity.type());
        String type = typeWords[0];
        StringBuilder text = new StringBuilder(160).append(categoryWords[1]).append(" for the ")
                .append(typeWords[2]).append(" on ").append(day(e.date)).append(": ");
        BigDecimal claimed = claim.amount();
        if (!claim.currency().equals(policy.currency())) {
            BigDecimal rate = options.exchangeRates().get(claim.currency().getCurrencyCode());
            claimed = claim.amount().multiply(rate).setScale(scale, mode);
            text.append(claim.amount().toPlainString()).append(' ').append(claim.currency().getCurrencyCode())
                    .append(" at ").append(rate.toPlainString()).append(" = ");
        }
        text.append(money(claimed)).append(" claimed");
        ImmutableStatementLine.Builder line = StatementLine.builder().kind(LineKind.EXPENSE).date(e.date)
                .activityId(e.activity.id()).activityType(type).scheduleVersion(schedule.version())
                .offered(Money.of(claimed, policy.currency())).overCap(zero).declined(zero);
        Optional<ExpenseRule> found = schedule.expenseRuleFor(category);
        List<String> held = new ArrayList<>(2);
        if (found.isEmpty()) {
            held.add("this policy has no rule for " + categoryWords[2] + " expenses");
        } else {
            ExpenseRule rule = found.get();
            line.rule(category);
            if (rule.receiptRequired() && !claim.receiptAttached()) {
                held.add("a receipt is needed");
            }
            if (rule.approvalRequired() && !options.isApproved(e.activity.id(), category)) {
                held.add("it needs approval before it can be paid");
            }
            if (schedule.claimWindowDays().isPresent() && options.claimsReceivedOn().isPresent()
                    && options.claimsReceivedOn().get().isAfter(e.date.plusDays(schedule.claimWindowDays().get()))) {
                held.add("it was claimed more than " + schedule.claimWindowDays().get()
                        + " days after the activity, so it needs approval");
            }
            if (held.isEmpty()) {
                BigDecimal paid = claimed;
                if (rule.capPerClaim().isPresent() && claimed.compareTo(rule.capPerClaim().get()) > 0) {
                    paid = rule.capPerClaim().get();
                    text.append(", repaid up to the cap of ").append(money(paid)).append(" a claim = ").append(money(paid))
                            .append("; ").append(money(claimed.subtract(paid))).append(" over the cap is not repaid");
                } else {
                    text.append(", repaid at cost = ").append(money(paid));
                }
                rule.ratePerMile().ifPresent(r -> text.append(" (the policy's mileage rate is ").append(money(r))
                        .append(" a mile)"));
                text.append(". Expenses are not earnings.");
                return line.status(LineStatus.PAYABLE).amount(Money.of(paid, policy.currency()))
                        .overCap(Money.of(claimed.subtract(paid), policy.currency())).explanation(text.toString())
                        .build();
            }
        }
        String reason = String.join("; ", held);
        text.append(", held: ").append(reason).append(". It is not lost: it will be paid once this is resolved.");
        return line.status(LineStatus.HELD).amount(zero).reason(reason).explanation(text.toString()).build();
    }

    private PaymentStatement assemble(String participantId, LocalDate from, LocalDate to,
            RecompensePreference preference, List<StatementLine> lines, List<RateSchedule> used) {
        BigDecimal offered = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal declined = BigDecimal.ZERO;
        BigDecimal donated = BigDecimal.ZERO;
        BigDecimal overCaps = BigDecimal.ZERO;
        BigDecimal expenses = BigDecimal.ZERO;
        BigDecimal held = BigDecimal.ZERO;
        for (StatementLine line : lines) {
            if (line.status() == LineStatus.HELD) {
                if (line.kind() == LineKind.EXPENSE) {
                    held = held.add(line.offered().amount());
                }
                continue;
            }
            overCaps = overCaps.add(line.overCap().amount());
            if (line.kind() == LineKind.EXPENSE) {
                expenses = expenses.add(line.amount().amount());
            } else {
                offered = offered.add(line.offered().amount());
                declined = declined.add(line.declined().amount());
                if (line.status() == LineStatus.DONATED) {
                    donated = donated.add(line.amount().amount());
                } else {
                    paid = paid.add(line.amount().amount());
                }
            }
        }
        List<Citation> sources = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<RateSchedule> distinct = new ArrayList<>(used.size());
        for (RateSchedule schedule : used) {
            boolean seen = false;
            for (RateSchedule d : distinct) {
                seen |= d == schedule;
            }
            if (!seen) {
                distinct.add(schedule);
            }
        }
        for (RateSchedule schedule : distinct) {
            if (!sources.contains(schedule.source())) {
                sources.add(schedule.source());
            }
            if (schedule.source().status() == SourceStatus.UNVERIFIED) {
                notices.add("The rates \"" + schedule.version() + "\" are not confirmed from their source: they are an"
                        + " example, not official figures. Check the publisher's current policy before relying on them.");
            }
        }
        if (paid.signum() > 0) {
            notices.add("Payment for time counts as earnings for tax and benefits, whether it is paid as money or"
                    + " vouchers; repaid expenses do not. If you receive benefits, independent welfare-rights advice"
                    + " can help before you accept payment.");
        }
        return PaymentStatement.builder().participantId(participantId).from(from).to(to).policyId(policy.id())
                .currency(policy.currency()).preference(preference).paymentRoute(policy.paymentRoute())
                .lines(lines).offeredForTime(amount(offered)).paymentForTime(amount(paid)).declined(amount(declined))
                .donated(amount(donated)).overCaps(amount(overCaps)).reimbursedExpenses(amount(expenses))
                .heldExpenses(amount(held)).sources(sources).notices(notices).build();
    }

    /** The identifier, the label ("Task and finish group") and the lower-case words of an activity type. */
    private String[] words(ActivityType type) {
        return typeWords.computeIfAbsent(type, t -> new String[] {t.id(), Wording.label(t.id()), Wording.lower(t.id())});
    }

    /** The identifier, the label and the lower-case words of an expense category. */
    private String[] words(ExpenseCategory category) {
        return categoryWords.computeIfAbsent(category,
                c -> new String[] {c.id(), Wording.label(c.id()), Wording.lower(c.id())});
    }

    private Money amount(BigDecimal value) {
        return Money.of(value.setScale(scale, RoundingMode.UNNECESSARY), policy.currency());
    }

    private String money(BigDecimal value) {
        return Money.of(value.scale() < scale ? value.setScale(scale) : value, policy.currency()).toString();
    }
}
