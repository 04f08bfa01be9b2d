package org.coproduction.core.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.json.JsonLimits;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.CrosswalkEntry;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.MappingRelation;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.Scope;
import org.coproduction.core.proportionality.GroupSizeRule;
import org.coproduction.core.proportionality.InvolvementPurpose;
import org.coproduction.core.proportionality.ProportionalityRules;
import org.coproduction.core.recompense.Caps;
import org.coproduction.core.recompense.DurationBand;
import org.coproduction.core.recompense.ExpenseApproval;
import org.coproduction.core.recompense.ExpenseRule;
import org.coproduction.core.recompense.PaymentRoute;
import org.coproduction.core.recompense.PreparationTime;
import org.coproduction.core.recompense.RateBasis;
import org.coproduction.core.recompense.RateRule;
import org.coproduction.core.recompense.RateSchedule;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.recompense.TimeRounding;
import org.coproduction.core.recompense.benefit.Benefit;
import org.coproduction.core.recompense.benefit.BenefitCheck;
import org.coproduction.core.recompense.benefit.BenefitLimit;
import org.coproduction.core.recompense.benefit.BenefitLimits;
import org.coproduction.core.recompense.benefit.BenefitWarning;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violation;

/**
 * Seeded generators of valid policy values (recompense policies with every part, benefit limits and checks,
 * crosswalks, proportionality rules, statement options, validation messages, small-number rules, limits for
 * reading JSON) for JSON round trips. Values
 * reach the edges the types allow: empty collections, the first and last days {@link LocalDate} writes as
 * four-digit years (0001-01-01 and 9999-12-31), the largest amount and rate of a policy (1,000,000,000, also
 * written {@code 1E+9}) and rates with 10 decimal places, benefit figures of 40 digits or with 30 decimal
 * places, and free text in right-to-left scripts, with emoji, combining marks and control characters.
 */
public final class PolicyGenerators {

    /** Free text at the edges of Unicode, mixed with ordinary words by {@link #text(SplittableRandom)}. */
    public static final List<String> EDGE_TEXTS = List.of(
            "Zoë 👩🏽‍🦯 café",                       // emoji with skin tone and zero-width joiners
            "مرحبا بكم في المنتدى",                  // Arabic, right to left
            "שלום עולם",                               // Hebrew, right to left
            "left \u202Eright-to-left override\u202C", // bidirectional control characters
            "e\u0301 (combining acute), ＦＵＬＬ width",
            "tab\there, line\nbreak, \"quotes\", back\\slash, </script>",
            "nul \u0000 and bell \u0007 characters",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the basic plane 𐍈");

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("GBP"), Currency.getInstance("EUR"),
            Currency.getInstance("JPY"), Currency.getInstance("BHD"));
    private static final List<String> EXPENSE_CATEGORIES = List.of("public-transport", "mileage", "taxi", "parking",
            "meals", "replacement-care", "printing", "support-worker", "accommodation", "other");

    private PolicyGenerators() {
    }

    /** Non-blank text: ordinary words, or text at the edges of Unicode. */
    public static String text(SplittableRandom r) {
        return r.nextInt(3) == 0 ? DomainGenerators.text(r) : EDGE_TEXTS.get(r.nextInt(EDGE_TEXTS.size()));
    }

    /** A day anywhere from 0001-01-01 to 9999-12-31, often one of those two. */
    public static LocalDate day(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return FIRST_DAY;
            case 1:
                return LAST_DAY;
            case 2:
                return DomainGenerators.day(r);
            default:
                return FIRST_DAY.plusDays(r.nextLong(LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1));
        }
    }

    /** The largest amount or rate a policy holds: 1,000,000,000 (the library's bound on an amount of money). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /**
     * A non-negative amount with exactly the given number of decimal places, at most 1,000,000,000: small, up
     * to that bound, or the bound itself.
     *
     * @param r  the random source
     * @param decimals  the decimal places (the scale)
     * @return the amount
     */
    public static BigDecimal amount(SplittableRandom r, int decimals) {
        BigInteger units = MAX_AMOUNT.movePointRight(decimals).toBigIntegerExact();
        switch (r.nextInt(4)) {
            case 0:
                return new BigDecimal(units, decimals);
            case 1:
                return new BigDecimal(BigInteger.valueOf(r.nextInt(1 << 20)), decimals);
            default:
                return new BigDecimal(new BigInteger(units.bitLength() + 8, new java.util.Random(r.nextLong()))
                        .mod(units.add(BigInteger.ONE)), decimals);
        }
    }

    /**
     * A non-negative rate with up to 10 decimal places, at most 1,000,000,000, sometimes written with an
     * exponent ({@code 1E+9}, read as 1000000000).
     */
    public static BigDecimal rate(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0:
                return new BigDecimal("1E+9");
            case 1:
                return new BigDecimal("0E-10");
            default:
                return amount(r, r.nextInt(11));
        }
    }

    /** A positive rate with up to 10 decimal places. */
    public static BigDecimal positiveRate(SplittableRandom r) {
        BigDecimal rate = rate(r);
        return rate.signum() > 0 ? rate : new BigDecimal("0.0000000001");
    }

    /**
     * A non-negative figure of a benefit limit or a message: up to 40 digits or with up to 30 decimal places,
     * sometimes written with an exponent ({@code 1E+20}); those types have no bound of their own.
     */
    public static BigDecimal wideRate(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0:
                return new BigDecimal("1E+20");
            case 1:
                return new BigDecimal("0E-12");
            default:
                int bits = r.nextBoolean() ? 1 + r.nextInt(20) : 100 + r.nextInt(33);
                return new BigDecimal(new BigInteger(bits, new java.util.Random(r.nextLong())), r.nextInt(31));
        }
    }

    private static BigDecimal widePositiveRate(SplittableRandom r) {
        BigDecimal rate = wideRate(r);
        return rate.signum() > 0 ? rate : new BigDecimal("0.000000000000000000000000000001");
    }

    /** A share from 0 to 1 with up to 10 decimal places (0 and 1 included). */
    public static BigDecimal share(SplittableRandom r) {
        switch (r.nextInt(4)) {
            case 0:
                return BigDecimal.ZERO;
            case 1:
                return new BigDecimal("1.000");
            default:
                int scale = 1 + r.nextInt(10);
                return BigDecimal.valueOf(r.nextLong(Long.MAX_VALUE)).movePointLeft(19).remainder(BigDecimal.ONE)
                        .setScale(scale, RoundingMode.DOWN);
        }
    }

    /** A share more than 0 and at most 1. */
    private static BigDecimal positiveShare(SplittableRandom r) {
        BigDecimal share = share(r);
        return share.signum() > 0 ? share : new BigDecimal("0.0000000001");
    }

    /** A citation of any status, sometimes with a web address and a note. */
    public static Citation citation(SplittableRandom r) {
        var b = Citation.builder().reference(text(r)).status(DomainGenerators.pick(r, SourceStatus.class));
        if (r.nextBoolean()) {
            b.url("https://example.org/" + r.nextInt(1000) + "?q=%E2%9C%93&x=1");
        }
        if (r.nextBoolean()) {
            b.note(text(r));
        }
        return b.build();
    }

    /** A duration band of either kind. */
    public static DurationBand band(SplittableRandom r, int upToMinutes) {
        return r.nextBoolean() ? DurationBand.fixed(upToMinutes, rate(r)) : DurationBand.hourly(upToMinutes, rate(r));
    }

    /** A rate rule of the given basis, applying to some roles, involvement levels and activity types (possibly all). */
    public static RateRule rateRule(SplittableRandom r, String id, RateBasis basis) {
        RateRule.Builder b = RateRule.builder().id(id).description(text(r)).basis(basis)
                .roles(codes(r, ParticipantRole.values(), ParticipantRole::id))
                .involvementLevels(codes(r, InvolvementLevel.values(), InvolvementLevel::id))
                .activityTypes(codes(r, ActivityType.values(), ActivityType::id));
        switch (basis) {
            case HOURLY:
                b.hourlyRate(rate(r));
                break;
            case BANDED:
                int upTo = 0;
                // What the bands so far pay at their top, in sixtieths: a fixed band pays at least that, as more
                // time must never pay less.
                BigDecimal paid = BigDecimal.ZERO;
                for (int i = 1 + r.nextInt(4); i > 0 && upTo < 1440; i--) {
                    int below = upTo;
                    upTo = i == 1 || r.nextInt(5) == 0 ? 1440 : upTo + 1 + r.nextInt(Math.max(1, 1440 - upTo - 1));
                    upTo = Math.min(upTo, 1440);
                    DurationBand band = band(r, upTo);
                    BigDecimal least = paid.divide(BigDecimal.valueOf(60), 0, RoundingMode.UP);
                    if (band.amount().isPresent() && least.compareTo(MAX_AMOUNT) > 0) {
                        // No fixed amount a policy holds pays as much as the bands below: an hourly band instead.
                        band = DurationBand.hourly(upTo, band.amount().get());
                    }
                    if (band.amount().isPresent()) {
                        band = DurationBand.fixed(upTo, band.amount().get().max(least));
                        paid = band.amount().get().multiply(BigDecimal.valueOf(60));
                    } else {
                        paid = paid.add(band.hourlyRate().get().multiply(BigDecimal.valueOf(upTo - below)));
                    }
                    b.addBand(band);
                }
                break;
            case FLAT_FEE:
                b.flatFee(rate(r));
                break;
            case TIME_EQUIVALENT:
                b.hourlyRate(rate(r)).equivalentMinutes(r.nextBoolean() ? 1 + r.nextInt(1440) : 1440);
                break;
            default:
                b.unpaidReason(text(r));
        }
        return b.build();
    }

    /** Up to three of a closed set's codes (none meaning any), as a rate rule names roles, levels and activity types. */
    private static <E> Set<String> codes(SplittableRandom r, E[] values, java.util.function.Function<E, String> id) {
        Set<String> codes = new LinkedHashSet<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            codes.add(id.apply(values[r.nextInt(values.length)]));
        }
        return codes;
    }

    /** Time rounding in any direction, with any increment and minimum the type allows. */
    public static TimeRounding rounding(SplittableRandom r) {
        TimeRounding.Direction direction = DomainGenerators.pick(r, TimeRounding.Direction.class);
        int increment = direction == TimeRounding.Direction.NONE ? 1 : r.nextBoolean() ? 1440 : 1 + r.nextInt(1440);
        return TimeRounding.builder().direction(direction).incrementMinutes(increment)
                .minimumMinutes(r.nextBoolean() ? 0 : r.nextInt(1441)).build();
    }

    /** Preparation time paid in any mode. */
    public static PreparationTime preparation(SplittableRandom r) {
        switch (DomainGenerators.pick(r, PreparationTime.Mode.class)) {
            case ACTUAL:
                return PreparationTime.actual();
            case CAPPED:
                return PreparationTime.capped(r.nextInt(1441));
            case FIXED:
                return PreparationTime.fixed(r.nextInt(1441));
            case PROPORTIONAL:
                return PreparationTime.proportional(r.nextBoolean() ? BigDecimal.TEN : share(r));
            default:
                return PreparationTime.notPaid();
        }
    }

    /** Caps in the minor units of a currency, each sometimes absent, with any first day of the week. */
    public static Caps caps(SplittableRandom r, int decimals) {
        Caps.Builder b = Caps.builder().weekStartsOn(DomainGenerators.pick(r, DayOfWeek.class));
        if (r.nextBoolean()) {
            b.perDay(amount(r, decimals));
        }
        if (r.nextBoolean()) {
            b.perWeek(amount(r, decimals));
        }
        if (r.nextBoolean()) {
            b.perTaxYear(amount(r, decimals));
        }
        return b.build();
    }

    /** An expense rule for a category, sometimes with a cap (in the currency's minor units) and a rate per mile. */
    public static ExpenseRule expenseRule(SplittableRandom r, String category, int decimals) {
        ExpenseRule.Builder b = ExpenseRule.builder().category(category).description(text(r))
                .receiptRequired(r.nextBoolean()).approvalRequired(r.nextBoolean());
        if (r.nextBoolean()) {
            b.capPerClaim(amount(r, decimals));
        }
        if (r.nextBoolean()) {
            b.ratePerMile(positiveRate(r));
        }
        return b.build();
    }

    /**
     * A rate schedule in force from a day to another (or open-ended), with rules of every basis (or some),
     * and every optional part sometimes present.
     */
    public static RateSchedule schedule(SplittableRandom r, LocalDate from, Optional<LocalDate> to, int decimals) {
        RateSchedule.Builder b = RateSchedule.builder().version(text(r)).effectiveFrom(from).effectiveTo(to)
                .source(citation(r)).rounding(rounding(r)).preparation(preparation(r)).travelTimeShare(share(r))
                .caps(caps(r, decimals));
        int id = 0;
        for (RateBasis basis : RateBasis.values()) {
            if (r.nextInt(3) > 0 || (id == 0 && basis == RateBasis.UNPAID)) {
                b.addRule(rateRule(r, "rule-" + ++id, basis));
            }
        }
        for (String category : EXPENSE_CATEGORIES) {
            if (r.nextInt(3) == 0) {
                b.addExpenseRule(expenseRule(r, category, decimals));
            }
        }
        if (r.nextBoolean()) {
            // From 1 to 10, the most a chair's uplift may be.
            b.chairMultiplier(r.nextBoolean() ? BigDecimal.TEN
                    : BigDecimal.ONE.add(share(r).multiply(BigDecimal.valueOf(9))));
        }
        if (r.nextBoolean()) {
            b.claimWindowDays(r.nextBoolean() ? Integer.MAX_VALUE : 1 + r.nextInt(400));
        }
        return b.build();
    }

    /**
     * A recompense policy in any currency with one or more schedules in force one after another, without
     * gaps or overlaps, from as early as 0001-01-01 to as late as 9999-12-31, the last sometimes open-ended.
     */
    public static RecompensePolicy policy(SplittableRandom r) {
        Currency currency = CURRENCIES.get(r.nextInt(CURRENCIES.size()));
        int decimals = currency.getDefaultFractionDigits();
        RoundingMode[] modes = {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
            RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN};
        RecompensePolicy.Builder b = RecompensePolicy.builder().id("policy-" + r.nextInt(1000))
                .name(text(r)).source(citation(r)).currency(currency)
                .paymentRoute(DomainGenerators.pick(r, PaymentRoute.class)).lineRounding(modes[r.nextInt(modes.length)]);
        LocalDate from = r.nextBoolean() ? FIRST_DAY : DomainGenerators.day(r);
        int count = 1 + r.nextInt(4);
        for (int i = 1; i <= count; i++) {
            Optional<LocalDate> to;
            if (i < count) {
                to = Optional.of(from.plusDays(r.nextInt(800)));
            } else {
                to = r.nextBoolean() ? Optional.empty() : Optional.of(r.nextBoolean() ? LAST_DAY : from);
            }
            b.addSchedule(schedule(r, from, to, decimals));
            from = to.map(d -> d.plusDays(1)).orElse(from);
        }
        return b.build();
    }

    /** A tax year from 1900/01 to 2999/00, often the first or last of them. */
    public static TaxYear taxYear(SplittableRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return TaxYear.startingIn(1900);
            case 1:
                return TaxYear.startingIn(2999);
            default:
                return TaxYear.startingIn(1900 + r.nextInt(1100));
        }
    }

    /** A benefit limit with every optional part sometimes present. */
    public static BenefitLimit benefitLimit(SplittableRandom r, Benefit benefit, TaxYear year) {
        BenefitLimit.Builder b = BenefitLimit.builder().benefit(benefit).taxYear(year)
                .amount(widePositiveRate(r)).source(citation(r));
        if (r.nextBoolean()) {
            b.hoursBelow(r.nextBoolean() ? BigDecimal.valueOf(168) : new BigDecimal("0.000000000001")
                    .max(share(r).multiply(BigDecimal.valueOf(168))));
        }
        if (r.nextBoolean()) {
            b.taper(positiveShare(r));
        }
        return b.build();
    }

    /** Benefit limits for distinct benefits and tax years, possibly none. */
    public static BenefitLimits benefitLimits(SplittableRandom r) {
        BenefitLimits.Builder b = BenefitLimits.builder();
        Set<String> used = new LinkedHashSet<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            Benefit benefit = DomainGenerators.pick(r, Benefit.class);
            TaxYear year = taxYear(r);
            if (used.add(benefit.id() + " " + year)) {
                b.addLimit(benefitLimit(r, benefit, year));
            }
        }
        return b.build();
    }

    /** A benefit check with generated limits, margin, first day of the week and of the assessment period. */
    public static BenefitCheck benefitCheck(SplittableRandom r) {
        return BenefitCheck.builder().benefit(DomainGenerators.pick(r, Benefit.class)).limits(benefitLimits(r))
                .margin(share(r)).weekStartsOn(DomainGenerators.pick(r, DayOfWeek.class))
                .assessmentPeriodStartDay(1 + r.nextInt(31)).build();
    }

    /** A benefit warning for a period anywhere in time, with large amounts and Unicode text. */
    public static BenefitWarning benefitWarning(SplittableRandom r) {
        LocalDate start = day(r);
        LocalDate end = start.equals(LAST_DAY) ? start : start.plusDays(r.nextInt((int) Math.min(40,
                LAST_DAY.toEpochDay() - start.toEpochDay() + 1)));
        Currency gbp = Currency.getInstance("GBP");
        BenefitWarning.Level level = DomainGenerators.pick(r, BenefitWarning.Level.class);
        return BenefitWarning.builder().benefit(DomainGenerators.pick(r, Benefit.class)).level(level)
                .periodStart(start).periodEnd(end).earnings(Money.of(wideRate(r), gbp))
                .limit(level == BenefitWarning.Level.LIMIT_NOT_KNOWN ? Optional.empty()
                        : Optional.of(Money.of(wideRate(r), gbp)))
                .hours(wideRate(r)).message(text(r)).build();
    }

    /** Statement options with some expense approvals, exchange rates, part-payment and claim day, possibly none. */
    public static StatementOptions statementOptions(SplittableRandom r) {
        StatementOptions.Builder b = StatementOptions.builder();
        for (int i = r.nextInt(4); i > 0; i--) {
            b.addApproval(ExpenseApproval.of(r.nextBoolean() ? "a-" + r.nextInt(10) : text(r),
                    EXPENSE_CATEGORIES.get(r.nextInt(EXPENSE_CATEGORIES.size()))));
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        for (Currency currency : CURRENCIES) {
            if (r.nextBoolean()) {
                rates.put(currency.getCurrencyCode(), positiveRate(r));
            }
        }
        b.exchangeRates(rates);
        if (r.nextBoolean()) {
            b.partPaymentPerWeek(rate(r));
        }
        if (r.nextBoolean()) {
            b.claimsReceivedOn(day(r));
        }
        return b.build();
    }

    /** A validation message, for the whole document or a field, with or without the value that broke the rule. */
    public static Violation violation(SplittableRandom r) {
        String path = r.nextInt(4) == 0 ? "" : "rungs[" + r.nextInt(100) + "]." + text(r);
        switch (r.nextInt(3)) {
            case 0:
                return Violation.of(path, text(r));
            case 1:
                return Violation.of(path, text(r), text(r));
            default:
                return Violation.of(path, text(r), wideRate(r));
        }
    }

    /** A ladder of two to nine rungs with Unicode names. */
    public static Ladder ladder(SplittableRandom r, String id) {
        var b = Ladder.builder().id(id).name(text(r)).source(citation(r));
        for (int i = 1, n = 2 + r.nextInt(8); i <= n; i++) {
            b.addRung(RungDefinition.builder().id(id + "-" + i).name(text(r)).order(i).meaning(text(r)).build());
        }
        return b.build();
    }

    /**
     * A crosswalk between two generated ladders that keeps order: each rung maps to a run of rungs no lower
     * than those of the rung below it, or to none.
     */
    public static Crosswalk crosswalk(SplittableRandom r) {
        Ladder from = ladder(r, "from");
        Ladder to = ladder(r, "to");
        int size = to.rungs().size();
        int lowest = 1;
        int highest = 1;
        List<CrosswalkEntry> entries = new ArrayList<>();
        for (RungDefinition rung : from.rungs()) {
            List<String> targets = new ArrayList<>();
            if (r.nextInt(4) > 0) {
                int low = lowest + r.nextInt(size - lowest + 1);
                int high = Math.max(low, highest) + r.nextInt(size - Math.max(low, highest) + 1);
                for (int order = low; order <= high; order++) {
                    targets.add(to.rungs().get(order - 1).id());
                }
                lowest = low;
                highest = high;
            }
            entries.add(targets.isEmpty() || r.nextBoolean()
                    ? CrosswalkEntry.of(rung.id(), text(r), targets.toArray(String[]::new))
                    : CrosswalkEntry.of(rung.id(), DomainGenerators.pick(r, MappingRelation.class), text(r), targets.toArray(String[]::new)));
        }
        if (r.nextBoolean()) {
            java.util.Collections.reverse(entries);
        }
        return Crosswalk.builder().from(from).to(to).entries(entries).source(citation(r)).build();
    }

    /**
     * Proportionality rules with a rule for any scope for every impact and purpose, and for some scopes their
     * own rules; group sizes never fall as impact rises, and evidence groups are never smaller than design
     * groups.
     */
    public static ProportionalityRules proportionalityRules(SplittableRandom r) {
        ProportionalityRules.Builder b = ProportionalityRules.builder().id("rules-" + r.nextInt(100))
                .name(text(r)).source(citation(r));
        List<Optional<Scope>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        for (Scope scope : Scope.values()) {
            if (r.nextInt(3) == 0) {
                scopes.add(Optional.of(scope));
            }
        }
        for (Optional<Scope> scope : scopes) {
            int design = 1 + r.nextInt(5);
            int evidence = design;
            for (Impact impact : Impact.values()) {
                design += r.nextInt(10);
                evidence = Math.max(evidence, design) + r.nextInt(1000);
                b.addRule(groupSizeRule(r, scope, impact, InvolvementPurpose.DESIGN, design));
                b.addRule(groupSizeRule(r, scope, impact, InvolvementPurpose.EVIDENCE, evidence));
            }
        }
        return b.build();
    }

    private static GroupSizeRule groupSizeRule(SplittableRandom r, Optional<Scope> scope, Impact impact,
            InvolvementPurpose purpose, int min) {
        GroupSizeRule.Builder b = GroupSizeRule.builder().scope(scope).impact(impact).purpose(purpose)
                .minPeople(min);
        if (r.nextBoolean()) {
            b.maxPeople(r.nextBoolean() ? Integer.MAX_VALUE : min + r.nextInt(100));
        }
        return b.build();
    }

    /** A small-number rule with any threshold from 1 up to the largest int. */
    public static SmallNumberRule smallNumberRule(SplittableRandom r) {
        return SmallNumberRule.fewerThan(r.nextBoolean() ? Integer.MAX_VALUE : SmallNumberRule.MINIMUM_THRESHOLD + r.nextInt(100));
    }

    /** Limits for reading JSON, each from 1 up to the largest value of its type. */
    public static JsonLimits jsonLimits(SplittableRandom r) {
        return new JsonLimits(r.nextBoolean() ? 1 : 1 + r.nextInt(Integer.MAX_VALUE),
                r.nextBoolean() ? Integer.MAX_VALUE : 1 + r.nextInt(1000), 1 + r.nextInt(1000),
                r.nextBoolean() ? Long.MAX_VALUE : 1 + r.nextLong(Long.MAX_VALUE - 1));
    }
}
