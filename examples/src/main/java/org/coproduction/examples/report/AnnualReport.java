package org.coproduction.examples.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.picture.LadderPicture;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.assessment.placement.GapStep;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.participant.DemographicAttribute;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.measures.representation.ReferencePopulation;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackStatus;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Project;
import org.coproduction.core.money.Money;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.source.Citation;
import org.coproduction.core.time.PartialDate;
import org.coproduction.measures.chart.BarChart;
import org.coproduction.measures.chart.HtmlReport;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.loop.LoopClosureResult;
import org.coproduction.measures.survey.AscsResult;
import org.coproduction.measures.survey.WeightedShare;

/**
 * A council's annual co-production report for a period, from its own record: a summary in plain English
 * first, then each project with its rung and what it would take to climb, the "You said → This led to →
 * Which resulted in" table with the figures for closing the loop, participation and reach, recompense
 * totals, measures with their intervals in words and a chart, and the sources and method notes at the end.
 *
 * <p>Counts of people go through the small-number rule (counts below 3 are shown as fewer than 3); no
 * person's payments are shown, only totals. The page is a {@link HtmlReport}: accessible, self-contained,
 * readable on a phone and in print. A report is an immutable value; each {@code with…} returns a copy.
 *
 * <pre>{@code
 * AnnualReport report = AnnualReport.of(record, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
 *     .withCouncil("Shropshire Council")
 *     .withAssessment(assessment)            // one per project, optional
 *     .withPolicy(Recompense.nihr());        // optional: recompense totals
 * report.summary();                          // the plain-English summary
 * report.page().writeTo(writer);             // the HTML page
 * }</pre>
 */
public final class AnnualReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final SmallNumberRule RULE = SmallNumberRule.standard();

    private final CoproductionRecord record;
    private final LocalDate from;
    private final LocalDate to;
    private final String council;
    private final Map<String, Assessment> assessments;
    private final Optional<RecompensePolicy> policy;
    private final Optional<AscsResult> survey;
    private final Optional<String> illustrative;
    private final Optional<Population> population;

    /** The local population to compare the people who took part with, by one attribute. */
    private record Population(DemographicAttribute attribute, ReferencePopulation reference) {
    }

    private AnnualReport(CoproductionRecord record, LocalDate from, LocalDate to, String council,
            Map<String, Assessment> assessments, Optional<RecompensePolicy> policy, Optional<AscsResult> survey,
            Optional<String> illustrative, Optional<Population> population) {
        this.record = record;
        this.from = from;
        this.to = to;
        this.council = council;
        this.assessments = Map.copyOf(assessments);
        this.policy = policy;
        this.survey = survey;
        this.illustrative = illustrative;
        this.population = population;
    }

    /**
     * The report of a record for a period, named after the record until {@link #withCouncil} names the council.
     *
     * @param record  the council's co-production record, not null
     * @param from  the first day of the period, not null
     * @param to  the last day of the period, inclusive, not before {@code from}
     * @return the report, not null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public static AnnualReport of(CoproductionRecord record, LocalDate from, LocalDate to) {
        Objects.requireNonNull(record, "record");
        if (to.isBefore(Objects.requireNonNull(from, "from"))) {
            throw new IllegalArgumentException("to: must not be before from (" + from + "), was " + to);
        }
        return new AnnualReport(record, from, to, record.title(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * A copy naming the council (or organisation) the report is from.
     *
     * @param name  the name, such as {@code "Shropshire Council"}, not blank
     * @return the new report, not null
     */
    public AnnualReport withCouncil(String name) {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("council: must not be blank");
        }
        return new AnnualReport(record, from, to, name, assessments, policy, survey, illustrative, population);
    }

    /**
     * A copy with a project's assessment on the TLAP ladder; the assessment's subject is the project's id.
     *
     * @param assessment  the assessment, not null
     * @return the new report, not null
     * @throws IllegalArgumentException if the record has no project with the assessment's subject as its id
     */
    public AnnualReport withAssessment(Assessment assessment) {
        if (record.project(assessment.subject()).isEmpty()) {
            throw new IllegalArgumentException("assessment.subject: must be a project of the record, was \""
                    + assessment.subject() + "\"");
        }
        Map<String, Assessment> more = new LinkedHashMap<>(assessments);
        more.put(assessment.subject(), assessment);
        return new AnnualReport(record, from, to, council, more, policy, survey, illustrative, population);
    }

    /**
     * A copy that shows recompense totals worked out with a policy.
     *
     * @param recompense  the council's recompense policy, not null
     * @return the new report, not null
     */
    public AnnualReport withPolicy(RecompensePolicy recompense) {
        return new AnnualReport(record, from, to, council, assessments, Optional.of(recompense), survey, illustrative,
                population);
    }

    /**
     * A copy that shows Adult Social Care Survey measures.
     *
     * @param result  the survey measures for the period, not null
     * @return the new report, not null
     */
    public AnnualReport withSurvey(AscsResult result) {
        return new AnnualReport(record, from, to, council, assessments, policy, Optional.of(result), illustrative,
                population);
    }

    /**
     * A copy marked as illustrative at the top of the page, saying why.
     *
     * @param why  which data are made up or assumed, not blank
     * @return the new report, not null
     */
    public AnnualReport withIllustrativeNote(String why) {
        return new AnnualReport(record, from, to, council, assessments, policy, survey, Optional.of(why), population);
    }

    // ---- what the period holds ----

    /**
     * A copy that compares the people who took part with the local population by one attribute, such as age
     * band. The people counted are those who bring lived experience (people who use care and support, unpaid
     * carers and family members), not staff; their counts are published under
     * {@link Reach#POPULATION_RULE} (fewer than 3 not shown, the rest rounded to the nearest 5, as NHS England's
     * ASCOF pipeline publishes counts), and only when one person more or fewer would not change them (see
     * {@link DemographicProfile}). The population's group names are the attribute's categories, as the record
     * writes them.
     *
     * @param attribute  the attribute to compare by, not null
     * @param reference  the local population's shares by that attribute, with their source, not null
     * @return the new report, not null
     */
    public AnnualReport withPopulation(DemographicAttribute attribute, ReferencePopulation reference) {
        Population compared = new Population(Objects.requireNonNull(attribute, "attribute"),
                Objects.requireNonNull(reference, "reference"));
        return new AnnualReport(record, from, to, council, assessments, policy, survey, illustrative,
                Optional.of(compared));
    }

    private boolean inPeriod(PartialDate date) {
        return date.isKnown() && !date.earliest().isBefore(from) && !date.latest().isAfter(to);
    }

    private List<Activity> activities(LocalDate start, LocalDate end) {
        return record.activities().stream().filter(a -> a.date().isKnown() && !a.date().earliest().isBefore(start)
                && !a.date().latest().isAfter(end)).toList();
    }

    private static Set<String> people(List<Activity> activities) {
        Set<String> people = new TreeSet<>();
        activities.forEach(a -> a.attendance().forEach(at -> people.add(at.participantId())));
        return people;
    }

    private long undatedActivities() {
        return record.activities().stream().filter(a -> !a.date().isKnown()).count();
    }

    /** Items raised by the end of the period, or with no date; an item closed before the period is left out. */
    private List<FeedbackItem> feedback() {
        return record.feedbackItems().stream()
                .filter(item -> !item.raisedOn().isKnown() || !item.raisedOn().earliest().isAfter(to))
                .filter(item -> !closedBefore(item, from))
                .toList();
    }

    private static boolean closedBefore(FeedbackItem item, LocalDate day) {
        if (!item.status().isClosed()) {
            return false;
        }
        Optional<PartialDate> closed = item.couldNot().flatMap(c -> c.explainedBackOn())
                .or(() -> item.outcomes().stream().map(o -> o.on()).flatMap(Optional::stream).max(PartialDate::compareTo));
        return closed.filter(PartialDate::isKnown).map(d -> d.latest().isBefore(day)).orElse(false);
    }

    // ---- the summary ----

    /**
     * The plain-English summary at the top of the report: who, what period, how many projects at which rungs,
     * how many people took part (suppressed below the small-number rule), what people told us and what
     * happened, and what changed since the period before.
     *
     * @return the summary as paragraphs, not null
     */
    public List<String> summary() {
        List<String> text = new ArrayList<>();
        text.add("This report is about how " + council + " worked with people who use care and support. It covers "
                + period() + ".");
        text.add(projectsSentence());
        List<Activity> now = activities(from, to);
        text.add(peopleSentence(people(now).size(), now.size()));
        text.add(feedbackSentence());
        text.add(changeSentence(now));
        return text;
    }

    private String period() {
        return DAY.format(from) + " to " + DAY.format(to);
    }

    private String projectsSentence() {
        Map<Rung, Long> byRung = new TreeMap<>();
        long notPlaced = 0;
        for (Project project : record.projects()) {
            Optional<Assessment> assessment = Optional.ofNullable(assessments.get(project.id()));
            if (assessment.isPresent() && !assessment.get().isPlaced()) {
                notPlaced++;
            } else {
                Rung rung = assessment.flatMap(Assessment::rung).map(r -> Rung.parse(r.id())).orElse(project.currentRung());
                byRung.merge(rung, 1L, Long::sum);
            }
        }
        int n = record.projects().size();
        StringBuilder text = new StringBuilder("There " + (n == 1 ? "was " : "were ") + numberForPeople(n)
                + (n == 1 ? " project" : " projects") + ".");
        if (!byRung.isEmpty()) {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(byRung).descendingMap().forEach((rung, count) ->
                    parts.add(numberForPeople(count) + " at " + rung.displayName().toLowerCase(Locale.ROOT)));
            text.append(" By rung of the ladder: ").append(joinWords(parts)).append('.');
        }
        if (notPlaced > 0) {
            text.append(" For ").append(numberForPeople(notPlaced)).append(", there is not enough evidence yet to say.");
        }
        return text.toString();
    }

    private static String peopleSentence(int people, int activities) {
        String who = people == 0 ? "No one took part in a dated meeting or event"
                : people < RULE.threshold() ? "Fewer than " + RULE.threshold() + " people took part"
                : numberForPeople(people) + " people took part";
        return who + (activities == 0 ? "." : " in " + numberForPeople(activities)
                + (activities == 1 ? " meeting or event." : " meetings and events."));
    }

    private String feedbackSentence() {
        List<FeedbackItem> items = feedback();
        if (items.isEmpty()) {
            return "No one's views were logged as \"you said\" items in this period.";
        }
        long done = items.stream().filter(i -> i.status() == FeedbackStatus.RESULTED).count();
        long couldNot = items.stream().filter(i -> i.status() == FeedbackStatus.COULD_NOT_EXPLAINED).count();
        long open = items.size() - done - couldNot;
        return "People told us " + numberForPeople(items.size()) + (items.size() == 1 ? " thing" : " things")
                + ". We acted on " + numberForPeople(done) + " and told people what happened. We could not do "
                + numberForPeople(couldNot) + ", and said why. " + capital(numberForPeople(open))
                + (open == 1 ? " is" : " are") + " still open.";
    }

    private String changeSentence(List<Activity> now) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<Activity> before = activities(from.minusDays(days), from.minusDays(1));
        if (now.isEmpty() && before.isEmpty()) {
            return "The record does not date its meetings in this period or the one before, so we cannot say "
                    + "what changed since last year.";
        }
        int peopleNow = people(now).size();
        int peopleBefore = people(before).size();
        if (peopleNow < RULE.threshold() || peopleBefore < RULE.threshold()) {
            return "Compared with the period before, there were " + numberForPeople(now.size()) + " events, against "
                    + numberForPeople(before.size()) + ". The numbers of people are too small to compare.";
        }
        String change = peopleNow == peopleBefore ? "The same number of people took part as the period before"
                : peopleNow > peopleBefore ? numberForPeople(peopleNow - peopleBefore) + " more people took part than in "
                        + "the period before" : numberForPeople(peopleBefore - peopleNow) + " fewer people took part than "
                        + "in the period before";
        return capital(change) + ".";
    }

    // ---- the page ----

    /**
     * The report as an accessible HTML page.
     *
     * @return the page, not null
     */
    public HtmlReport page() {
        HtmlReport page = HtmlReport.titled(council + ": co-production report, " + period());
        if (illustrative.isPresent()) {
            page = page.note("This report is illustrative. " + illustrative.get());
        }
        page = page.heading("Summary");
        for (String paragraph : summary()) {
            page = page.paragraph(paragraph);
        }
        page = projects(page.heading("Our projects and where they are on the ladder"));
        page = feedbackSection(page.heading("You said, this led to, which resulted in"));
        page = participation(page.heading("Who took part"));
        page = recompense(page.heading("Paying people for their time"));
        page = measures(page.heading("Measures"));
        return sources(page.heading("Sources and how we worked out the figures"));
    }

    /**
     * The page as HTML text.
     *
     * @return the HTML document, not null
     */
    public String toHtml() {
        return page().toHtml();
    }

    private HtmlReport projects(HtmlReport page) {
        page = page.paragraph("The ladder of co-production has seven rungs. At the bottom, things are done to people. "
                + "In the middle, things are done for people. At the top, things are done with people.");
        List<String> notEnough = new ArrayList<>();
        for (Project project : record.projects()) {
            Assessment assessment = assessments.get(project.id());
            page = page.subheading(project.title());
            if (assessment == null) {
                page = page.paragraph("The council records this project at " + lower(project.currentRung())
                        + ", aiming for " + lower(project.targetRung()) + ". It has not been assessed with the "
                        + "ladder's questions.");
                continue;
            }
            Gap gap = Assessments.tlapAssessor().gap(assessment);
            if (!assessment.isPlaced()) {
                notEnough.add(project.title());
                String ceiling = assessment.ceiling().map(r -> " The evidence so far allows " + r.name()
                        .toLowerCase(Locale.ROOT) + " at most.").orElse("");
                String meaning = notEnough.size() == 1 ? " This means the record does not yet answer every question the "
                        + "ladder asks. It is not a low score." : "";
                page = page.paragraph("Not enough evidence yet." + ceiling + meaning).paragraph("Evidence to gather:")
                        .list(gap.steps().stream().filter(s -> s.now().isEmpty()).map(AnnualReport::evidenceToGather)
                                .distinct().toList());
                continue;
            }
            page = page.paragraph(assessment.summary());
            LadderPicture picture = LadderPicture.of(Ladders.tlap(), assessment, gap);
            page = page.figure(picture.svg(), project.title() + " on the ladder", picture.textAlternative());
            if (gap.reached()) {
                page = page.paragraph("It has reached its target, " + gap.target().name().toLowerCase(Locale.ROOT) + ".");
            } else {
                page = page.paragraph("To reach " + gap.target().name().toLowerCase(Locale.ROOT) + ":")
                        .list(gap.steps().stream().map(AnnualReport::evidenceToGather).distinct().toList());
            }
        }
        return page;
    }

    private static String evidenceToGather(GapStep step) {
        return step.dimensionName() + ": " + step.change();
    }

    private HtmlReport feedbackSection(HtmlReport page) {
        List<FeedbackItem> items = feedback();
        if (items.isEmpty()) {
            return page.paragraph("No \"you said\" items were logged for this period.");
        }
        List<List<String>> rows = new ArrayList<>();
        LoopClosure loops = new LoopClosure();
        for (FeedbackItem item : items) {
            loops.add(item);
            rows.add(List.of(item.youSaid(),
                    item.actions().isEmpty() ? "Nothing yet" : item.actions().stream().map(a -> a.weDid())
                            .collect(Collectors.joining(" ")),
                    item.outcomes().isEmpty() ? "-" : item.outcomes().stream().map(o -> o.resultedIn())
                            .collect(Collectors.joining(" ")),
                    standing(item)));
        }
        LoopClosureResult result = loops.result();
        long closed = result.closed().numerator();
        page = page.table("What people told us and what happened", List.of("You said", "This led to",
                "Which resulted in", "Where it stands"), rows);
        String median = result.medianDaysToClose().map(d -> "It took a median of " + numberForPeople(d)
                + (d == 1 ? " day" : " days") + " to close an item.")
                .orElse("We cannot say how long items took to close: the record does not give the exact days.");
        return page.paragraph(capital(numberForPeople(closed)) + " of " + numberForPeople(items.size())
                + (closed == 1 ? " items is closed." : " items are closed.") + " An item is closed when people have been told the result, or told why it could "
                + "not be done. " + median);
    }

    private static String standing(FeedbackItem item) {
        return switch (item.status()) {
            case RESULTED -> "Done, and people were told";
            case IN_PROGRESS -> "In progress";
            case RAISED -> "Not started";
            case COULD_NOT_EXPLAINED -> "Could not do: " + item.couldNot().map(c -> c.because()).orElse("")
                    + " People were told why.";
            case COULD_NOT_NOT_YET_EXPLAINED -> "Could not do: " + item.couldNot().map(c -> c.because()).orElse("")
                    + " People have not yet been told.";
        };
    }

    private HtmlReport participation(HtmlReport page) {
        List<Activity> now = activities(from, to);
        Set<String> people = people(now);
        Set<String> earlier = people(record.activities().stream()
                .filter(a -> a.date().isKnown() && a.date().latest().isBefore(from)).toList());
        long newPeople = people.stream().filter(p -> !earlier.contains(p)).count();
        Map<String, Participant> byId = record.participantsById();
        List<List<String>> rows = new ArrayList<>();
        for (ParticipantRole role : ParticipantRole.values()) {
            long count = people.stream().map(byId::get).filter(Objects::nonNull).filter(p -> p.roles().contains(role))
                    .count();
            if (count > 0) {
                rows.add(List.of(roleName(role), suppressed(count)));
            }
        }
        Map<String, Long> byBand = new LinkedHashMap<>();
        for (Activity activity : now) {
            Set<String> here = people(List.of(activity));
            byBand.merge(activity.rung().band().displayName(), (long) here.size(), Long::sum);
        }
        page = page.paragraph(peopleSentence(people.size(), now.size()) + " " + (people.isEmpty() ? ""
                : suppressedSentence(newPeople) + " of them took part for the first time."));
        if (!rows.isEmpty()) {
            page = page.table("People who took part, by role (a person can have more than one role)",
                    List.of("Role", "People"), rows);
        }
        if (!byBand.isEmpty()) {
            List<List<String>> bands = new ArrayList<>();
            byBand.forEach((band, count) -> bands.add(List.of(band, suppressed(count))));
            page = page.table("Places taken at meetings and events, by band of the ladder", List.of("Band", "Places taken"),
                    bands);
        }
        page = Reach.routes(page, people.stream().map(byId::get).filter(Objects::nonNull).toList());
        long undated = undatedActivities();
        if (undated > 0) {
            page = page.paragraph("The record has " + numberForPeople(undated) + " more meetings or events with no date. "
                    + "They are not counted here.");
        }
        return representation(page, people.stream().map(byId::get).filter(Objects::nonNull)
                .filter(Participant::hasLivedExperience).toList());
    }

    private HtmlReport representation(HtmlReport page, List<Participant> people) {
        if (population.isEmpty()) {
            return page.paragraph("We have not compared who took part with the local population: no population "
                    + "figures were given for this report.");
        }
        return Reach.againstPopulation(page, people, population.get().attribute(), population.get().reference());
    }

    private HtmlReport recompense(HtmlReport page) {
        if (policy.isEmpty()) {
            return page.paragraph("No payment policy was given for this report, so payments are not shown.");
        }
        List<Participant> people = people(activities(from, to)).stream().map(id -> record.participant(id))
                .flatMap(Optional::stream).toList();
        Collection<PaymentStatement> statements = Recompense.statements(policy.get(), people, record.activities(), from,
                to, StatementOptions.none()).values();
        if (statements.isEmpty()) {
            return page.paragraph("No one was paid for time or expenses in this period.");
        }
        List<List<String>> rows = List.of(
                List.of("Payment for time", money(statements, PaymentStatement::paymentForTime)),
                List.of("Expenses repaid", money(statements, PaymentStatement::reimbursedExpenses)),
                List.of("Expenses held for checks", money(statements, PaymentStatement::heldExpenses)),
                List.of("Payment people chose not to take", money(statements, PaymentStatement::declined)),
                List.of("Payment people gave away", money(statements, PaymentStatement::donated)));
        return page.table("Recompense in the period, in total (no one's own payments are shown)",
                List.of("What", "Total"), rows)
                .paragraph("Worked out with the " + policy.get().name() + " policy. Payment for time can count as "
                        + "earnings. Expenses do not.");
    }

    private static String money(Collection<PaymentStatement> statements,
            java.util.function.Function<PaymentStatement, Money> part) {
        BigDecimal total = statements.stream().map(part).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return "£" + format.format(total);
    }

    private HtmlReport measures(HtmlReport page) {
        List<FeedbackItem> items = feedback();
        if (!items.isEmpty()) {
            LoopClosure loops = new LoopClosure();
            items.forEach(loops::add);
            long closed = loops.result().closed().numerator();
            ConfidenceInterval share = Intervals.wilson(closed, items.size());
            page = page.paragraph("Closing the loop: " + inWords(share) + " of what people told us was closed.")
                    .chart(BarChart.ofShares("Share of what people told us that was closed")
                            .withInterval("This period", share), "Items closed, with the range the true figure "
                            + "is likely to be in");
        }
        if (survey.isEmpty()) {
            return page.paragraph("No Adult Social Care Survey results were given for this report.");
        }
        AscsResult result = survey.get();
        page = page.paragraph("From " + numberForPeople(result.responses()) + " answers to the Adult Social Care Survey. "
                + "The codes are those of the Adult Social Care Outcomes Framework (ASCOF), the national measures "
                + "for adult social care in England.");
        BarChart chart = BarChart.ofShares("Adult Social Care Survey measures");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, WeightedShare> measure : surveyMeasures(result).entrySet()) {
            Share counts = new Share(measure.getValue());
            if (counts.all == 0) {
                continue;
            }
            ConfidenceInterval interval = Intervals.wilson(counts.yes, counts.all);
            rows.add(List.of(measure.getKey(), inWords(interval)));
            chart = chart.withInterval(measure.getKey().replaceAll(":.*", ""), interval);
        }
        if (rows.isEmpty()) {
            return page;
        }
        return page.table("Survey measures, with the range the true figure is likely to be in",
                List.of("Measure", "Result"), rows)
                .chart(chart, "Survey measures, each bar with its likely range");
    }

    /** The survey measures by their ASCOF code and meaning (shared/domain/measures.md, section 1). */
    private static Map<String, WeightedShare> surveyMeasures(AscsResult result) {
        Map<String, WeightedShare> measures = new LinkedHashMap<>();
        measures.put("1B: people who feel in control of their daily life", result.controlOverDailyLife());
        measures.put("3D(1): people who find it easy to find information about support", result.findingInformationEasy());
        measures.put("3A: people who are very or extremely satisfied with their care and support", result.satisfaction());
        return measures;
    }

    /** A share's unweighted counts, as the Wilson interval takes them. */
    private static final class Share {
        final long yes;
        final long all;

        Share(WeightedShare share) {
            this.yes = share.counts().numerator();
            this.all = share.counts().denominator();
        }
    }

    private static String inWords(ConfidenceInterval interval) {
        return percent(interval.estimate()) + " (we can be " + percent(interval.confidenceLevel())
                + " sure the true figure is between " + percent(interval.lower()) + " and " + percent(interval.upper()) + ")";
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private HtmlReport sources(HtmlReport page) {
        List<String> notes = new ArrayList<>();
        record.sources().forEach(c -> notes.add("Source: " + citation(c)));
        record.notes().forEach(n -> notes.add("Note in the record: " + n));
        notes.add("Counts of people below " + RULE.threshold() + " are shown as \"fewer than " + RULE.threshold()
                + "\" so that no one can be picked out (" + RULE + ").");
        notes.add("Meetings and events count in the period only when their date falls wholly inside it.");
        notes.add("Ranges are 95% Wilson score intervals (Newcombe 1998, method 3).");
        notes.add("Days to close are counted from the day an item was raised to the day people were told the result "
                + "or the reason; the median is the nearest-rank median.");
        notes.add("Rungs come from the Think Local Act Personal ladder of co-production. A project is placed on the "
                + "highest rung that every core question supports.");
        survey.ifPresent(s -> notes.add("Survey measures follow the ASCOF definitions: 1B counts \"as much control as "
                + "I want\" and \"adequate control\"; 3D(1) counts \"very easy\" and \"fairly easy\"; 3A counts "
                + "\"extremely\" and \"very\" satisfied. The shares here are unweighted."));
        return page.list(notes);
    }

    private static String citation(Citation citation) {
        return citation.reference() + citation.url().map(u -> " (" + u + ")").orElse("");
    }

    // ---- words for numbers ----

    private static final String[] SMALL = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    /** A count as people write it: words up to nine, then figures with thousands separators. */
    static String numberForPeople(long n) {
        return n >= 0 && n < SMALL.length ? SMALL[(int) n]
                : new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(n);
    }

    static String suppressed(long count) {
        return count < RULE.threshold() ? "fewer than " + RULE.threshold() : numberForPeople(count);
    }

    private static String suppressedSentence(long count) {
        return count == 0 ? "None" : capital(suppressed(count));
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String joinWords(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String lower(Rung rung) {
        return rung.displayName().toLowerCase(Locale.ROOT);
    }

    private static String roleName(ParticipantRole role) {
        String name = role.id().replace('-', ' ');
        return capital(name);
    }

    /**
     * What the report covers.
     *
     * @return for example {@code "AnnualReport of Shropshire Council, 1 April 2025 to 31 March 2026: 7 projects"}
     */
    @Override
    public String toString() {
        return "AnnualReport of " + council + ", " + period() + ": " + record.projects().size() + " projects";
    }
}
