package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.internal.AttendanceTimes;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;

/**
 * Works out payment statements. Each person's attendance records are picked out of the activities and put
 * in order (date, start time, then activity identifier); every input the statement needs is checked first, so nothing
 * is half-applied; then each record is priced in that order with {@link BigDecimal}, caps and the person's
 * preference are applied, and each expense claim is listed after its record's time line.
 *
 * <p>Records before the period count only towards what a weekly cap, a tax-year cap or a weekly
 * part-payment needs: the engine starts from the first day of the week or tax year the period starts in.
 * There, a record on a day the policy has no rates for, or of an activity known only by its month, is left
 * out with a note, and its expenses are not read, as they are not listed.
 *
 * <p>A record on a day the person's consent does not cover (before it was given, or after it was withdrawn)
 * is not priced, whatever the entry point: in the period its time and expenses are held with the reason, as a
 * line no rule prices is, for the organisation to check; before the period it counts towards no cap, with a
 * note.
 */
final class StatementEngine {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final RecompensePolicy policy;
    private final StatementOptions options;
    private final int scale;
    private final Money zero;
    /** Zero with the currency's decimal places, shared by every line. */
    private final BigDecimal zeroAmount;
    private final RoundingMode rounding;
    private final Map<LocalDate, Optional<RateSchedule>> schedules = new HashMap<>();
    /** The rate shown on lines, one {@link Money} per rate of the policy. */
    private final Map<BigDecimal, Money> rates = new IdentityHashMap<>();

    StatementEngine(RecompensePolicy policy, StatementOptions options) {
        this.policy = policy;
        this.options = options;
        this.scale = Math.max(0, policy.currency().getDefaultFractionDigits());
        this.zeroAmount = BigDecimal.ZERO.setScale(scale);
        this.zero = Money.of(zeroAmount, policy.currency());
        this.rounding = policy.lineRounding();
    }

    /** One attendance record of one person, with its activity: a slot of the time rules that can be priced. */
    static final class Entry extends AttendanceTimes.Slot {
        final Activity activity;
        final Attendance record;

        Entry(Activity activity, int activityIndex, Attendance record, int recordIndex) {
            super(activity.id(), activityIndex, recordIndex,
                    activity.date().isExact() ? activity.date().toLocalDate() : null, activity.startTime(),
                    record.minutes());
            this.activity = activity;
            this.record = record;
        }
    }

    /** The records of each person listed, in the order given, read once from the activities. */
    static Map<String, List<Entry>> recordsOf(Collection<String> participantIds, List<Activity> activities) {
        Map<String, List<Entry>> byPerson = new HashMap<>();
        for (String id : participantIds) {
            byPerson.put(id, new ArrayList<>());
        }
        for (int i = 0; i < activities.size(); i++) {
            List<Attendance> attendance = activities.get(i).attendance();
            for (int j = 0; j < attendance.size(); j++) {
                List<Entry> theirs = byPerson.get(attendance.get(j).participantId());
                if (theirs != null) {
                    theirs.add(new Entry(activities.get(i), i, attendance.get(j), j));
                }
            }
        }
        return byPerson;
    }

    /** The statement of one person from their records, given in input order. */
    PaymentStatement statement(Participant participant, List<Entry> records, LocalDate from, LocalDate to) {
        RecompensePreference preference = participant.recompense().orElse(RecompensePreference.PAYMENT);
        LocalDate start = windowStart(from, preference);
        Violations problems = Violations.of("PaymentStatement for " + participant.id());
        checkOptions(preference, from, to, problems);
        List<Entry> window = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Entry entry : records) {
            if (entry.day == null) {
                checkUndated(entry, start, from, to, problems, notes);
            } else if (entry.day.isBefore(start) || entry.day.isAfter(to)) {
                continue;
            } else if (entry.day.isBefore(from) && scheduleOn(entry.day).isEmpty()) {
                // Before the period, a record counts only towards caps; the policy had no rates that day.
                notes.add("The attendance at " + entry.activity.id() + " on " + Wording.date(entry.day)
                        + ", before this period, falls outside the policy " + policy.id() + " (no rate schedule is"
                        + " in force that day), so it does not count towards its caps or part-payment.");
            } else {
                checkRecord(entry, !entry.day.isBefore(from), problems);
                window.add(entry);
            }
        }
        // Date, then start time (activities without one first), then activity: the order caps are applied in.
        window.sort(AttendanceTimes.ORDER);
        AttendanceTimes.check(window, problems);
        problems.throwIfAny();

        Pricing pricing = new Pricing(participant, preference);
        List<StatementLine> lines = new ArrayList<>();
        List<RateSchedule> used = new ArrayList<>(2);
        for (Entry entry : window) {
            RateSchedule schedule = scheduleOn(entry.day).orElseThrow();
            boolean inPeriod = !entry.day.isBefore(from);
            if (inPeriod && !used.contains(schedule)) {
                used.add(schedule);
            }
            String withoutConsent = withoutConsent(participant, entry.day);
            if (withoutConsent != null) {
                // Not priced, so it counts towards no cap; in the period it is shown, held, with the reason.
                if (inPeriod) {
                    lines.add(heldTime(entry, schedule, withoutConsent));
                    for (ExpenseClaim claim : entry.record.expenses()) {
                        lines.add(expenseLine(entry, schedule, claim, withoutConsent));
                    }
                } else {
                    notes.add("The attendance at " + entry.activity.id() + " on " + Wording.date(entry.day)
                            + ", before this period, is on a day the person's consent did not cover, so it does not"
                            + " count towards the policy's caps or part-payment.");
                }
                continue;
            }
            Optional<RateRule> rule = schedule.ruleFor(pricing.roles, pricing.involvement, entry.activity.type().id());
            StatementLine time = pricing.timeLine(entry, schedule, rule);
            if (inPeriod) {
                lines.add(time);
                pricing.unpaidTravel(entry, schedule, rule).ifPresent(lines::add);
                for (ExpenseClaim claim : entry.record.expenses()) {
                    lines.add(expenseLine(entry, schedule, claim, null));
                }
            }
        }
        return assemble(participant.id(), from, to, preference, lines, used, notes);
    }

    /**
     * Why the person's consent does not cover a day, or null when it does: the day is before consent was
     * certainly given, or after it was withdrawn (the day of withdrawal is still covered).
     */
    private static String withoutConsent(Participant participant, LocalDate day) {
        Consent consent = participant.consent();
        String check = "; the organisation needs to check the record before anything is paid for it";
        if (!consent.coversDay(day)) {
            return "consent was withdrawn on " + Wording.date(consent.withdrawnOn().orElseThrow())
                    + ", before this attendance" + check;
        }
        PartialDate given = consent.givenOn();
        if (day.isBefore(given.earliest())) {
            return "this attendance is dated before consent was given on "
                    + (given.isExact() ? Wording.date(given.toLocalDate()) : given.toString()) + check;
        }
        return null;
    }

    private Optional<RateSchedule> scheduleOn(LocalDate day) {
        Optional<RateSchedule> found = schedules.get(day);  // looked up once a day, for every record on it
        if (found == null) {
            found = policy.scheduleOn(day);
            schedules.put(day, found);
        }
        return found;
    }

    /** The first day whose records the statement needs: the period's, or its week's or tax year's for a cap. */
    private LocalDate windowStart(LocalDate from, RecompensePreference preference) {
        LocalDate start = from;
        Caps caps = scheduleOn(from).map(RateSchedule::caps).orElse(Caps.none());
        if (caps.perWeek().isPresent() || preference == RecompensePreference.PART_PAYMENT) {
            start = from.with(TemporalAdjusters.previousOrSame(caps.weekStartsOn()));
        }
        if (caps.perTaxYear().isPresent() && TaxYear.of(from).start().isBefore(start)) {
            start = TaxYear.of(from).start();
        }
        return start;
    }

    private void checkOptions(RecompensePreference preference, LocalDate from, LocalDate to, Violations problems) {
        problems.check(!to.isBefore(from), "to", "must not be before from (" + from + ")", to);
        boolean part = preference == RecompensePreference.PART_PAYMENT;
        problems.check(!part || options.partPaymentPerWeek().isPresent(), "options.partPaymentPerWeek",
                "is required when the participant's preference is part-payment");
        if (part && options.partPaymentPerWeek().isPresent()) {
            BigDecimal amount = options.partPaymentPerWeek().get();
            problems.check(amount.scale() <= scale || amount.stripTrailingZeros().scale() <= scale,
                    "options.partPaymentPerWeek", "must have at most " + scale + " decimal places for "
                            + policy.currency().getCurrencyCode(), amount);
        }
    }

    /**
     * An activity known only by its month or year cannot be paid if it may fall in the period; if it may fall only
     * before the period, where it would count towards a cap, it is left out and a note says so.
     */
    private static void checkUndated(Entry entry, LocalDate start, LocalDate from, LocalDate to, Violations problems,
            List<String> notes) {
        LocalDate earliest = entry.activity.date().earliest();
        LocalDate latest = entry.activity.date().latest();
        if (!latest.isBefore(from) && !earliest.isAfter(to)) {
            problems.check(false, "activities[" + entry.activityIndex + "].date",
                    "must be an exact day for the attendance to be paid", entry.activity.date());
        } else if (!latest.isBefore(start) && !earliest.isAfter(to)) {
            notes.add("The attendance at " + entry.activity.id() + ", known only as " + entry.activity.date()
                    + ", may fall before this period in a week or tax year the policy's caps or part-payment count;"
                    + " without an exact day it does not count towards them.");
        }
    }

    /**
     * A record's schedule; in the period also its expenses' currencies, as they are listed. Its minutes need no
     * check here: an attendance holds at most {@link Attendance#MAX_MINUTES} of each kind.
     */
    private void checkRecord(Entry entry, boolean inPeriod, Violations problems) {
        Attendance record = entry.record;
        if (scheduleOn(entry.day).isPresent() && (!inPeriod || record.expenses().isEmpty())) {
            return;  // the common case, without writing the text of problems it does not have
        }
        String path = entry.path();
        problems.check(scheduleOn(entry.day).isPresent(), "activities[" + entry.activityIndex + "].date",
                "has no rate schedule of policy " + policy.id() + " in force", entry.day);
        for (int k = 0; inPeriod && k < record.expenses().size(); k++) {
            String code = record.expenses().get(k).currency().getCurrencyCode();
            problems.check(record.expenses().get(k).currency().equals(policy.currency())
                    || options.exchangeRates().containsKey(code), path + ".expenses[" + k + "].currency",
                    "needs an exchange rate to " + policy.currency().getCurrencyCode() + " in the statement options",
                    code);
        }
    }

    /** One person's pricing, with what caps and part-payment have already allowed in each day, week and year. */
    private final class Pricing {
        private final Set<String> roles = new LinkedHashSet<>();
        private final String involvement;
        private final RecompensePreference preference;
        private final Map<String, BigDecimal> used = new HashMap<>();

        Pricing(Participant participant, RecompensePreference preference) {
            participant.roles().forEach(role -> roles.add(role.id()));
            this.involvement = participant.involvement().id();
            this.preference = preference;
        }

        StatementLine timeLine(Entry entry, RateSchedule schedule, Optional<RateRule> found) {
            Attendance record = entry.record;
            String type = entry.activity.type().id();
            var line = timeFields(entry, schedule);
            if (found.isEmpty()) {
                return heldTime(entry, schedule, "policy " + policy.id() + " has no rate rule for roles " + roles
                        + " with involvement " + involvement + " at a " + Wording.lower(type)
                        + "; the organisation needs to decide how this time is paid");
            }
            RateRule rule = found.get();
            line.rule(rule.id());
            Explanation.TimeFacts facts = new Explanation.TimeFacts(policy.currency(), entry.activity.type(),
                    entry.day, record, schedule, rule, preference);
            if (rule.basis() == RateBasis.UNPAID) {
                return line.status(LineStatus.NOT_PAID).offered(zero).overCap(zero).declined(zero).amount(zero)
                        .reason(rule.unpaidReason().orElseThrow()).explained(facts).build();
            }
            Integer before = null;
            int paidMinutes = 0;
            if (rule.basis() == RateBasis.TIME_EQUIVALENT) {
                paidMinutes = rule.equivalentMinutes().orElseThrow();
                before = record.minutes();
            } else if (rule.basis() != RateBasis.FLAT_FEE) {
                before = paidTime(schedule, record);
                paidMinutes = schedule.rounding().apply(before);
            }
            boolean chaired = record.chaired() && schedule.chairMultiplier().isPresent();
            BigDecimal offered = offered(rule, paidMinutes, chaired ? schedule.chairMultiplier().get() : null);
            facts.offered = offered;
            BigDecimal allowed = applyCaps(entry.day, offered, schedule.caps(), facts);
            BigDecimal declined = zeroAmount;
            BigDecimal amount = allowed;
            LineStatus status = LineStatus.PAYABLE;
            if (preference == RecompensePreference.DECLINED) {
                status = LineStatus.DECLINED;
                declined = allowed;
                amount = zeroAmount;
            } else if (preference == RecompensePreference.DONATION) {
                status = LineStatus.DONATED;
            } else if (preference == RecompensePreference.PART_PAYMENT) {
                amount = partPayment(entry.day, schedule, allowed, facts);
                declined = allowed.subtract(amount);
            }
            if (before != null) {
                line.minutesBeforeRounding(before).minutesAfterRounding(paidMinutes);
            }
            Money offeredMoney = money(offered);
            // Without a cap that bit, nothing is over a cap: no subtraction to make.
            Money overCap = allowed == offered ? zero : money(offered.subtract(allowed));
            return line.status(status).rate(rate(rule, paidMinutes)).offered(offeredMoney)
                    .overCap(overCap).declined(money(declined))
                    .amount(amount == offered ? offeredMoney : money(amount)).explained(facts).build();
        }

        /** The travel time a priced line did not count, as a line of its own, not paid under this policy. */
        Optional<StatementLine> unpaidTravel(Entry entry, RateSchedule schedule, Optional<RateRule> rule) {
            RateBasis basis = rule.isPresent() ? rule.get().basis() : RateBasis.UNPAID;
            int recorded = entry.record.travelMinutes();
            int counted = basis == RateBasis.HOURLY || basis == RateBasis.BANDED ? travel(schedule, recorded) : 0;
            if (basis == RateBasis.UNPAID || recorded == counted) {
                return Optional.empty();
            }
            return Optional.of(StatementLine.builder().kind(LineKind.TIME).status(LineStatus.NOT_PAID).date(entry.day)
                    .activityId(entry.activity.id()).activityType(entry.activity.type().id()).rule(rule.get().id())
                    .scheduleVersion(schedule.version()).offered(zero).overCap(zero).declined(zero).amount(zero)
                    .reason("travel time is not paid under this policy")
                    .explained(new Explanation.UnpaidTravel(entry.activity.type(), entry.day, recorded, counted,
                            schedule.travelTimeShare())).build());
        }

        /** The amount left after the day's, week's and tax year's caps; the binding one is noted in the facts. */
        private BigDecimal applyCaps(LocalDate day, BigDecimal offered, Caps caps, Explanation.TimeFacts facts) {
            if (!caps.any()) {
                return offered;
            }
            String week = "week " + day.with(TemporalAdjusters.previousOrSame(caps.weekStartsOn()));
            String year = "year " + TaxYear.of(day);
            String[] keys = {"day " + day, week, year};
            List<Optional<BigDecimal>> limits = List.of(caps.perDay(), caps.perWeek(), caps.perTaxYear());
            String[] names = {"daily", "weekly", "tax-year (" + TaxYear.of(day) + ")"};
            BigDecimal allowed = offered;
            for (int c = 0; c < 3; c++) {
                if (limits.get(c).isPresent()) {
                    BigDecimal left = limits.get(c).get().setScale(scale, RoundingMode.UNNECESSARY)
                            .subtract(used.getOrDefault(keys[c], BigDecimal.ZERO)).max(zeroAmount);
                    if (left.compareTo(allowed) < 0) {
                        allowed = left;
                        facts.capName = names[c];
                        facts.capLimit = limits.get(c).get();
                        facts.allowed = left;
                    }
                }
            }
            for (String key : keys) {
                used.merge(key, allowed, BigDecimal::add);
            }
            return allowed;
        }

        /** The part of a line a person on part-payment accepts, up to their weekly amount. */
        private BigDecimal partPayment(LocalDate day, RateSchedule schedule, BigDecimal allowed,
                Explanation.TimeFacts facts) {
            BigDecimal limit = options.partPaymentPerWeek().orElseThrow();
            String week = "part " + day.with(TemporalAdjusters.previousOrSame(schedule.caps().weekStartsOn()));
            BigDecimal left = limit.setScale(scale, RoundingMode.UNNECESSARY)
                    .subtract(used.getOrDefault(week, BigDecimal.ZERO)).max(zeroAmount);
            BigDecimal paid = allowed.min(left);
            used.merge(week, paid, BigDecimal::add);
            facts.partLimit = limit;
            facts.partPaid = paid;
            facts.partDeclined = allowed.subtract(paid);
            return paid;
        }
    }

    /** A time line's fields that every time line has. */
    private static StatementLine.Builder timeFields(Entry entry, RateSchedule schedule) {
        return StatementLine.builder().kind(LineKind.TIME).date(entry.day).activityId(entry.activity.id())
                .activityType(entry.activity.type().id()).scheduleVersion(schedule.version())
                .attendedMinutes(entry.record.minutes()).preparationMinutes(entry.record.preparationMinutes());
    }

    /** A time line held with its reason: nothing is offered until the organisation decides. */
    private StatementLine heldTime(Entry entry, RateSchedule schedule, String reason) {
        return timeFields(entry, schedule).status(LineStatus.HELD).offered(zero).overCap(zero).declined(zero)
                .amount(zero).reason(reason)
                .explanation(Wording.opening(entry.activity.type().id(), entry.day) + ": held, " + reason + ".")
                .build();
    }

    /** Attended time plus the preparation and travel time the schedule counts. */
    static int paidTime(RateSchedule schedule, Attendance record) {
        return record.minutes() + schedule.preparation().countedMinutes(record.minutes(), record.preparationMinutes())
                + travel(schedule, record.travelMinutes());
    }

    static int travel(RateSchedule schedule, int travelMinutes) {
        BigDecimal share = schedule.travelTimeShare();
        if (share.signum() == 0) {
            return 0;  // travel not paid, as in most policies: nothing to work out
        }
        return share.multiply(BigDecimal.valueOf(travelMinutes)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** What a rule gives for the paid minutes, times the chair's multiplier when given, rounded once. */
    private BigDecimal offered(RateRule rule, int minutes, BigDecimal chairMultiplier) {
        BigDecimal sixtieths = rule.basis() == RateBasis.FLAT_FEE ? rule.flatFee().orElseThrow().multiply(SIXTY)
                : rule.basis() == RateBasis.BANDED ? rule.bandSixtieths(minutes)
                : rule.hourlyRate().orElseThrow().multiply(BigDecimal.valueOf(minutes));
        if (chairMultiplier != null) {
            sixtieths = sixtieths.multiply(chairMultiplier);
        }
        return sixtieths.divide(SIXTY, scale, rounding);
    }

    /** The rate shown on a line: the flat fee, the hourly rate, or the fee or rate of the band the time is in. */
    private Money rate(RateRule rule, int paidMinutes) {
        DurationBand band = rule.basis() == RateBasis.BANDED ? band(rule, paidMinutes) : null;
        BigDecimal value = rule.basis() == RateBasis.FLAT_FEE ? rule.flatFee().orElseThrow()
                : band == null ? rule.hourlyRate().orElseThrow()
                : band.amount().orElseGet(band.hourlyRate()::orElseThrow);
        Money shown = rates.get(value);
        if (shown == null) {
            shown = Money.of(value, policy.currency());
            rates.put(value, shown);
        }
        return shown;
    }

    /** The band the paid time falls in, or the top band when it is longer than every band. */
    static DurationBand band(RateRule rule, int minutes) {
        for (DurationBand band : rule.bands()) {
            if (minutes <= band.upToMinutes()) {
                return band;
            }
        }
        return rule.bands().get(rule.bands().size() - 1);
    }

    /**
     * An expense claim's line: repaid at cost (or by the mile), up to its cap, or held with the reasons, the
     * first of them {@code withoutConsent} when that is not null.
     */
    private StatementLine expenseLine(Entry entry, RateSchedule schedule, ExpenseClaim claim, String withoutConsent) {
        String category = claim.category().id();
        Explanation.ExpenseFacts facts = new Explanation.ExpenseFacts(policy.currency(), entry.activity.type(),
                entry.day, claim, schedule.expenseRuleFor(category).orElse(null));
        ExpenseRule rule = facts.rule;
        facts.claimed = claim.amount();
        if (!claim.currency().equals(policy.currency())) {
            facts.exchangeRate = options.exchangeRates().get(claim.currency().getCurrencyCode());
            facts.claimed = claim.amount().multiply(facts.exchangeRate).setScale(scale, rounding);
        }
        // With miles and a rate per mile, the policy's rate sets what is owed, whatever amount was claimed.
        if (rule != null && claim.miles().isPresent() && rule.ratePerMile().isPresent()) {
            facts.priced = claim.miles().get().multiply(rule.ratePerMile().get()).setScale(scale, rounding);
        }
        BigDecimal owed = facts.priced != null ? facts.priced : facts.claimed;
        List<String> held = heldReasons(entry, schedule, claim, rule, withoutConsent);
        facts.paid = owed;
        if (held.isEmpty() && rule.capPerClaim().isPresent() && owed.compareTo(rule.capPerClaim().get()) > 0) {
            facts.paid = rule.capPerClaim().get();
        }
        Money offered = Money.of(owed, policy.currency());
        var line = StatementLine.builder().kind(LineKind.EXPENSE).date(entry.day).activityId(entry.activity.id())
                .activityType(entry.activity.type().id()).scheduleVersion(schedule.version())
                .offered(offered).overCap(zero).declined(zero).explained(facts);
        if (rule != null) {
            line.rule(category);
        }
        if (!held.isEmpty()) {
            facts.heldReason = String.join("; ", held);
            return line.status(LineStatus.HELD).amount(zero).reason(facts.heldReason).build();
        }
        if (facts.paid.compareTo(owed) != 0 || owed.scale() != scale) {
            line.overCap(Money.of(owed.subtract(facts.paid), policy.currency()));
        }
        return line.status(LineStatus.PAYABLE)
                .amount(facts.paid == owed ? offered : Money.of(facts.paid, policy.currency())).build();
    }

    /**
     * Why a claim is held: its attendance is without consent, no rule, miles with no rate, no receipt, no
     * approval, or claimed too late.
     */
    private List<String> heldReasons(Entry entry, RateSchedule schedule, ExpenseClaim claim, ExpenseRule rule,
            String withoutConsent) {
        List<String> held = new ArrayList<>(0);  // no array is made for a claim with nothing to hold it
        if (withoutConsent != null) {
            held.add(withoutConsent);
        }
        if (rule == null) {
            held.add("this policy has no rule for " + Wording.lower(claim.category().id()) + " expenses");
            return held;
        }
        if (claim.miles().isPresent() && rule.ratePerMile().isEmpty()) {
            held.add("the policy's mileage rule has no rate per mile to price the "
                    + claim.miles().get().toPlainString() + " miles");
        }
        if (rule.receiptRequired() && !claim.receiptAttached()) {
            held.add("a receipt is needed");
        }
        if (rule.approvalRequired() && !options.isApproved(entry.activity.id(), rule.category())) {
            held.add("it needs approval before it can be paid");
        }
        Optional<LocalDate> submitted = claim.submittedOn().isPresent() ? claim.submittedOn()
                : options.claimsReceivedOn();
        if (schedule.claimWindowDays().isPresent() && submitted.isPresent()
                && submitted.get().isAfter(entry.day.plusDays(schedule.claimWindowDays().get()))) {
            held.add("it was claimed more than " + schedule.claimWindowDays().get()
                    + " days after the activity, so it needs approval");
        }
        return held;
    }

    /** The statement of the lines, checked like any other: totals, sources of the schedules used, notices. */
    private PaymentStatement assemble(String participantId, LocalDate from, LocalDate to,
            RecompensePreference preference, List<StatementLine> lines, List<RateSchedule> used, List<String> notices) {
        Totals totals = new Totals();
        for (StatementLine line : lines) {
            totals.add(line);
        }
        List<Citation> sources = new ArrayList<>();
        for (RateSchedule schedule : used) {
            if (!sources.contains(schedule.source())) {
                sources.add(schedule.source());
            }
            if (schedule.source().status() == SourceStatus.UNVERIFIED) {
                notices.add("The rates \"" + schedule.version() + "\" are not confirmed from their source: they are"
                        + " an example, not official figures. Check the publisher's current policy before relying on"
                        + " them.");
            }
        }
        if (totals.paymentForTime.signum() > 0) {
            notices.add("Payment for time counts as earnings for tax and benefits, whether it is paid as money or"
                    + " vouchers; repaid expenses do not. If you receive benefits, independent welfare-rights advice"
                    + " can help before you accept payment.");
        }
        return PaymentStatement.builder().participantId(participantId).from(from).to(to).policyId(policy.id())
                .currency(policy.currency()).preference(preference).paymentRoute(policy.paymentRoute()).lines(lines)
                .offeredForTime(money(totals.offeredForTime)).paymentForTime(money(totals.paymentForTime))
                .declined(money(totals.declined)).donated(money(totals.donated)).overCaps(money(totals.overCaps))
                .reimbursedExpenses(money(totals.reimbursedExpenses)).expensesOverCaps(money(totals.expensesOverCaps))
                .heldExpenses(money(totals.heldExpenses))
                .sources(sources).notices(notices).build();
    }

    /** An amount of this policy's currency, with the currency's decimal places; zero is one shared value. */
    private Money money(BigDecimal value) {
        return value.signum() == 0 ? zero
                : Money.of(value.setScale(scale, RoundingMode.UNNECESSARY), policy.currency());
    }
}
