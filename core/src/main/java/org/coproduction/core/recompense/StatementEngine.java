package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violations;

/**
 * Works out payment statements: reads the records once into an {@link Index}, checks every input of a
 * person first (nothing is half-applied), then prices each attendance in date order, applying caps and the
 * person's preference, and lists each expense claim. The index is also the store the statements' most
 * common time lines are kept in (see {@link LineTable}).
 */
final class StatementEngine {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final int MAX_MINUTES = 1440;
    /**
     * What {@link Index} keeps of each record: minutes, preparation minutes, travel minutes, flags, and where its
     * expense lines are and what they add up to.
     */
    private static final int MINUTES = 0;
    private static final int PREPARATION = 1;
    private static final int TRAVEL = 2;
    private static final int FLAGS = 3;
    private static final int CLAIM_COUNT = 4;
    private static final int FIRST_CLAIM = 5;
    /** What the record's expense lines add to the held, over-cap and repaid totals, in minor units. */
    private static final int CLAIMS_HELD = 6;
    private static final int CLAIMS_OVER_CAP = 7;
    private static final int CLAIMS_REPAID = 8;
    /** The place of the schedule in force in the policy's schedules (-1 when none is), and the activity type. */
    private static final int SCHEDULE = 9;
    private static final int TYPE = 10;
    private static final int FACTS = 11;
    private static final ActivityType[] TYPE_VALUES = ActivityType.values();
    private static final int TYPES = TYPE_VALUES.length;
    /** Flags: the person chaired; the record has claims; a claim is in a currency with no exchange rate given. */
    private static final int CHAIRED = 1;
    private static final int CLAIMS = 2;
    private static final int UNCONVERTED = 4;
    /** A flag: the record's expense lines cannot be added up as whole minor units of at most an int's size. */
    private static final int INEXACT = 8;
    /** No minutes: a line priced by a flat fee or not paid has no time before or after rounding. */
    private static final int NONE = Integer.MIN_VALUE;
    /** The day rank of a record whose activity's day is not known. */
    private static final int UNDATED = Integer.MIN_VALUE;

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
     * The attendance records of the participants, read once in the order given, and each participant's records
     * listed in date order, then activity identifier order, with what pricing reads of each record copied next
     * to it: pricing then reads each person's records one after another, not scattered through the input.
     */
    Index index(List<Participant> participants, List<Activity> activities, LocalDate from, LocalDate to) {
        Map<String, Integer> people = new HashMap<>(Math.max(16, participants.size() * 2));
        for (Participant participant : participants) {
            people.putIfAbsent(participant.id(), people.size());
        }
        int count = activities.size();
        Activity[] byInput = activities.toArray(new Activity[0]);
        LocalDate[] dates = new LocalDate[count];
        long[] days = new long[count];
        String[] ids = new String[count];
        ActivityType[] types = new ActivityType[count];
        int[] startMinutes = new int[count];
        RateSchedule[] schedules = new RateSchedule[count];
        int[] scheduleOf = new int[count];
        int[] firstRecord = new int[count + 1];
        for (int i = 0; i < count; i++) {
            Activity activity = byInput[i];
            dates[i] = activity.date().isExact() ? activity.date().toLocalDate() : null;
            ids[i] = activity.id();
            types[i] = activity.type();
            startMinutes[i] = activity.startTime().map(t -> t.toSecondOfDay() / 60).orElse(-1);
            firstRecord[i + 1] = firstRecord[i] + activity.attendance().size();
            if (dates[i] != null) {
                days[i] = dates[i].toEpochDay();
                schedules[i] = scheduleOn(dates[i]).orElse(null);
            }
            scheduleOf[i] = placeOf(schedules[i]);
        }
        // Read every record once, in the order given: whose it is, and what pricing reads of it. An expense line
        // depends on nothing but its claim and activity, so those that any person's window may list are made here,
        // while the claims are read in the order they sit in memory.
        int total = firstRecord[count];
        Attendance[] records = new Attendance[total];
        int[] person = new int[total];
        int[] facts = new int[total * FACTS];
        int[] firstOfPerson = new int[people.size() + 1];
        long earliest = windowStart(from, RecompensePreference.PART_PAYMENT).toEpochDay();
        long last = to.toEpochDay();
        List<StatementLine> expenseLines = new ArrayList<>();
        for (int i = 0, g = 0; i < count; i++) {
            List<Attendance> attendance = byInput[i].attendance();
            boolean listable = schedules[i] != null && days[i] >= earliest && days[i] <= last;
            for (int j = 0; j < attendance.size(); j++, g++) {
                Attendance record = attendance.get(j);
                Integer k = people.get(record.participantId());
                person[g] = k == null ? -1 : k;
                if (k == null) {
                    continue;
                }
                firstOfPerson[k + 1]++;
                records[g] = record;
                int f = g * FACTS;
                int flags = flags(record);
                facts[f + SCHEDULE] = scheduleOf[i];
                facts[f + TYPE] = types[i].ordinal();
                facts[f + MINUTES] = record.minutes();
                facts[f + PREPARATION] = record.preparationMinutes();
                facts[f + TRAVEL] = record.travelMinutes();
                List<ExpenseClaim> claims = record.expenses();
                facts[f + CLAIM_COUNT] = claims.size();
                if (listable && (flags & CLAIMS) != 0 && (flags & UNCONVERTED) == 0) {
                    facts[f + FIRST_CLAIM] = expenseLines.size();
                    long held = 0;
                    long overCap = 0;
                    long repaid = 0;
                    for (int c = 0; c < claims.size(); c++) {
                        StatementLine line = expenseLine(types[i], dates[i], ids[i], schedules[i], claims.get(c));
                        expenseLines.add(line);
                        flags |= line.inMinorUnits() ? 0 : INEXACT;
                        if (line.status() == LineStatus.HELD) {
                            held += line.offeredMinor();
                        } else {
                            overCap += line.overCapMinor();
                            repaid += line.amountMinor();
                        }
                    }
                    // The sums are kept as whole numbers when they fit; otherwise the statement adds its lines exactly.
                    if (Math.max(held, Math.max(overCap, repaid)) <= Integer.MAX_VALUE) {
                        facts[f + CLAIMS_HELD] = (int) held;
                        facts[f + CLAIMS_OVER_CAP] = (int) overCap;
                        facts[f + CLAIMS_REPAID] = (int) repaid;
                    } else {
                        flags |= INEXACT;
                    }
                }
                facts[f + FLAGS] = flags;
            }
        }
        // Each person's records in day order, counted above, then placed, with their facts beside them. A record's
        // day is kept as the day's rank among the days of the activities, which fits an int whatever the dates.
        int[] order = dayOrder(dates, days);
        long[] dayOfRank = new long[count];
        int ranks = 0;
        for (int k = 0; k < people.size(); k++) {
            firstOfPerson[k + 1] += firstOfPerson[k];
        }
        int placed = firstOfPerson[people.size()];
        int[] next = Arrays.copyOf(firstOfPerson, people.size());
        int[] recordAt = new int[placed];
        int[] activityAt = new int[placed];
        int[] dayAt = new int[placed];
        int[] factsAt = new int[placed * FACTS];
        for (int i : order) {
            if (dates[i] != null && (ranks == 0 || dayOfRank[ranks - 1] != days[i])) {
                dayOfRank[ranks++] = days[i];
            }
            int day = dates[i] == null ? UNDATED : ranks - 1;
            for (int g = firstRecord[i]; g < firstRecord[i + 1]; g++) {
                if (person[g] >= 0) {
                    int p = next[person[g]]++;
                    recordAt[p] = g;
                    activityAt[p] = i;
                    dayAt[p] = day;
                    for (int f = 0; f < FACTS; f++) {
                        factsAt[p * FACTS + f] = facts[g * FACTS + f];
                    }
                }
            }
        }
        Index index = new Index(byInput, firstRecord, dates, ids, startMinutes, records, people, firstOfPerson,
                recordAt, activityAt, dayAt, Arrays.copyOf(dayOfRank, ranks), factsAt,
                expenseLines.toArray(new StatementLine[0]));
        index.orderByIdWithinDays();
        return index;
    }

    /**
     * The activities in day order, undated first, keeping the order given within a day. Days are sorted as whole
     * numbers with the activity's place when the span of days allows, as it always does for real records.
     */
    private static int[] dayOrder(LocalDate[] dates, long[] days) {
        int count = dates.length;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < count; i++) {
            if (dates[i] != null) {
                first = Math.min(first, days[i]);
                last = Math.max(last, days[i]);
            }
        }
        int[] order = new int[count];
        if (first > last || last - first < Integer.MAX_VALUE) {
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                keys[i] = (dates[i] == null ? 0 : days[i] - first + 1) << 32 | i;
            }
            Arrays.sort(keys);
            for (int r = 0; r < count; r++) {
                order[r] = (int) keys[r];
            }
            return order;
        }
        Integer[] boxed = new Integer[count];
        for (int i = 0; i < count; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, Comparator.<Integer>comparingInt(i -> dates[i] == null ? 0 : 1)
                .thenComparingLong(i -> dates[i] == null ? 0 : days[i]).thenComparingInt(i -> i));
        for (int r = 0; r < count; r++) {
            order[r] = boxed[r];
        }
        return order;
    }

    /** The place of a schedule in the policy's schedules, or -1 for none. */
    private int placeOf(RateSchedule schedule) {
        List<RateSchedule> all = policy.schedules();
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k) == schedule) {
                return k;
            }
        }
        return -1;
    }

    /** A record's flags: whether the person chaired, has claims, and has a claim that cannot be converted. */
    private int flags(Attendance record) {
        int flags = record.chaired() ? CHAIRED : 0;
        List<ExpenseClaim> claims = record.expenses();
        for (int k = 0; k < claims.size(); k++) {
            flags |= CLAIMS;
            Currency claimed = claims.get(k).currency();
            if (!claimed.equals(currency) && !options.exchangeRates().containsKey(claimed.getCurrencyCode())) {
                flags |= UNCONVERTED;
            }
        }
        return flags;
    }

    /**
     * Each participant's records, in date order, then activity identifier order, and what is known of each
     * record and activity. A record's place in the input is its activity's place, then its own in the
     * activity's list, counted across all activities; a record's position is its place in the list of all
     * participants' records, person by person.
     */
    static final class Index {
        final Activity[] activities;
        /** The place of each activity's first record; the records of activity i end where i + 1's begin. */
        final int[] firstRecord;
        /** Each activity's day, or null when only its month or year is known. */
        final LocalDate[] dates;
        final String[] ids;
        /** Each activity's start as minutes after midnight, or -1 when it has no start time. */
        final int[] startMinutes;
        /** The participants' records by place; null for records of other people. */
        final Attendance[] records;
        private final Map<String, Integer> people;
        /** Where each person's records begin; person k's end where k + 1's begin. */
        private final int[] firstOfPerson;
        /** The place of the record at each position. */
        final int[] recordAt;
        /** The activity of the record at each position. */
        final int[] activityAt;
        /** The rank of the record's day among the activities' days at each position, or {@link #UNDATED}. */
        final int[] dayAt;
        /** The day number ({@link LocalDate#toEpochDay}) of each rank, in order. */
        private final long[] dayOfRank;
        /** What is kept of the record at each position ({@link #MINUTES} and the rest), {@value #FACTS} a record. */
        final int[] factsAt;
        /** The expense lines made while reading the records, a record's claims one after another. */
        final StatementLine[] expenseLines;
        /*
         * The time line priced at each position, when no cap or part-payment touched it: what it shares with
         * other lines, the minutes before and after rounding ({@link #NONE} when not priced by time) and the
         * amount offered in minor units. Written once, when the person's statement is made.
         */
        private final Basis[] basisAt;
        private final int[] beforeAt;
        private final int[] afterAt;
        private final long[] offeredAt;

        Index(Activity[] activities, int[] firstRecord, LocalDate[] dates, String[] ids, int[] startMinutes,
                Attendance[] records, Map<String, Integer> people, int[] firstOfPerson, int[] recordAt,
                int[] activityAt, int[] dayAt,
                long[] dayOfRank,
                int[] factsAt, StatementLine[] expenseLines) {
            this.activities = activities;
            this.firstRecord = firstRecord;
            this.dates = dates;
            this.ids = ids;
            this.startMinutes = startMinutes;
            this.records = records;
            this.people = people;
            this.firstOfPerson = firstOfPerson;
            this.recordAt = recordAt;
            this.activityAt = activityAt;
            this.dayAt = dayAt;
            this.dayOfRank = dayOfRank;
            this.factsAt = factsAt;
            this.expenseLines = expenseLines;
            this.basisAt = new Basis[recordAt.length];
            this.beforeAt = new int[recordAt.length];
            this.afterAt = new int[recordAt.length];
            this.offeredAt = new long[recordAt.length];
        }

        /** Keeps the time line priced at a position as numbers. */
        void keep(int p, Basis basis, int before, int after, long offered) {
            basisAt[p] = basis;
            beforeAt[p] = before;
            afterAt[p] = after;
            offeredAt[p] = offered;
        }

        /** The amount offered for the time line kept at a position, in minor units. */
        long offered(int p) {
            return offeredAt[p];
        }

        /** The status of the time line kept at a position. */
        LineStatus status(int p) {
            return basisAt[p].status;
        }

        /** The time line kept at a position, made now. */
        StatementLine line(int p) {
            int i = activityAt[p];
            return basisAt[p].line(dates[i], ids[i], fact(p, MINUTES), fact(p, PREPARATION), boxed(beforeAt[p]),
                    boxed(afterAt[p]), offeredAt[p], record(p));
        }

        /** The position of the person's first record; 0 for a person with none. */
        int first(String participantId) {
            Integer k = people.get(participantId);
            return k == null ? 0 : firstOfPerson[k];
        }

        /** The position after the person's last record. */
        int end(String participantId) {
            Integer k = people.get(participantId);
            return k == null ? 0 : firstOfPerson[k + 1];
        }

        /** The first rank of a day on or after the day number given; the number of ranks when there is none. */
        int firstRankFrom(long day) {
            int r = Arrays.binarySearch(dayOfRank, day);
            return r >= 0 ? r : -r - 1;
        }

        /** The last rank of a day on or before the day number given; -1 when there is none. */
        int lastRankTo(long day) {
            int r = Arrays.binarySearch(dayOfRank, day);
            return r >= 0 ? r : -r - 2;
        }

        /**
         * Puts each person's records of one day in activity identifier order, keeping the input order for equal
         * identifiers. A person seldom has two records on a day, so this seldom moves anything.
         */
        private void orderByIdWithinDays() {
            for (int k = 0; k + 1 < firstOfPerson.length; k++) {
                for (int p = firstOfPerson[k] + 1; p < firstOfPerson[k + 1]; p++) {
                    int q = p;
                    while (q > firstOfPerson[k] && sameDay(q - 1, q)
                            && ids[activityAt[q - 1]].compareTo(ids[activityAt[q]]) > 0) {
                        swap(q - 1, q);
                        q--;
                    }
                }
            }
        }

        private boolean sameDay(int p, int q) {
            return dayAt[p] == dayAt[q] && dayAt[p] != UNDATED;
        }

        private void swap(int p, int q) {
            int g = recordAt[p];
            recordAt[p] = recordAt[q];
            recordAt[q] = g;
            int i = activityAt[p];
            activityAt[p] = activityAt[q];
            activityAt[q] = i;
            for (int f = 0; f < FACTS; f++) {
                int fact = factsAt[p * FACTS + f];
                factsAt[p * FACTS + f] = factsAt[q * FACTS + f];
                factsAt[q * FACTS + f] = fact;
            }
        }

        int fact(int p, int fact) {
            return factsAt[p * FACTS + fact];
        }

        boolean has(int p, int flag) {
            return (factsAt[p * FACTS + FLAGS] & flag) != 0;
        }

        Attendance record(int p) {
            return records[recordAt[p]];
        }

        String activityPath(int p) {
            return "activities[" + activityAt[p] + "]";
        }

        String path(int p) {
            return activityPath(p) + ".attendance[" + (recordAt[p] - firstRecord[activityAt[p]]) + "]";
        }
    }

    PaymentStatement statement(Participant participant, Index x, LocalDate from, LocalDate to) {
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
        int first = x.first(participant.id());
        int end = x.end(participant.id());
        // The positions of the person's records in the window, in date order, and whether any has a problem.
        int[] window = new int[end - first];
        int size = 0;
        boolean found = false;
        int startRank = x.firstRankFrom(start.toEpochDay());
        int toRank = x.lastRankTo(to.toEpochDay());
        for (int p = first; p < end; p++) {
            int i = x.activityAt[p];
            if (x.dayAt[p] == UNDATED) {
                found |= overlapsWindow(x.activities[i], start, to);
            } else if (x.dayAt[p] >= startRank && x.dayAt[p] <= toRank) {
                window[size++] = p;
                found |= x.fact(p, MINUTES) > MAX_MINUTES || x.fact(p, PREPARATION) > MAX_MINUTES
                        || x.fact(p, TRAVEL) > MAX_MINUTES || x.fact(p, SCHEDULE) < 0 || x.has(p, UNCONVERTED);
            }
        }
        if (found) {
            // Problems are reported in the order of the records given.
            long[] inInput = new long[end - first];
            for (int p = first; p < end; p++) {
                inInput[p - first] = (long) x.recordAt[p] << 32 | p;
            }
            Arrays.sort(inInput);
            for (long key : inInput) {
                int p = (int) key;
                int i = x.activityAt[p];
                if (x.dayAt[p] == UNDATED) {
                    if (overlapsWindow(x.activities[i], start, to)) {
                        problems.check(false, x.activityPath(p) + ".date",
                                "must be an exact day for the attendance to be paid", x.activities[i].date());
                    }
                } else if (x.dayAt[p] >= startRank && x.dayAt[p] <= toRank) {
                    check(x, p, problems);
                }
            }
        }
        checkOverlaps(x, window, size, problems);
        problems.throwIfAny();

        List<String> key = new ArrayList<>(participant.roles().size() + 1);
        for (ParticipantRole role : participant.roles()) {
            key.add(role.id());
        }
        key.add(participant.involvement().id());
        PersonRules rules = personRules.computeIfAbsent(key, PersonRules::new);
        Running running = new Running();
        int fromRank = x.firstRankFrom(from.toEpochDay());
        int listed = 0;
        for (int w = 0; w < size; w++) {
            if (x.dayAt[window[w]] >= fromRank) {
                listed += 1 + x.fact(window[w], CLAIM_COUNT);
            }
        }
        // Each line is a position in the store or one of the other lines; the totals are added as lines are made.
        int[] rows = new int[listed];
        List<StatementLine> others = new ArrayList<>();
        int row = 0;
        long[] sums = new long[7];
        boolean inMinorUnits = true;
        List<RateSchedule> used = new ArrayList<>(2);
        for (int w = 0; w < size; w++) {
            int p = window[w];
            RateSchedule schedule = policy.schedules().get(x.fact(p, SCHEDULE));
            StatementLine time = timeLine(x, p, schedule, rules, preference, running);
            if (x.dayAt[p] < fromRank) {
                continue;
            }
            if (used.isEmpty() || used.get(used.size() - 1) != schedule) {
                used.add(schedule);
            }
            if (time == null) {
                rows[row++] = p;
                add(sums, x.status(p), x.offered(p));
            } else {
                rows[row++] = -1 - others.size();
                others.add(time);
                add(sums, time);
            }
            if (x.has(p, CLAIMS)) {
                inMinorUnits &= !x.has(p, INEXACT);
                int claim = x.fact(p, FIRST_CLAIM);
                for (int c = claim; c < claim + x.fact(p, CLAIM_COUNT); c++) {
                    rows[row++] = -1 - others.size();
                    others.add(x.expenseLines[c]);
                }
                sums[6] = Math.addExact(sums[6], x.fact(p, CLAIMS_HELD));
                sums[4] = Math.addExact(sums[4], x.fact(p, CLAIMS_OVER_CAP));
                sums[5] = Math.addExact(sums[5], x.fact(p, CLAIMS_REPAID));
            }
        }
        LineTable lines = new LineTable(x, rows, others.toArray(new StatementLine[0]));
        return assemble(participant.id(), from, to, preference, lines, inMinorUnits ? sums : null, used);
    }

    private Optional<RateSchedule> scheduleOn(LocalDate day) {
        return schedules.computeIfAbsent(day, policy::scheduleOn);
    }

    /** Whether an activity known only by its month or year may fall in the window. */
    private static boolean overlapsWindow(Activity activity, LocalDate start, LocalDate to) {
        return !activity.date().latest().isBefore(start) && !activity.date().earliest().isAfter(to);
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

    private void check(Index x, int p, Violations problems) {
        if (x.fact(p, MINUTES) > MAX_MINUTES) {
            problems.check(false, x.path(p) + ".minutes", "must be at most 1440 (one day)", x.fact(p, MINUTES));
        }
        if (x.fact(p, PREPARATION) > MAX_MINUTES) {
            problems.check(false, x.path(p) + ".preparationMinutes", "must be at most 1440 (one day) for one activity",
                    x.fact(p, PREPARATION));
        }
        if (x.fact(p, TRAVEL) > MAX_MINUTES) {
            problems.check(false, x.path(p) + ".travelMinutes", "must be at most 1440 (one day) for one activity",
                    x.fact(p, TRAVEL));
        }
        int i = x.activityAt[p];
        if (x.fact(p, SCHEDULE) < 0) {
            problems.check(false, x.activityPath(p) + ".date",
                    "has no rate schedule of policy " + policy.id() + " in force", x.dates[i]);
        }
        List<ExpenseClaim> claims = x.record(p).expenses();
        for (int k = 0; k < claims.size(); k++) {
            ExpenseClaim claim = claims.get(k);
            String code = claim.currency().getCurrencyCode();
            if (!claim.currency().equals(policy.currency()) && !options.exchangeRates().containsKey(code)) {
                problems.check(false, x.path(p) + ".expenses[" + k + "].currency", "needs an exchange rate to "
                        + policy.currency().getCurrencyCode() + " in the statement options", code);
            }
        }
    }

    /** Records of one person in the window, in date order: no day over 1440 minutes, no two at once. */
    private static void checkOverlaps(Index x, int[] window, int size, Violations problems) {
        int a = 0;
        while (a < size) {
            int day = x.dayAt[window[a]];
            int b = a;
            long minutes = 0;
            while (b < size && x.dayAt[window[b]] == day) {
                minutes += x.fact(window[b], MINUTES);
                b++;
            }
            if (minutes > MAX_MINUTES) {
                problems.check(false, x.path(window[b - 1]) + ".minutes", "the person's attendances on "
                        + x.dates[x.activityAt[window[a]]] + " add up to " + minutes + " minutes, more than a day",
                        x.fact(window[b - 1], MINUTES));
            }
            for (int p = a; p < b; p++) {
                for (int q = p + 1; q < b; q++) {
                    if (overlap(x, window[p], window[q])) {
                        int i = x.activityAt[window[p]];
                        problems.check(false, x.path(window[q]), "overlaps " + x.path(window[p]) + " (activities "
                                + x.ids[i] + " and " + x.ids[x.activityAt[window[q]]] + " on " + x.dates[i]
                                + "): one person cannot attend both");
                    }
                }
            }
            a = b;
        }
    }

    private static boolean overlap(Index x, int p, int q) {
        int a = x.startMinutes[x.activityAt[p]];
        int b = x.startMinutes[x.activityAt[q]];
        if (a < 0 || b < 0) {
            return false;
        }
        // The person's own time from the start, so leaving one meeting early for another is not refused.
        return a < b + x.fact(q, MINUTES) && b < a + x.fact(p, MINUTES);
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

    /**
     * Prices the time at one record. A line that no cap bound and no part-payment touched is kept as numbers in
     * the store and null is returned; any other line is returned.
     */
    private StatementLine timeLine(Index x, int p, RateSchedule schedule, PersonRules rules,
            RecompensePreference preference, Running running) {
        int i = x.activityAt[p];
        ActivityType activityType = TYPE_VALUES[x.fact(p, TYPE)];
        int minutes = x.fact(p, MINUTES);
        Optional<RateRule> found = rules.ruleFor(schedule, activityType);
        if (found.isEmpty()) {
            LocalDate date = x.dates[i];
            String type = typeWords.get(activityType)[0];
            String reason = "policy " + policy.id() + " has no rate rule for roles " + rules.roles + " with involvement "
                    + rules.involvement + " at a " + Wording.lower(type)
                    + "; the organisation needs to decide how this time is paid";
            return new StatementLine(LineKind.TIME, LineStatus.HELD, date, x.ids[i], type, null,
                    schedule.version(), minutes, x.fact(p, PREPARATION), null, null, null, currency, 0, 0, 0, 0, reason,
                    Explanation.of(opening(activityType, date) + ": held, " + reason + "."));
        }
        RateRule rule = found.get();
        Pricing pricing = pricing(schedule, rule);
        Basis basis = pricing.basis(activityType, preference);
        if (rule.basis() == RateBasis.UNPAID) {
            x.keep(p, basis, NONE, NONE, 0);
            return null;
        }
        int before = NONE;
        int paidMinutes = 0;
        switch (rule.basis()) {
            case FLAT_FEE:
                break;
            case TIME_EQUIVALENT:
                paidMinutes = rule.equivalentMinutes().orElseThrow();
                before = minutes;
                break;
            default:
                before = minutes + countedPreparation(schedule, minutes, x.fact(p, PREPARATION))
                        + countedTravel(schedule, x.fact(p, TRAVEL));
                paidMinutes = schedule.rounding().apply(before);
        }
        int after = before == NONE ? NONE : paidMinutes;
        boolean chaired = x.has(p, CHAIRED) && schedule.chairMultiplier().isPresent();
        long offered = pricing.offered(paidMinutes, chaired);
        Caps caps = schedule.caps();
        CapOutcome cap = caps.any() ? applyCaps(x.dates[i], offered, caps, running) : null;
        if ((cap == null || cap.binding == null) && preference != RecompensePreference.PART_PAYMENT) {
            x.keep(p, basis, before, after, offered);
            return null;
        }
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
                part = partPayment(afterCaps, x.dates[i], running);
                status = LineStatus.PAYABLE;
                amount = part.paid;
                declined = part.declined;
                break;
            default:
                status = LineStatus.PAYABLE;
                amount = afterCaps;
        }
        Attendance record = x.record(p);
        LocalDate date = x.dates[i];
        return new StatementLine(LineKind.TIME, status, date, x.ids[i], typeWords.get(activityType)[0], rule.id(),
                schedule.version(),
                minutes, x.fact(p, PREPARATION), boxed(before), boxed(after), basis.rate(paidMinutes), currency, offered,
                overCap, declined, amount, null, new TimeExplanation(basis, date, record, offered, cap, part));
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
                last = bySchedule.computeIfAbsent(schedule, s -> new Optional[TYPES]);
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
        private final Basis[] bases = new Basis[RecompensePreference.values().length * TYPES];

        Pricing(RateSchedule schedule, RateRule rule) {
            this.schedule = schedule;
            this.rule = rule;
            Arrays.fill(plain, -1);
            Arrays.fill(chaired, -1);
        }

        StatementEngine engine() {
            return StatementEngine.this;
        }

        /** The shared part of the explanations of this rule's lines at one activity type and preference. */
        Basis basis(ActivityType type, RecompensePreference preference) {
            int index = preference.ordinal() * TYPES + type.ordinal();
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

        /** The rate shown on the lines of a band (of the rule's only rate when it has no bands). */
        Money rateOfBand(int index) {
            BigDecimal value;
            if (rule.basis() == RateBasis.FLAT_FEE) {
                value = rule.flatFee().orElseThrow();
            } else if (rule.basis() == RateBasis.BANDED) {
                DurationBand band = rule.bands().get(index);
                value = band.amount().isPresent() ? band.amount().get() : band.hourlyRate().orElseThrow();
            } else {
                value = rule.hourlyRate().orElseThrow();
            }
            return Money.of(value, policy.currency());
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

    /** Minutes as an {@link Integer}, or null for {@link #NONE}. */
    private static Integer boxed(int minutes) {
        return minutes == NONE ? null : Integer.valueOf(minutes);
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
        /** What the lines share: the status, the rule, the schedule version, the activity type and the reason. */
        private final LineStatus status;
        private final String rule;
        private final String version;
        private final String typeId;
        private final String reason;
        private final Currency currency;
        /** The rate of each band (one for other rules), or none when time is not paid. */
        private final Money[] rates;

        Basis(Pricing pricing, ActivityType type, RecompensePreference preference) {
            this.pricing = pricing;
            this.type = type;
            this.preference = preference;
            RateRule r = pricing.rule;
            boolean unpaid = r.basis() == RateBasis.UNPAID;
            this.status = unpaid ? LineStatus.NOT_PAID : preference == RecompensePreference.DECLINED
                    ? LineStatus.DECLINED : preference == RecompensePreference.DONATION ? LineStatus.DONATED
                    : LineStatus.PAYABLE;
            this.rule = r.id();
            this.version = pricing.schedule.version();
            this.typeId = pricing.engine().typeWords.get(type)[0];
            this.reason = unpaid ? r.unpaidReason().orElseThrow() : null;
            this.currency = pricing.engine().currency;
            this.rates = new Money[unpaid ? 0 : r.basis() == RateBasis.BANDED ? r.bands().size() : 1];
            for (int band = 0; band < rates.length; band++) {
                rates[band] = pricing.rateOfBand(band);
            }
        }

        /**
         * A time line with this basis: for an unpaid rule, not paid; otherwise the amount offered, declined,
         * donated or paid in full as the person chose.
         */
        StatementLine line(LocalDate date, String activityId, int attended, int preparation, Integer before,
                Integer after, long offered, Attendance record) {
            Money rate = rates.length == 0 ? null : rate(after == null ? 0 : after);
            long declined = status == LineStatus.DECLINED ? offered : 0;
            return new StatementLine(LineKind.TIME, status, date, activityId, typeId, rule, version, attended,
                    preparation, before, after, rate, currency, offered, 0, declined, offered - declined, reason, this,
                    record);
        }

        /** The rate shown on a line paid for so many minutes: the flat fee, the hourly rate, or the band's. */
        Money rate(int paidMinutes) {
            return rates[rates.length == 1 ? 0 : bandIndex(pricing.rule, paidMinutes)];
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

    /** The caps applied to the amount offered, for a schedule with caps. */
    private CapOutcome applyCaps(LocalDate date, long offered, Caps caps, Running running) {
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

    private StatementLine expenseLine(ActivityType activityType, LocalDate date, String activityId,
            RateSchedule schedule, ExpenseClaim claim) {
        ExpenseCategory expenseCategory = claim.category();
        String category = categoryWords.get(expenseCategory)[0];
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
            boolean approval = rule.approvalRequired() && !options.isApproved(activityId, category);
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
                    activityId, type, ruleId, schedule.version(), 0, 0, null, null, null, currency, offered,
                    reason == null ? offered - amount : 0, 0, amount, reason, explanation);
        }
        StatementLine.Builder line = StatementLine.builder();
        line.kind(LineKind.EXPENSE).date(date).activityId(activityId).activityType(type)
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

    /**
     * The statement of the lines, with their totals: the sums in minor units when every line is in minor units,
     * otherwise null, and the totals are then added exactly.
     */
    private PaymentStatement assemble(String participantId, LocalDate from, LocalDate to,
            RecompensePreference preference, List<StatementLine> lines, long[] sums, List<RateSchedule> used) {
        boolean inMinorUnits = sums != null;
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
        return new PaymentStatement(participantId, from, to, policy.id(), policy.currency(), preference,
                policy.paymentRoute(), Collections.unmodifiableList(lines), totals,
                Collections.unmodifiableList(sources), Collections.unmodifiableList(notices));
    }

    /** Adds a time line kept as numbers to the totals, as {@link #add(long[], StatementLine)} would. */
    private static void add(long[] sums, LineStatus status, long offered) {
        sums[0] = Math.addExact(sums[0], offered);
        int t = status == LineStatus.DECLINED ? 2 : status == LineStatus.DONATED ? 3 : 1;
        sums[t] = Math.addExact(sums[t], offered);
    }

    /** Adds a line in minor units to the totals (offered, paid, declined, donated, over caps, expenses, held). */
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
