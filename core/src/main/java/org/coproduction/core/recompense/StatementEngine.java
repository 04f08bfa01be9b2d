package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /** The order of the records as given: activity, then attendance within it. */
    private static final Comparator<Entry> INPUT_ORDER = (a, b) -> a.activityIndex != b.activityIndex
            ? Integer.compare(a.activityIndex, b.activityIndex) : Integer.compare(a.attendanceIndex, b.attendanceIndex);

    /** One attendance of the participant, with where it sits in the input for error paths. */
    static final class Entry {
        final Activity activity;
        final Attendance attendance;
        final int activityIndex;
        final int attendanceIndex;
        /*
         * Copies of the fields pricing reads, taken while the records are read in order, so that pricing one
         * person's attendances, scattered through the records, reads one object per attendance, not four.
         */
        final String activityId;
        final ActivityType type;
        final int minutes;
        final int preparationMinutes;
        final int travelMinutes;
        final boolean chaired;
        final List<ExpenseClaim> expenses;
        /** The activity's start as minutes after midnight, or -1 when it has no start time. */
        final int startMinute;
        /** The activity's day, or null when only its month or year is known. */
        final LocalDate date;
        /** The schedule in force on the day, or null when the day is not known. */
        final Optional<RateSchedule> schedule;

        Entry(Activity activity, Attendance attendance, int activityIndex, int attendanceIndex, String activityId,
                ActivityType type, int minutes, int preparationMinutes, int travelMinutes, boolean chaired,
                List<ExpenseClaim> expenses, int startMinute, LocalDate date, Optional<RateSchedule> schedule) {
            this.activity = activity;
            this.attendance = attendance;
            this.activityIndex = activityIndex;
            this.attendanceIndex = attendanceIndex;
            this.activityId = activityId;
            this.type = type;
            this.minutes = minutes;
            this.preparationMinutes = preparationMinutes;
            this.travelMinutes = travelMinutes;
            this.chaired = chaired;
            this.expenses = expenses;
            this.startMinute = startMinute;
            this.date = date;
            this.schedule = schedule;
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
    /**
     * The identifier, the label ("Task and finish group") and the lower-case words of each activity type
     * and expense category, written once per engine and only read afterwards, so that explanations written
     * later, on any thread, read no changing state.
     */
    private final Map<ActivityType, String[]> typeWords = new EnumMap<>(ActivityType.class);
    private final Map<ExpenseCategory, String[]> categoryWords = new EnumMap<>(ExpenseCategory.class);
    /** The schedule in force on each day seen, looked up once per day rather than once per record. */
    private final Map<LocalDate, Optional<RateSchedule>> schedules = new HashMap<>();
    private final Currency currency;
    /** The pricing of each rule under each schedule, and the last one used, as lines of one rule come in runs. */
    private final Map<RateSchedule, Map<RateRule, Pricing>> pricings = new IdentityHashMap<>();
    private RateSchedule pricingSchedule;
    private RateRule pricingRule;
    private Pricing lastPricing;
    /**
     * The rate rules for each combination of roles (in the participant's order, as reasons name them) and
     * involvement seen, so that people with the same roles share one lookup per schedule and activity type.
     */
    private final Map<List<String>, PersonRules> personRules = new HashMap<>();
    private final Integer[] boxedMinutes = new Integer[2 * MAX_MINUTES + 1];

    StatementEngine(RecompensePolicy policy, StatementOptions options) {
        this.policy = policy;
        this.options = options;
        this.scale = Math.max(0, policy.currency().getDefaultFractionDigits());
        this.mode = policy.lineRounding();
        this.zero = Money.zero(policy.currency());
        this.currency = policy.currency();
        for (ActivityType t : ActivityType.values()) {
            typeWords.put(t, new String[] {t.id(), Wording.label(t.id()), Wording.lower(t.id())});
        }
        for (ExpenseCategory c : ExpenseCategory.values()) {
            categoryWords.put(c, new String[] {c.id(), Wording.label(c.id()), Wording.lower(c.id())});
        }
    }

    /**
     * The attendances of every participant in the activities, keyed by participant id, each with its
     * activity's day, schedule and rank worked out once per activity rather than once per attendance.
     */
    Index index(List<Activity> activities) {
        int count = activities.size();
        Activity[] byInput = activities.toArray(new Activity[0]);
        LocalDate[] dates = new LocalDate[count];
        String[] ids = new String[count];
        ActivityType[] types = new ActivityType[count];
        int[] startMinutes = new int[count];
        int[] firstRecord = new int[count + 1];
        long firstDay = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            Activity activity = byInput[i];
            dates[i] = activity.date().isExact() ? activity.date().toLocalDate() : null;
            ids[i] = activity.id();
            types[i] = activity.type();
            startMinutes[i] = activity.startTime().map(t -> t.toSecondOfDay() / 60).orElse(-1);
            firstRecord[i + 1] = firstRecord[i] + activity.attendance().size();
            if (dates[i] != null) {
                firstDay = Math.min(firstDay, dates[i].toEpochDay());
            }
        }
        // Day order first, as whole numbers (undated first, as before), with the input position breaking ties
        // so that the sort is stable; then identifier order within each day, stable too.
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            long day = dates[i] == null ? 0 : dates[i].toEpochDay() - firstDay + 1;
            keys[i] = day << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[count];
        for (int r = 0; r < count; r++) {
            order[r] = (int) keys[r];
        }
        Comparator<Integer> byId = (x, y) -> ids[x].compareTo(ids[y]);
        for (int r = 0; r < count;) {
            int end = r + 1;
            while (end < count && keys[end] >>> 32 == keys[r] >>> 32) {
                end++;
            }
            if (end - r > 1 && keys[r] >>> 32 != 0) {
                Integer[] day = new Integer[end - r];
                for (int k = r; k < end; k++) {
                    day[k - r] = order[k];
                }
                Arrays.sort(day, byId);
                for (int k = r; k < end; k++) {
                    order[k] = day[k - r];
                }
            }
            r = end;
        }
        int[] rank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[order[r]] = r;
        }
        // The records are read once, in the order given (the order they sit in memory, usually), and listed in
        // one array, so that making one person's entries later reads each record directly rather than through
        // its activity and the activity's list. Each person's attendances are whole numbers (the activity's place
        // in date order and the record's place in the input), sorted per person into date order.
        Attendance[] records = new Attendance[firstRecord[count]];
        Map<String, References> byParticipant = new HashMap<>();
        int g = 0;
        for (int i = 0; i < count; i++) {
            List<Attendance> attendance = byInput[i].attendance();
            long activityRank = (long) rank[i] << 32;
            for (int j = 0; j < attendance.size(); j++, g++) {
                Attendance record = attendance.get(j);
                records[g] = record;
                String id = record.participantId();
                References references = byParticipant.get(id);
                if (references == null) {
                    references = new References();
                    byParticipant.put(id, references);
                }
                references.add(activityRank | g);
            }
        }
        for (References references : byParticipant.values()) {
            Arrays.sort(references.values, 0, references.size);
        }
        @SuppressWarnings("unchecked")
        Optional<RateSchedule>[] schedules = new Optional[count];
        for (int i = 0; i < count; i++) {
            schedules[i] = dates[i] == null ? null : scheduleOn(dates[i]);
        }
        return new Index(byInput, order, firstRecord, dates, ids, types, startMinutes, schedules, records,
                byParticipant);
    }

    /** Where each person's attendances are, in date order, and what is known of each activity. */
    static final class Index {
        private final Activity[] activities;
        private final int[] order;
        private final int[] firstRecord;
        private final LocalDate[] dates;
        private final String[] ids;
        private final ActivityType[] types;
        private final int[] startMinutes;
        private final Optional<RateSchedule>[] schedules;
        private final Attendance[] records;
        private final Map<String, References> byParticipant;

        Index(Activity[] activities, int[] order, int[] firstRecord, LocalDate[] dates, String[] ids,
                ActivityType[] types, int[] startMinutes, Optional<RateSchedule>[] schedules, Attendance[] records,
                Map<String, References> byParticipant) {
            this.activities = activities;
            this.order = order;
            this.firstRecord = firstRecord;
            this.dates = dates;
            this.ids = ids;
            this.types = types;
            this.startMinutes = startMinutes;
            this.schedules = schedules;
            this.records = records;
            this.byParticipant = byParticipant;
        }

        /** The person's attendances in date order, then activity identifier order; empty when none. */
        List<Entry> entries(String participantId) {
            References references = byParticipant.get(participantId);
            if (references == null) {
                return List.of();
            }
            List<Entry> entries = new ArrayList<>(references.size);
            for (int k = 0; k < references.size; k++) {
                long reference = references.values[k];
                int i = order[(int) (reference >>> 32)];
                int g = (int) reference;
                Attendance record = records[g];
                entries.add(new Entry(activities[i], record, i, g - firstRecord[i], ids[i], types[i],
                        record.minutes(), record.preparationMinutes(), record.travelMinutes(), record.chaired(),
                        record.expenses(), startMinutes[i], dates[i], schedules[i]));
            }
            return entries;
        }
    }

    /** A growing list of whole numbers. */
    private static final class References {
        long[] values = new long[8];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    PaymentStatement statement(Participant participant, List<Entry> all, LocalDate from, LocalDate to) {
        Violations problems = Violations.of("PaymentStatement for " + participant.id());
        problems.check(!to.isBefore(from), "to", "must not be before from (" + from + ")", to);
        RecompensePreference preference = participant.recompense().orElse(RecompensePreference.PAYMENT);
        problems.check(preference != RecompensePreference.PART_PAYMENT || options.partPaymentPerWeek().isPresent(),
                "options.partPaymentPerWeek", "is required when the participant's preference is part-payment");
        if (preference == RecompensePreference.PART_PAYMENT && options.partPaymentPerWeek().isPresent()) {
            BigDecimal part = options.partPaymentPerWeek().get();
            problems.check(part.scale() <= scale || part.stripTrailingZeros().scale() <= scale,
                    "options.partPaymentPerWeek", "must have at most " + scale + " decimal places for "
                            + policy.currency().getCurrencyCode(), part);
        }
        LocalDate start = windowStart(from, preference);
        List<Entry> entries = new ArrayList<>(all.size());
        Violations found = Violations.of("PaymentStatement for " + participant.id());
        gather(all, start, to, entries, found);
        if (found.any()) {
            // The records are read in date order; problems are reported in the order of the records given.
            List<Entry> inInput = new ArrayList<>(all);
            inInput.sort(INPUT_ORDER);
            gather(inInput, start, to, new ArrayList<>(), problems);
        }
        // The index lists each person's attendances in date order, then activity identifier order, already.
        checkOverlaps(entries, problems);
        problems.throwIfAny();

        List<String> key = new ArrayList<>(participant.roles().size() + 1);
        for (ParticipantRole role : participant.roles()) {
            key.add(role.id());
        }
        key.add(participant.involvement().id());
        PersonRules rules = personRules.computeIfAbsent(key, PersonRules::new);
        Running running = new Running();
        List<StatementLine> lines = new ArrayList<>(entries.size() + entries.size() / 2);
        List<RateSchedule> used = new ArrayList<>(2);
        for (Entry e : entries) {
            RateSchedule schedule = e.schedule.orElseThrow();
            boolean listed = !e.date.isBefore(from);
            StatementLine time = timeLine(e, schedule, rules, preference, running);
            if (listed) {
                if (used.isEmpty() || used.get(used.size() - 1) != schedule) {
                    used.add(schedule);
                }
                lines.add(time);
                List<ExpenseClaim> claims = e.expenses;
                for (int k = 0; k < claims.size(); k++) {
                    lines.add(expenseLine(e, schedule, claims.get(k)));
                }
            }
        }
        return assemble(participant.id(), from, to, preference, lines, used);
    }

    private Optional<RateSchedule> scheduleOn(LocalDate day) {
        return schedules.computeIfAbsent(day, policy::scheduleOn);
    }

    /** The entries in the window, with every problem in them, in the order given. */
    private void gather(List<Entry> all, LocalDate start, LocalDate to, List<Entry> entries, Violations problems) {
        for (Entry e : all) {
            if (e.date == null) {
                if (!e.activity.date().latest().isBefore(start) && !e.activity.date().earliest().isAfter(to)) {
                    problems.check(false, e.activityPath() + ".date",
                            "must be an exact day for the attendance to be paid", e.activity.date());
                }
                continue;
            }
            if (e.date.isBefore(start) || e.date.isAfter(to)) {
                continue;
            }
            entries.add(e);
            check(e, problems);
        }
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
        if (e.minutes > MAX_MINUTES) {
            problems.check(false, e.path() + ".minutes", "must be at most 1440 (one day)", e.minutes);
        }
        if (e.preparationMinutes > MAX_MINUTES) {
            problems.check(false, e.path() + ".preparationMinutes", "must be at most 1440 (one day) for one activity",
                    e.preparationMinutes);
        }
        if (e.travelMinutes > MAX_MINUTES) {
            problems.check(false, e.path() + ".travelMinutes", "must be at most 1440 (one day) for one activity",
                    e.travelMinutes);
        }
        if (e.schedule.isEmpty()) {
            problems.check(false, e.activityPath() + ".date",
                    "has no rate schedule of policy " + policy.id() + " in force", e.date);
        }
        List<ExpenseClaim> claims = e.expenses;
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
                minutes += entries.get(j).minutes;
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
        if (a.startMinute < 0 || b.startMinute < 0) {
            return false;
        }
        // The person's own time from the start, so leaving one meeting early for another is not refused.
        return a.startMinute < b.startMinute + b.minutes && b.startMinute < a.startMinute + a.minutes;
    }

    /** Totals already paid for time in the current day, week, tax year and part-payment week, in minor units. */
    private static final class Running {
        LocalDate day;
        long dayTotal;
        LocalDate week;
        long weekTotal;
        TaxYear year;
        long yearTotal;
        LocalDate partWeek;
        long acceptedThisWeek;
    }

    private StatementLine timeLine(Entry e, RateSchedule schedule, PersonRules rules, RecompensePreference preference,
            Running running) {
        ActivityType activityType = e.type;
        String type = typeWords.get(activityType)[0];
        LocalDate date = e.date;
        Optional<RateRule> found = rules.ruleFor(schedule, activityType);
        if (found.isEmpty()) {
            String reason = "policy " + policy.id() + " has no rate rule for roles " + rules.roles + " with involvement "
                    + rules.involvement + " at a " + Wording.lower(type)
                    + "; the organisation needs to decide how this time is paid";
            return new StatementLine(LineKind.TIME, LineStatus.HELD, date, e.activityId, type, null,
                    schedule.version(), e.minutes, e.preparationMinutes, null, null, null, currency, 0, 0, 0, 0, reason,
                    Explanation.of(opening(activityType, date) + ": held, " + reason + "."));
        }
        RateRule rule = found.get();
        if (rule.basis() == RateBasis.UNPAID) {
            return new StatementLine(LineKind.TIME, LineStatus.NOT_PAID, date, e.activityId, type, rule.id(),
                    schedule.version(), e.minutes, e.preparationMinutes, null, null, null, currency, 0, 0, 0, 0,
                    rule.unpaidReason().orElseThrow(), pricing(schedule, rule).basis(activityType, preference),
                    e.attendance);
        }
        Pricing pricing = pricing(schedule, rule);
        Integer before = null;
        Integer after = null;
        int paidMinutes = 0;
        switch (rule.basis()) {
            case FLAT_FEE:
                break;
            case TIME_EQUIVALENT:
                paidMinutes = rule.equivalentMinutes().orElseThrow();
                before = boxed(e.minutes);
                after = boxed(paidMinutes);
                break;
            default:
                int counted = e.minutes + countedPreparation(schedule, e.minutes, e.preparationMinutes)
                        + countedTravel(schedule, e.travelMinutes);
                paidMinutes = schedule.rounding().apply(counted);
                before = boxed(counted);
                after = boxed(paidMinutes);
        }
        boolean chaired = e.chaired && schedule.chairMultiplier().isPresent();
        long offered = pricing.offered(paidMinutes, chaired);
        CapOutcome cap = applyCaps(date, offered, schedule.caps(), running);
        long afterCaps = cap == null ? offered : cap.allowed;
        long overCap = offered - afterCaps;
        LineStatus status;
        long declined = 0;
        long amount = 0;
        PartPayment part = null;
        switch (preference) {
            case DECLINED:
                status = LineStatus.DECLINED;
                declined = afterCaps;
                break;
            case DONATION:
                status = LineStatus.DONATED;
                amount = afterCaps;
                break;
            case PART_PAYMENT:
                part = partPayment(afterCaps, date, running);
                status = LineStatus.PAYABLE;
                amount = part.paid;
                declined = part.declined;
                break;
            default:
                status = LineStatus.PAYABLE;
                amount = afterCaps;
        }
        Basis basis = pricing.basis(activityType, preference);
        if ((cap == null || cap.binding == null) && part == null) {
            return new StatementLine(LineKind.TIME, status, date, e.activityId, type, rule.id(), schedule.version(),
                    e.minutes, e.preparationMinutes, before, after, pricing.rate(paidMinutes), currency, offered,
                    overCap, declined, amount, null, basis, e.attendance);
        }
        return new StatementLine(LineKind.TIME, status, date, e.activityId, type, rule.id(), schedule.version(),
                e.minutes, e.preparationMinutes, before, after, pricing.rate(paidMinutes), currency, offered, overCap,
                declined, amount, null, new TimeExplanation(basis, date, e.attendance, offered, cap, part));
    }

    /** The first rate rule of each schedule for people with some roles and involvement, per activity type. */
    private final class PersonRules {
        final Set<String> roles;
        final String involvement;
        private final Map<RateSchedule, Optional<RateRule>[]> bySchedule = new IdentityHashMap<>();
        private RateSchedule lastSchedule;
        private Optional<RateRule>[] last;

        PersonRules(List<String> key) {
            this.roles = new LinkedHashSet<>(key.subList(0, key.size() - 1));
            this.involvement = key.get(key.size() - 1);
        }

        @SuppressWarnings("unchecked")
        Optional<RateRule> ruleFor(RateSchedule schedule, ActivityType type) {
            if (schedule != lastSchedule) {
                lastSchedule = schedule;
                last = bySchedule.computeIfAbsent(schedule, s -> new Optional[ActivityType.values().length]);
            }
            Optional<RateRule> rule = last[type.ordinal()];
            if (rule == null) {
                rule = schedule.ruleFor(roles, involvement, typeWords.get(type)[0]);
                last[type.ordinal()] = rule;
            }
            return rule;
        }
    }

    /** The pricing of a rule under a schedule, made once per engine and shared by every participant. */
    private Pricing pricing(RateSchedule schedule, RateRule rule) {
        if (rule == pricingRule && schedule == pricingSchedule) {
            return lastPricing;
        }
        Map<RateRule, Pricing> bySchedule = pricings.computeIfAbsent(schedule, s -> new IdentityHashMap<>());
        Pricing pricing = bySchedule.computeIfAbsent(rule, r -> new Pricing(schedule, r));
        pricingRule = rule;
        pricingSchedule = schedule;
        lastPricing = pricing;
        return pricing;
    }

    /**
     * What a rule gives for each number of paid minutes, with and without chairing, in minor units, worked out
     * exactly with {@link BigDecimal} the first time each is needed and then reused: a year's lines take a few
     * hundred distinct values.
     */
    private final class Pricing {
        private static final int CACHED = 4 * MAX_MINUTES;
        private final RateSchedule schedule;
        private final RateRule rule;
        private final long[] plain = new long[CACHED];
        private final long[] chaired = new long[CACHED];
        private final Money[] rates;
        private final Basis[] bases = new Basis[RecompensePreference.values().length * ActivityType.values().length];

        Pricing(RateSchedule schedule, RateRule rule) {
            this.schedule = schedule;
            this.rule = rule;
            Arrays.fill(plain, -1);
            Arrays.fill(chaired, -1);
            this.rates = rule.basis() == RateBasis.BANDED ? new Money[rule.bands().size()] : new Money[1];
        }

        StatementEngine engine() {
            return StatementEngine.this;
        }

        /** The shared part of the explanations of this rule's lines at one activity type and preference. */
        Basis basis(ActivityType type, RecompensePreference preference) {
            int index = preference.ordinal() * ActivityType.values().length + type.ordinal();
            Basis basis = bases[index];
            if (basis == null) {
                basis = new Basis(this, type, preference);
                bases[index] = basis;
            }
            return basis;
        }

        long offered(int minutes, boolean chair) {
            long[] cache = chair ? chaired : plain;
            if (minutes >= 0 && minutes < CACHED && cache[minutes] >= 0) {
                return cache[minutes];
            }
            BigDecimal sixtieths = sixtieths(minutes);
            if (chair) {
                sixtieths = sixtieths.multiply(schedule.chairMultiplier().get());
            }
            long offered = sixtieths.divide(SIXTY, scale, mode).unscaledValue().longValueExact();
            if (minutes >= 0 && minutes < CACHED) {
                cache[minutes] = offered;
            }
            return offered;
        }

        /** What the rule gives before chairing, in sixtieths of the currency (an hourly rate times minutes). */
        private BigDecimal sixtieths(int minutes) {
            switch (rule.basis()) {
                case FLAT_FEE:
                    return rule.flatFee().orElseThrow().multiply(SIXTY);
                case TIME_EQUIVALENT:
                case HOURLY:
                    return rule.hourlyRate().orElseThrow().multiply(BigDecimal.valueOf(minutes));
                default:
                    DurationBand band = band(rule, minutes);
                    return band.amount().isPresent() ? band.amount().get().multiply(SIXTY)
                            : band.hourlyRate().orElseThrow().multiply(
                                    BigDecimal.valueOf(Math.min(minutes, band.upToMinutes())));
            }
        }

        /** The rate shown on the line: the flat fee, the hourly rate, or the band's fee or rate. */
        Money rate(int minutes) {
            int index = 0;
            if (rule.basis() == RateBasis.BANDED) {
                index = bandIndex(rule, minutes);
            }
            Money rate = rates[index];
            if (rate == null) {
                BigDecimal value;
                if (rule.basis() == RateBasis.FLAT_FEE) {
                    value = rule.flatFee().orElseThrow();
                } else if (rule.basis() == RateBasis.BANDED) {
                    DurationBand band = rule.bands().get(index);
                    value = band.amount().isPresent() ? band.amount().get() : band.hourlyRate().orElseThrow();
                } else {
                    value = rule.hourlyRate().orElseThrow();
                }
                rate = Money.of(value, policy.currency());
                rates[index] = rate;
            }
            return rate;
        }
    }

    private static int countedPreparation(RateSchedule schedule, int attended, int preparation) {
        return schedule.preparation().countedMinutes(attended, preparation);
    }

    private static int countedTravel(RateSchedule schedule, int travel) {
        return schedule.travelTimeShare().signum() == 0 ? 0
                : schedule.travelTimeShare().multiply(BigDecimal.valueOf(travel))
                        .setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** The band the paid time falls in, or the top band when it is longer than every band. */
    private static DurationBand band(RateRule rule, int minutes) {
        return rule.bands().get(bandIndex(rule, minutes));
    }

    private static int bandIndex(RateRule rule, int minutes) {
        List<DurationBand> bands = rule.bands();
        for (int i = 0; i < bands.size(); i++) {
            if (minutes <= bands.get(i).upToMinutes()) {
                return i;
            }
        }
        return bands.size() - 1;
    }

    /** "Workshop on 4 March 2026". */
    private String opening(ActivityType type, LocalDate date) {
        return typeWords.get(type)[1] + " on " + Wording.date(date);
    }

    /** The explanation of a priced time line, written from the facts it was priced with. */
    private String describeTime(ActivityType type, LocalDate date, Attendance a, RateSchedule schedule, RateRule rule,
            long offered, CapOutcome cap, RecompensePreference preference, PartPayment part) {
        if (rule.basis() == RateBasis.UNPAID) {
            return opening(type, date) + ": time is not paid under this policy (" + rule.unpaidReason().orElseThrow()
                    + "); expenses are still repaid.";
        }
        StringBuilder text = new StringBuilder(160).append(opening(type, date));
        switch (rule.basis()) {
            case FLAT_FEE:
                text.append(": a flat fee of ").append(money(rule.flatFee().orElseThrow()))
                        .append(" for the activity, preparation included");
                break;
            case TIME_EQUIVALENT:
                text.append(": counts as ").append(Wording.duration(rule.equivalentMinutes().orElseThrow()))
                        .append(" at ").append(money(rule.hourlyRate().orElseThrow())).append(" an hour");
                break;
            default:
                describeTimed(a, schedule, rule, text);
        }
        if (a.chaired() && schedule.chairMultiplier().isPresent()) {
            text.append(" × ").append(schedule.chairMultiplier().get().toPlainString()).append(" for chairing");
        }
        text.append(" = ").append(money(offered)).append('.');
        if (cap != null && cap.binding != null) {
            text.append(" The ").append(cap.binding).append(" cap of ").append(money(cap.limit)).append(" leaves ")
                    .append(money(cap.allowed)).append(" to pay; ").append(money(offered - cap.allowed))
                    .append(" over the cap is not paid.");
        }
        switch (preference) {
            case DECLINED:
                text.append(" Offered and declined at your request: nothing is paid, and it is not your earnings.");
                break;
            case DONATION:
                text.append(" Paid to a charity at your request, not to you.");
                break;
            case VOUCHER:
                text.append(" Paid as vouchers, which count as earnings like money.");
                break;
            case PART_PAYMENT:
                text.append(" You asked to be paid at most ").append(money(part.limit)).append(" a week: ")
                        .append(money(part.paid)).append(" paid");
                if (part.declined > 0) {
                    text.append(", ").append(money(part.declined)).append(" offered and declined");
                }
                text.append('.');
                break;
            default:
                break;
        }
        return text.toString();
    }

    private void describeTimed(Attendance a, RateSchedule schedule, RateRule rule, StringBuilder text) {
        int preparation = countedPreparation(schedule, a.minutes(), a.preparationMinutes());
        int travel = countedTravel(schedule, a.travelMinutes());
        int before = a.minutes() + preparation + travel;
        int after = schedule.rounding().apply(before);
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
            text.append(" at ").append(money(rule.hourlyRate().orElseThrow())).append(" an hour");
            return;
        }
        DurationBand band = band(rule, after);
        boolean beyond = after > band.upToMinutes();
        if (band.amount().isPresent()) {
            text.append(beyond ? ", longer than the top band (" + Wording.duration(band.upToMinutes())
                    + "), paid the top band's " : ", in the band up to " + Wording.duration(band.upToMinutes())
                    + ", paid ").append(money(band.amount().get()));
            return;
        }
        int paid = Math.min(after, band.upToMinutes());
        text.append(beyond ? ", longer than the top band, paid for " + Wording.duration(paid) : ", in the band up to "
                + Wording.duration(band.upToMinutes())).append(" at ").append(money(band.hourlyRate().orElseThrow()))
                .append(" an hour");
    }

    /** Minutes as an {@link Integer} shared by every line with that many minutes, up to two days. */
    private Integer boxed(int minutes) {
        if (minutes < 0 || minutes >= boxedMinutes.length) {
            return minutes;
        }
        Integer boxed = boxedMinutes[minutes];
        if (boxed == null) {
            boxed = minutes;
            boxedMinutes[minutes] = boxed;
        }
        return boxed;
    }

    /** A time line's explanation, written when first read from the facts the line was priced with. */
    private static final class TimeExplanation extends Explanation {
        private final Basis basis;
        private final LocalDate date;
        private final Attendance attendance;
        private final long offered;
        private final CapOutcome cap;
        private final PartPayment part;

        TimeExplanation(Basis basis, LocalDate date, Attendance attendance, long offered, CapOutcome cap,
                PartPayment part) {
            this.basis = basis;
            this.date = date;
            this.attendance = attendance;
            this.offered = offered;
            this.cap = cap;
            this.part = part;
        }

        @Override
        String write() {
            return basis.pricing.engine().describeTime(basis.type, date, attendance, basis.pricing.schedule,
                    basis.pricing.rule, offered, cap, basis.preference, part);
        }
    }

    /** What the time lines of one rule, activity type and preference share, made once per engine. */
    private static final class Basis implements Explanation.Shared {
        final Pricing pricing;
        final ActivityType type;
        final RecompensePreference preference;

        Basis(Pricing pricing, ActivityType type, RecompensePreference preference) {
            this.pricing = pricing;
            this.type = type;
            this.preference = preference;
        }

        /** Written from the line's day and offered amount, for lines no cap bound and no part-payment touched. */
        @Override
        public Explanation explain(StatementLine line, Object record) {
            return new TimeExplanation(this, line.date(), (Attendance) record, line.offeredMinor(), null, null);
        }
    }

    /** An expense line's explanation, written when first read from the facts the line was worked out with. */
    private static final class ExpenseExplanation extends Explanation {
        private final StatementEngine engine;
        private final ActivityType type;
        private final LocalDate date;
        private final ExpenseClaim claim;
        private final BigDecimal exchangeRate;
        private final BigDecimal claimed;
        private final ExpenseRule rule;
        private final BigDecimal priced;
        private final BigDecimal paid;
        private final String heldReason;

        ExpenseExplanation(StatementEngine engine, ActivityType type, LocalDate date, ExpenseClaim claim,
                BigDecimal exchangeRate, BigDecimal claimed, ExpenseRule rule, BigDecimal priced, BigDecimal paid,
                String heldReason) {
            this.engine = engine;
            this.type = type;
            this.date = date;
            this.claim = claim;
            this.exchangeRate = exchangeRate;
            this.claimed = claimed;
            this.rule = rule;
            this.priced = priced;
            this.paid = paid;
            this.heldReason = heldReason;
        }

        @Override
        String write() {
            return engine.describeExpense(type, date, claim, exchangeRate, claimed, rule, priced, paid, heldReason);
        }
    }

    /** A cap that applied to a line: what was allowed, in minor units, and which cap bound (null when none did). */
    private static final class CapOutcome {
        final long allowed;
        final String binding;
        final BigDecimal limit;

        CapOutcome(long allowed, String binding, BigDecimal limit) {
            this.allowed = allowed;
            this.binding = binding;
            this.limit = limit;
        }
    }

    /** What part-payment paid and declined of a line, in minor units, under the weekly amount asked for. */
    private static final class PartPayment {
        final BigDecimal limit;
        final long paid;
        final long declined;

        PartPayment(BigDecimal limit, long paid, long declined) {
            this.limit = limit;
            this.paid = paid;
            this.declined = declined;
        }
    }

    /** The caps applied to the amount offered; null when the schedule has no caps. */
    private CapOutcome applyCaps(LocalDate date, long offered, Caps caps, Running running) {
        if (!caps.any()) {
            return null;
        }
        if (!date.equals(running.day)) {
            running.day = date;
            running.dayTotal = 0;
        }
        LocalDate week = date.with(TemporalAdjusters.previousOrSame(caps.weekStartsOn()));
        if (!week.equals(running.week)) {
            running.week = week;
            running.weekTotal = 0;
        }
        TaxYear year = TaxYear.of(date);
        if (!year.equals(running.year)) {
            running.year = year;
            running.yearTotal = 0;
        }
        long allowed = offered;
        String binding = null;
        BigDecimal limit = null;
        if (caps.perDay().isPresent()) {
            long left = Math.max(0, minor(caps.perDay().get()) - running.dayTotal);
            if (left < allowed) {
                allowed = left;
                binding = "daily";
                limit = caps.perDay().get();
            }
        }
        if (caps.perWeek().isPresent()) {
            long left = Math.max(0, minor(caps.perWeek().get()) - running.weekTotal);
            if (left < allowed) {
                allowed = left;
                binding = "weekly";
                limit = caps.perWeek().get();
            }
        }
        if (caps.perTaxYear().isPresent()) {
            long left = Math.max(0, minor(caps.perTaxYear().get()) - running.yearTotal);
            if (left < allowed) {
                allowed = left;
                binding = "tax-year (" + year + ")";
                limit = caps.perTaxYear().get();
            }
        }
        running.dayTotal += allowed;
        running.weekTotal += allowed;
        running.yearTotal += allowed;
        return new CapOutcome(allowed, binding, limit);
    }

    private PartPayment partPayment(long afterCaps, LocalDate date, Running running) {
        LocalDate week = date.with(TemporalAdjusters.previousOrSame(scheduleOn(date).orElseThrow().caps()
                .weekStartsOn()));
        if (!week.equals(running.partWeek)) {
            running.partWeek = week;
            running.acceptedThisWeek = 0;
        }
        BigDecimal limit = options.partPaymentPerWeek().orElseThrow();
        long left = Math.max(0, minor(limit) - running.acceptedThisWeek);
        long paid = Math.min(afterCaps, left);
        running.acceptedThisWeek += paid;
        return new PartPayment(limit, paid, afterCaps - paid);
    }

    /**
     * An amount in whole minor units; the policy and the statement's input checks make sure caps and the
     * part-payment amount have no finer fraction.
     */
    private long minor(BigDecimal value) {
        return value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private StatementLine expenseLine(Entry e, RateSchedule schedule, ExpenseClaim claim) {
        ExpenseCategory expenseCategory = claim.category();
        String category = categoryWords.get(expenseCategory)[0];
        ActivityType activityType = e.type;
        LocalDate date = e.date;
        BigDecimal claimed = claim.amount();
        BigDecimal exchangeRate = null;
        if (!claim.currency().equals(policy.currency())) {
            exchangeRate = options.exchangeRates().get(claim.currency().getCurrencyCode());
            claimed = claim.amount().multiply(exchangeRate).setScale(scale, mode);
        }
        Optional<ExpenseRule> found = schedule.expenseRuleFor(category);
        ExpenseRule rule = found.orElse(null);
        // With miles and a rate per mile, the policy's rate sets what is owed, whatever amount was claimed.
        BigDecimal priced = rule != null && claim.miles().isPresent() && rule.ratePerMile().isPresent()
                ? claim.miles().get().multiply(rule.ratePerMile().get()).setScale(scale, mode) : null;
        BigDecimal owed = priced != null ? priced : claimed;
        List<String> held = List.of();
        if (rule == null) {
            held = List.of("this policy has no rule for " + categoryWords.get(expenseCategory)[2] + " expenses");
        } else {
            boolean unpriced = claim.miles().isPresent() && rule.ratePerMile().isEmpty();
            boolean receipt = rule.receiptRequired() && !claim.receiptAttached();
            boolean approval = rule.approvalRequired() && !options.isApproved(e.activityId, category);
            Optional<LocalDate> submitted = claim.submittedOn().isPresent() ? claim.submittedOn()
                    : options.claimsReceivedOn();
            boolean late = schedule.claimWindowDays().isPresent() && submitted.isPresent()
                    && submitted.get().isAfter(date.plusDays(schedule.claimWindowDays().get()));
            if (unpriced || receipt || approval || late) {
                held = new ArrayList<>(4);
                if (unpriced) {
                    held.add("the policy's mileage rule has no rate per mile to price the "
                            + claim.miles().get().toPlainString() + " miles");
                }
                if (receipt) {
                    held.add("a receipt is needed");
                }
                if (approval) {
                    held.add("it needs approval before it can be paid");
                }
                if (late) {
                    held.add("it was claimed more than " + schedule.claimWindowDays().get()
                            + " days after the activity, so it needs approval");
                }
            }
        }
        String type = typeWords.get(activityType)[0];
        String ruleId = rule == null ? null : category;
        BigDecimal paid = owed;
        String reason = held.isEmpty() ? null : String.join("; ", held);
        if (reason == null && rule.capPerClaim().isPresent() && owed.compareTo(rule.capPerClaim().get()) > 0) {
            paid = rule.capPerClaim().get();
        }
        Explanation explanation = new ExpenseExplanation(this, activityType, date, claim, exchangeRate, claimed, rule,
                priced, paid, reason);
        // Amounts with the currency's scale are kept in pence; others, such as a claim of 4.6, exactly as given.
        if (inMinorUnits(owed) && inMinorUnits(paid)) {
            long offered = owed.movePointRight(scale).longValueExact();
            long amount = reason == null ? paid.movePointRight(scale).longValueExact() : 0;
            return new StatementLine(LineKind.EXPENSE, reason == null ? LineStatus.PAYABLE : LineStatus.HELD, date,
                    e.activityId, type, ruleId, schedule.version(), 0, 0, null, null, null, currency, offered,
                    reason == null ? offered - amount : 0, 0, amount, reason, explanation);
        }
        StatementLine.Builder line = StatementLine.builder();
        line.kind(LineKind.EXPENSE).date(date).activityId(e.activityId).activityType(type)
                .scheduleVersion(schedule.version()).offered(Money.of(owed, policy.currency())).overCap(zero)
                .declined(zero).rule(Optional.ofNullable(ruleId));
        if (reason == null) {
            if (paid != owed || owed.scale() != scale) {
                line.overCap(Money.of(owed.subtract(paid), policy.currency()));
            }
            line.status(LineStatus.PAYABLE).amount(Money.of(paid, policy.currency()));
        } else {
            line.status(LineStatus.HELD).amount(zero).reason(reason);
        }
        return line.explained(explanation).build();
    }

    /** Whether an amount has the currency's scale and fits in whole minor units. */
    private boolean inMinorUnits(BigDecimal value) {
        return value.scale() == scale && value.precision() <= 18;
    }

    /** The explanation of an expense line, written from the facts it was worked out with. */
    private String describeExpense(ActivityType type, LocalDate date, ExpenseClaim claim, BigDecimal exchangeRate,
            BigDecimal claimed, ExpenseRule rule, BigDecimal priced, BigDecimal paid, String heldReason) {
        StringBuilder text = new StringBuilder(160).append(categoryWords.get(claim.category())[1]).append(" for the ")
                .append(typeWords.get(type)[2]).append(" on ").append(Wording.date(date)).append(": ");
        if (priced != null) {
            return describeMiles(text, claim, claimed, rule, priced, paid, heldReason);
        }
        if (claim.miles().isPresent()) {
            text.append(claim.miles().get().toPlainString()).append(" miles, ");
        }
        if (exchangeRate != null) {
            text.append(claim.amount().toPlainString()).append(' ').append(claim.currency().getCurrencyCode())
                    .append(" at ").append(exchangeRate.toPlainString()).append(" = ");
        }
        text.append(money(claimed)).append(" claimed");
        if (heldReason != null) {
            return held(text, heldReason);
        }
        if (paid.compareTo(claimed) != 0) {
            text.append(", repaid up to the cap of ").append(money(paid)).append(" a claim = ").append(money(paid))
                    .append("; ").append(money(claimed.subtract(paid))).append(" over the cap is not repaid");
        } else {
            text.append(", repaid at cost = ").append(money(paid));
        }
        rule.ratePerMile().ifPresent(r -> text.append(" (the policy's mileage rate is ").append(money(r))
                .append(" a mile)"));
        return text.append(". Expenses are not earnings.").toString();
    }

    /** "12 miles at 45p a mile = £5.40", with the rounding, the amount claimed, any cap and any hold. */
    private String describeMiles(StringBuilder text, ExpenseClaim claim, BigDecimal claimed, ExpenseRule rule,
            BigDecimal priced, BigDecimal paid, String heldReason) {
        BigDecimal miles = claim.miles().orElseThrow();
        BigDecimal rate = rule.ratePerMile().orElseThrow();
        BigDecimal exact = miles.multiply(rate);
        text.append(miles.toPlainString()).append(" miles at ").append(perMile(rate)).append(" a mile = ");
        if (exact.compareTo(priced) != 0) {
            text.append(money(exact.stripTrailingZeros())).append(", rounded to ");
        }
        text.append(money(priced));
        if (claimed.compareTo(priced) != 0) {
            text.append(" (").append(money(claimed)).append(" was claimed; the policy's rate per mile is repaid)");
        }
        if (heldReason != null) {
            return held(text, heldReason);
        }
        if (paid.compareTo(priced) != 0) {
            text.append(", repaid up to the cap of ").append(money(paid)).append(" a claim = ").append(money(paid))
                    .append("; ").append(money(priced.subtract(paid))).append(" over the cap is not repaid");
        } else {
            text.append(", repaid in full");
        }
        return text.append(". Expenses are not earnings.").toString();
    }

    private static String held(StringBuilder text, String heldReason) {
        return text.append(", held: ").append(heldReason)
                .append(". It is not lost: it will be paid once this is resolved.").toString();
    }

    /** A rate per mile as a claimant reads it: pence below a pound ("45p", "37.4p"), otherwise money. */
    private String perMile(BigDecimal rate) {
        if ("GBP".equals(policy.currency().getCurrencyCode()) && rate.compareTo(BigDecimal.ONE) < 0) {
            return rate.movePointRight(2).stripTrailingZeros().toPlainString() + "p";
        }
        return money(rate);
    }

    private PaymentStatement assemble(String participantId, LocalDate from, LocalDate to,
            RecompensePreference preference, List<StatementLine> lines, List<RateSchedule> used) {
        // Offered, paid, declined, donated, over caps, expenses and held, in minor units while every line is.
        long[] sums = new long[7];
        boolean inMinorUnits = true;
        for (int i = 0; i < lines.size() && inMinorUnits; i++) {
            StatementLine line = lines.get(i);
            inMinorUnits = line.inMinorUnits();
            if (inMinorUnits) {
                add(sums, line);
            }
        }
        Money[] totals = new Money[7];
        if (inMinorUnits) {
            for (int t = 0; t < 7; t++) {
                totals[t] = Money.of(BigDecimal.valueOf(sums[t], scale), policy.currency());
            }
        } else {
            BigDecimal[] exact = new BigDecimal[7];
            Arrays.fill(exact, BigDecimal.ZERO);
            for (StatementLine line : lines) {
                add(exact, line);
            }
            for (int t = 0; t < 7; t++) {
                totals[t] = amount(exact[t]);
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
        if (totals[1].amount().signum() > 0) {
            notices.add("Payment for time counts as earnings for tax and benefits, whether it is paid as money or"
                    + " vouchers; repaid expenses do not. If you receive benefits, independent welfare-rights advice"
                    + " can help before you accept payment.");
        }
        return PaymentStatement.builder().participantId(participantId).from(from).to(to).policyId(policy.id())
                .currency(policy.currency()).preference(preference).paymentRoute(policy.paymentRoute())
                .lines(lines).offeredForTime(totals[0]).paymentForTime(totals[1]).declined(totals[2])
                .donated(totals[3]).overCaps(totals[4]).reimbursedExpenses(totals[5]).heldExpenses(totals[6])
                .sources(sources).notices(notices).build();
    }

    /** Adds a line in minor units to the totals, in the order of {@link #assemble}. */
    private static void add(long[] sums, StatementLine line) {
        if (line.status() == LineStatus.HELD) {
            if (line.kind() == LineKind.EXPENSE) {
                sums[6] = Math.addExact(sums[6], line.offeredMinor());
            }
            return;
        }
        sums[4] = Math.addExact(sums[4], line.overCapMinor());
        if (line.kind() == LineKind.EXPENSE) {
            sums[5] = Math.addExact(sums[5], line.amountMinor());
            return;
        }
        sums[0] = Math.addExact(sums[0], line.offeredMinor());
        sums[2] = Math.addExact(sums[2], line.declinedMinor());
        int t = line.status() == LineStatus.DONATED ? 3 : 1;
        sums[t] = Math.addExact(sums[t], line.amountMinor());
    }

    /** Adds a line to exact totals, for statements with an amount not in minor units. */
    private static void add(BigDecimal[] sums, StatementLine line) {
        if (line.status() == LineStatus.HELD) {
            if (line.kind() == LineKind.EXPENSE) {
                sums[6] = plus(sums[6], line.offered());
            }
            return;
        }
        sums[4] = plus(sums[4], line.overCap());
        if (line.kind() == LineKind.EXPENSE) {
            sums[5] = plus(sums[5], line.amount());
            return;
        }
        sums[0] = plus(sums[0], line.offered());
        sums[2] = plus(sums[2], line.declined());
        int t = line.status() == LineStatus.DONATED ? 3 : 1;
        sums[t] = plus(sums[t], line.amount());
    }

    /** The sum and the amount; zero, the usual overCap and declined, is not added. */
    private static BigDecimal plus(BigDecimal sum, Money amount) {
        return amount.isZero() ? sum : sum.add(amount.amount());
    }

    private Money amount(BigDecimal value) {
        return Money.of(value.setScale(scale, RoundingMode.UNNECESSARY), policy.currency());
    }

    private String money(long minor) {
        return Money.of(BigDecimal.valueOf(minor, scale), policy.currency()).toString();
    }

    private String money(BigDecimal value) {
        return Money.of(value.scale() < scale ? value.setScale(scale) : value, policy.currency()).toString();
    }
}
