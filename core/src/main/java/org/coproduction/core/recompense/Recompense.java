package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;

/**
 * The entry point for recompense: the example policies the library ships, and payment statements.
 *
 * <pre>{@code
 * PaymentStatement s = Recompense.statement(Recompense.nihr(), participant, activities,
 *         LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
 * System.out.println(s.toText());
 * }</pre>
 *
 * <p><strong>The presets are examples, not official rate tables.</strong> Each schedule carries its source
 * and the source's status. Figures the library's sources could not confirm are marked
 * {@link SourceStatus#UNVERIFIED} in the data, and every statement that uses them says so:
 * <ul>
 *   <li>{@link #nihr()}: NIHR-style hourly payment. £25 an hour before 16 December 2025 (widely quoted,
 *       secondary); £27.50 an hour from then, derived from NIHR's 10% uplift [V] and is unverified. Rounding
 *       up to the half hour is an often-quoted practice that is unverified.</li>
 *   <li>{@link #nhsEngland()}: NHS England's four PPV partner roles. Role 4 pays a half-day and a day rate
 *       through payroll [V]; the £75 and £150 figures are unverified, and so are the band edges (4 and 8
 *       hours) and that Roles 1–3 are paid expenses only.</li>
 *   <li>{@link #hqip()}: HQIP's flat fees per activity [V], mapped by the library to activity types.</li>
 *   <li>{@link #coProductionCollective()}: Co-Production Collective's set £30 an hour for co-producing the
 *       Collective, for its pilot from 25 September 2024 to 31 March 2025 [V].</li>
 * </ul>
 *
 * <p>In every preset, a person recorded with a staff role (practitioner, manager, commissioner) is treated
 * as taking part in paid time and is not paid again (Blue Heart [V]; NIHR: public-sector staff are paid
 * only for work in their own time [V]); record them without the staff role when they take part in their
 * own time. Expense rules follow the sources named on each; the categories not named there are the
 * library's own choice and say so.
 */
@Stable
public final class Recompense {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Set<String> STAFF = Set.of("practitioner", "manager", "commissioner");
    private static final String STAFF_REASON = "staff taking part in paid time are not paid again";

    private static final RecompensePolicy NIHR = buildNihr();
    private static final RecompensePolicy NHS_ENGLAND = buildNhsEngland();
    private static final RecompensePolicy HQIP = buildHqip();
    private static final RecompensePolicy CO_PRODUCTION_COLLECTIVE = buildCoProductionCollective();

    private Recompense() {
    }

    /**
     * A payment statement for one participant and a period.
     *
     * @param policy  the policy, not null
     * @param participant  the participant, not null
     * @param activities  the activities with their attendance records; the participant's attendance is picked
     *     out, and the order does not matter, not null
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, inclusive, not null
     * @return the statement, not null; attendance on a day the participant's consent did not cover (before
     *     it was given, or after it was withdrawn) is held on it with the reason, never paid, and counts towards
     *     no cap
     * @throws org.coproduction.core.validation.ValidationException naming every bad input (a day of more than
     *     1,440 minutes attended, attendances that overlap in time, across midnight too, an activity date with
     *     no schedule, an expense in another currency without a rate, part-payment without an amount); no
     *     statement is made
     */
    public static PaymentStatement statement(RecompensePolicy policy, Participant participant,
            Collection<Activity> activities, LocalDate from, LocalDate to) {
        return statement(policy, participant, activities, from, to, StatementOptions.none());
    }

    /**
     * A payment statement for one participant and a period, with approvals, exchange rates and other
     * options.
     *
     * @param policy  the policy, not null
     * @param participant  the participant, not null
     * @param activities  the activities with their attendance records, not null
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, inclusive, not null
     * @param options  approvals, exchange rates, part-payment amount, claim date, not null
     * @return the statement, not null; attendance consent did not cover is held, as in
     *     {@link #statement(RecompensePolicy, Participant, Collection, LocalDate, LocalDate)}
     * @throws org.coproduction.core.validation.ValidationException naming every bad input; no statement is made
     */
    public static PaymentStatement statement(RecompensePolicy policy, Participant participant,
            Collection<Activity> activities, LocalDate from, LocalDate to, StatementOptions options) {
        Objects.requireNonNull(participant, "participant");
        List<StatementEngine.Entry> records = StatementEngine.recordsOf(List.of(participant.id()),
                List.copyOf(activities)).get(participant.id());
        return new StatementEngine(policy, options).statement(participant, records, from, to);
    }

    /**
     * Payment statements for many participants and one period, reading the attendance records once: for
     * a council's year of involvement. Each statement is the one {@link #statement} gives for that person;
     * records of people not listed are left out, and a person listed twice gets one statement, from the last
     * listing, in the place of the first. Each statement holds its own lines only.
     *
     * <p>How long a council's year takes is measured by the JMH {@code RecompenseBenchmark}; the figures are
     * in {@code benchmarks/results/RecompenseBenchmark.md}.
     *
     * @param policy  the policy, not null
     * @param participants  the participants, not null
     * @param activities  the activities with their attendance records, not null
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, inclusive, not null
     * @param options  approvals, exchange rates and other options, not null
     * @return the statements keyed by participant id, in the participants' order, not null
     * @throws org.coproduction.core.validation.ValidationException for the first participant whose records
     *     are invalid, naming every problem in them
     */
    public static Map<String, PaymentStatement> statements(RecompensePolicy policy,
            Collection<Participant> participants, Collection<Activity> activities, LocalDate from, LocalDate to,
            StatementOptions options) {
        StatementEngine engine = new StatementEngine(policy, options);
        // One statement per identifier: the last listing of a person listed twice, in the place of the first.
        Map<String, Participant> people = new LinkedHashMap<>();
        for (Participant participant : participants) {
            people.put(participant.id(), participant);
        }
        Map<String, List<StatementEngine.Entry>> records = StatementEngine.recordsOf(people.keySet(),
                List.copyOf(activities));
        Map<String, PaymentStatement> result = new LinkedHashMap<>();
        for (Participant participant : people.values()) {
            result.put(participant.id(), engine.statement(participant, records.get(participant.id()), from, to));
        }
        return result;
    }

    /**
     * The NIHR-style hourly scheme: £25 an hour to 15 December 2025 [secondary], £27.50 an hour from
     * 16 December 2025 [unverified, derived from the 10% uplift]; preparation paid as recorded; time
     * rounded up to the half hour [unverified practice]; travel time not paid (each attendance's travel time is
     * listed as not paid under this policy); receipted expenses repaid at cost; mileage repaid as the amount
     * claimed, and a claim giving miles held, as the sources give no rate per mile. Sources: NIHR payment guidance for researchers and professionals (v1.6, Aug 2024) and NIHR's
     * announcement of a 10% uplift from 16 December 2025.
     *
     * @return the policy, not null
     */
    public static RecompensePolicy nihr() {
        return NIHR;
    }

    /**
     * NHS England's four PPV partner roles: Role 4 (a senior strategic role; matched to involvement
     * {@code lead}) is paid £75 for up to a half day (4 hours) and £150 for up to a day (8 hours) through
     * payroll; Roles 1–3 are paid expenses only. The rates, band edges and expenses-only rule are
     * unverified. Expenses follow NHS England's interim expenses policy for patients and carers [V, historical].
     *
     * @return the policy, not null
     */
    public static RecompensePolicy nhsEngland() {
        return NHS_ENGLAND;
    }

    /**
     * HQIP's flat fees per activity [V]: meeting with preparation and discussion £40; co-drafting or
     * design £30; event attendance £30; review and comment £15; focus group with preparation £40. The
     * mapping to activity types is the library's own.
     *
     * @return the policy, not null
     */
    public static RecompensePolicy hqip() {
        return HQIP;
    }

    /**
     * Co-Production Collective's set £30 an hour for co-producing the Collective, for its pilot from
     * 25 September 2024 to 31 March 2025 [V]. A statement for a day outside the pilot is an error.
     *
     * @return the policy, not null
     */
    public static RecompensePolicy coProductionCollective() {
        return CO_PRODUCTION_COLLECTIVE;
    }

    /**
     * Every policy the library ships.
     *
     * @return the policies, not null
     */
    public static List<RecompensePolicy> presets() {
        return List.of(NIHR, NHS_ENGLAND, HQIP, CO_PRODUCTION_COLLECTIVE);
    }

    /**
     * A shipped policy by identifier.
     *
     * @param id  such as {@code nihr-hourly}, not null
     * @return the policy, not null
     * @throws NoSuchElementException naming the identifiers there are
     */
    public static RecompensePolicy preset(String id) {
        return presets().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                new NoSuchElementException("No recompense preset \"" + id + "\"; presets are "
                        + presets().stream().map(RecompensePolicy::id).collect(Collectors.joining(", "))));
    }

    private static RateRule staffRule() {
        return RateRule.builder().id("staff-in-paid-time").description("Staff taking part in paid time")
                .roles(STAFF).basis(RateBasis.UNPAID).unpaidReason(STAFF_REASON).build();
    }

    private static ExpenseRule expense(String category, String description, boolean receipt, boolean approval) {
        return ExpenseRule.builder().category(category).description(description).receiptRequired(receipt)
                .approvalRequired(approval).build();
    }

    /** Receipted expenses at cost; taxis and overnight stays only when agreed first. */
    private static List<ExpenseRule> atCostExpenses(String note) {
        List<ExpenseRule> rules = new ArrayList<>();
        rules.add(expense("public-transport", "Public transport at cost" + note, true, false));
        rules.add(expense("mileage", "Car mileage: the amount claimed is repaid; the sources give no rate per mile,"
                + " so a claim that gives its miles is held until the organisation sets one" + note, false, false));
        rules.add(expense("parking", "Parking at cost" + note, true, false));
        rules.add(expense("taxi", "Taxi at cost, only when agreed first" + note, true, true));
        rules.add(expense("meals", "Necessary food and drink at cost" + note, true, false));
        rules.add(expense("accommodation", "Overnight stay, only when agreed first" + note, true, true));
        rules.add(expense("replacement-care", "Replacement care for children or other dependants at cost" + note,
                true, false));
        rules.add(expense("support-worker", "A personal assistant's or carer's costs at cost" + note, true, false));
        rules.add(expense("printing", "Printing and ink at cost" + note, true, false));
        rules.add(expense("phone-and-internet", "Phone and internet costs at cost" + note, true, false));
        return rules;
    }

    private static RecompensePolicy buildNihr() {
        RateRule contributor25 = RateRule.builder().id("public-contributor").description("Public contributor time")
                .roles(Set.of("lived-experience", "unpaid-carer", "family-member")).basis(RateBasis.HOURLY)
                .hourlyRate(new BigDecimal("25.00")).build();
        RateRule contributor2750 = contributor25.withHourlyRate(new BigDecimal("27.50"));
        List<ExpenseRule> expenses = atCostExpenses(
                " (NIHR: receipted out-of-pocket expenses are always repaid and are not income)");
        TimeRounding halfHour = TimeRounding.upTo(30);
        return RecompensePolicy.builder().id("nihr-hourly").name("NIHR-style hourly payment for public involvement")
                .currency(GBP)
                .source(Citation.builder().reference("NIHR, Payment guidance for researchers and professionals, v1.6 "
                        + "(August 2024)").url("https://www.nihr.ac.uk/documents/payment-guidance-for-researchers-and-"
                        + "professionals/27392").status(SourceStatus.VERIFIED)
                        .note("the guidance exists and covers preparation and feedback; its rate table was not read")
                        .build())
                .addSchedule(RateSchedule.builder().version("NIHR-style £25 an hour (to 15 December 2025)")
                        .effectiveFrom(LocalDate.of(2022, 8, 31)).effectiveTo(LocalDate.of(2025, 12, 15))
                        .source(Citation.builder().reference("Several organisations and grant documents citing "
                                + "\"NIHR rates (£25/hour)\"; Difference North East, Fair Payment for Involvement (2024)")
                                .url("https://differencenortheast.org.uk/resources/involvement-payments-and-reimbursement")
                                .status(SourceStatus.SECONDARY)
                                .note("£25/hour is the widely quoted NIHR benchmark, not read in NIHR's own table; "
                                        + "rounding up to the half hour is often quoted but unverified")
                                .build())
                        .addRule(staffRule()).addRule(contributor25).rounding(halfHour)
                        .preparation(PreparationTime.actual()).expenseRules(expenses).build())
                .addSchedule(RateSchedule.builder().version("NIHR-style £27.50 an hour (from 16 December 2025)")
                        .effectiveFrom(LocalDate.of(2025, 12, 16))
                        .source(Citation.builder().reference("The Carer UK, NIHR increases payment rates for public "
                                + "involvement in research (10% uplift from 16 December 2025; range £13.80 to £495)")
                                .url("https://thecareruk.com/nihr-increases-payment-rates-for-public-involvement-in-research")
                                .status(SourceStatus.UNVERIFIED)
                                .note("the 10% uplift is verified; £27.50 is derived as £25 + 10% and is unverified; "
                                        + "rounding up to the half hour is unverified")
                                .build())
                        .addRule(staffRule()).addRule(contributor2750).rounding(halfHour)
                        .preparation(PreparationTime.actual()).expenseRules(expenses).build())
                .build();
    }

    private static RecompensePolicy buildNhsEngland() {
        String interim = " (NHS England interim expenses policy for patients and carers)";
        List<ExpenseRule> expenses = List.of(
                expense("public-transport", "Standard-class rail, fixed tickets where possible; receipt needed unless "
                        + "NHS England booked it" + interim, true, false),
                expense("mileage", "Private car when needed, public transport preferred; the rate depends on engine "
                        + "size and annual miles (37.4p, 47.3p or 58.3p a mile up to 3,500 miles); proof of engine "
                        + "size needed" + interim, false, false),
                expense("parking", "Parking at cost" + interim, true, false),
                expense("taxi", "Taxis kept to a minimum: only when agreed first" + interim, true, true),
                expense("meals", "Reasonable food and drink at cost" + interim, true, false),
                expense("accommodation", "Overnight stays agreed first and booked by NHS England" + interim, true, true),
                expense("replacement-care", "Carer or replacement care costs at cost" + interim, true, false),
                expense("support-worker", "A support worker's costs at cost" + interim, true, false));
        return RecompensePolicy.builder().id("nhs-england-ppv")
                .name("NHS England PPV partners: four roles, Role 4 paid by the day or half day")
                .currency(GBP).paymentRoute(PaymentRoute.PAYROLL)
                .source(Citation.builder().reference("NHS England, Working with our PPV partners – Reimbursing expenses "
                        + "and paying involvement payments, version 3, 20 October 2021 (PAR869)")
                        .url("https://vdocument.in/reimbursing-expenses-and-paying-involvement-payments.html")
                        .status(SourceStatus.VERIFIED)
                        .note("the four roles, Role 4 payments and payroll are verified; the rate table was not read")
                        .build())
                .addSchedule(RateSchedule.builder().version("NHS England PPV partner payments, v3 (20 October 2021)")
                        .effectiveFrom(LocalDate.of(2021, 10, 20))
                        .source(Citation.builder().reference("NHS England PPV partner rates as remembered in the "
                                + "library's domain notes: about £150 a day and £75 a half day")
                                .status(SourceStatus.UNVERIFIED)
                                .note("do not use without checking the current policy; the band edges of 4 and 8 "
                                        + "hours and that Roles 1-3 are paid expenses only are the library's assumptions")
                                .build())
                        .addRule(staffRule())
                        .addRule(RateRule.builder().id("role-4-strategic")
                                .description("Role 4: senior strategic role, involvement payment")
                                .involvementLevels(Set.of("lead")).basis(RateBasis.BANDED)
                                .addBand(DurationBand.fixed(240, new BigDecimal("75.00")))
                                .addBand(DurationBand.fixed(480, new BigDecimal("150.00"))).build())
                        .addRule(RateRule.builder().id("roles-1-to-3").description("Roles 1 to 3: expenses only")
                                .basis(RateBasis.UNPAID)
                                .unpaidReason("NHS England Roles 1 to 3 are believed to be paid expenses only").build())
                        .preparation(PreparationTime.actual()).expenseRules(expenses).build())
                .build();
    }

    private static RateRule flat(String id, String description, String fee, String... activityTypes) {
        return RateRule.builder().id(id).description(description).activityTypes(Set.of(activityTypes))
                .basis(RateBasis.FLAT_FEE).flatFee(new BigDecimal(fee)).build();
    }

    private static RecompensePolicy buildHqip() {
        return RecompensePolicy.builder().id("hqip").name("HQIP flat fees per activity for patient advocates")
                .currency(GBP)
                .source(Citation.builder().reference("HQIP, Policy for Working in Partnership with Patient Advocates")
                        .url("https://hqip.org.uk/involving-patients/policy-for-working-in-partnership-with-patient-advocates")
                        .status(SourceStatus.VERIFIED).build())
                .addSchedule(RateSchedule.builder().version("HQIP fees as read in 2026")
                        .effectiveFrom(LocalDate.of(2024, 1, 1))
                        .source(Citation.builder().reference("HQIP, Policy for Working in Partnership with Patient "
                                + "Advocates: fees per activity")
                                .url("https://hqip.org.uk/involving-patients/policy-for-working-in-partnership-with-patient-advocates")
                                .status(SourceStatus.VERIFIED)
                                .note("fees verified; the policy's effective date is not in the library's sources, so "
                                        + "the schedule starts on 1 January 2024 by the library's assumption; the mapping "
                                        + "of HQIP's activities to activity types is the library's own")
                                .build())
                        .addRule(staffRule())
                        .addRule(flat("meeting", "Meeting with preparation and discussion", "40.00",
                                "meeting", "task-and-finish-group", "tender-evaluation"))
                        .addRule(flat("co-design", "Co-draft or design", "30.00",
                                "workshop", "journey-mapping", "futures-workshop"))
                        .addRule(flat("event", "Event attendance", "30.00", "conference", "training"))
                        .addRule(flat("review", "Review and comment", "15.00", "survey", "evaluation-diary"))
                        .addRule(flat("focus-group", "Focus group with preparation", "40.00",
                                "guided-conversation", "conversation-cafe", "peer-support"))
                        .expenseRules(atCostExpenses(" (library's own expense rule; HQIP's expense terms not read)"))
                        .build())
                .build();
    }

    private static RecompensePolicy buildCoProductionCollective() {
        return RecompensePolicy.builder().id("co-production-collective")
                .name("Co-Production Collective: set hourly rate for co-producing the Collective").currency(GBP)
                .source(Citation.builder().reference("Co-Production Collective, Our Co-Production Payment Policy has "
                        + "been updated (25 September 2024)")
                        .url("https://coproductioncollective.co.uk/news/our-co-production-payment-policy-has-been-updated")
                        .status(SourceStatus.VERIFIED).build())
                .addSchedule(RateSchedule.builder().version("Co-Production Collective pilot rates, 25 September 2024 "
                        + "to 31 March 2025")
                        .effectiveFrom(LocalDate.of(2024, 9, 25)).effectiveTo(LocalDate.of(2025, 3, 31))
                        .source(Citation.builder().reference("Co-Production Collective, payment policy update "
                                + "(25 September 2024): a set £30 an hour for co-producing the Collective itself")
                                .url("https://coproductioncollective.co.uk/news/our-co-production-payment-policy-has-been-updated")
                                .status(SourceStatus.VERIFIED)
                                .note("the rate and pilot dates are verified; its other rates and rounding were not "
                                        + "readable, so time is paid to the minute")
                                .build())
                        .addRule(staffRule())
                        .addRule(RateRule.builder().id("co-producer").description("Co-producing the Collective")
                                .basis(RateBasis.HOURLY).hourlyRate(new BigDecimal("30.00")).build())
                        .expenseRules(atCostExpenses(" (library's own expense rule; the Collective pays expenses "
                                + "separately)"))
                        .build())
                .build();
    }
}
