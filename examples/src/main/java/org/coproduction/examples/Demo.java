package org.coproduction.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.picture.LadderPicture;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.time.PartialDate;
import org.coproduction.examples.assessment.CaseStudyAssessments;
import org.coproduction.examples.casestudies.CaseStudies;
import org.coproduction.examples.report.AnnualReport;
import org.coproduction.measures.chart.BarChart;
import org.coproduction.measures.chart.HtmlReport;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.interval.ZTest;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsResponse;
import org.coproduction.measures.survey.AscsResult;
import org.coproduction.measures.survey.WeightedShare;

/**
 * The library's demo, the README's first command: it loads the case studies from real councils, places
 * each on the ladder with its explanation and gap, works out a payment statement for a sample participant,
 * computes measures with their intervals, prints a readable report and writes an HTML report with the
 * ladder pictures and charts.
 *
 * <pre>{@code
 * ./mvnw -q -B -DskipTests -pl examples -am package exec:java                       # report in demo-report/
 * ./mvnw -q -B -DskipTests -pl examples -am package exec:java -Dexec.args=out/dir  # report elsewhere
 * }</pre>
 */
public final class Demo {

    /** How many illustrative survey responses the measures section streams through the accumulators. */
    static final int SURVEY_RESPONSES = 400_000;

    private final PrintStream out;
    /** The illustrative survey results, measured once and used by the annual reports too. */
    private AscsResult survey;
    private HtmlReport report = HtmlReport.titled("Co-production ladder library: demo report");

    private Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo, printing to standard output and writing the HTML report.
     *
     * @param args  optionally, the folder for the HTML report (default {@code demo-report})
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "demo-report");
        Path page = run(System.out, folder);
        System.out.println();
        System.out.println("HTML report with the ladder pictures and charts: " + page.toAbsolutePath());
    }

    /**
     * Runs the whole demo.
     *
     * @param out  where the text report goes
     * @param folder  where the HTML report goes
     * @return the HTML page written
     * @throws IOException if the report cannot be written
     */
    public static Path run(PrintStream out, Path folder) throws IOException {
        Demo demo = new Demo(out);
        demo.ladders();
        demo.caseStudies();
        demo.assessments();
        demo.recompense();
        demo.measures();
        java.nio.file.Files.createDirectories(folder);
        Path page = folder.resolve("index.html");
        java.nio.file.Files.writeString(page, demo.report.toHtml(), java.nio.charset.StandardCharsets.UTF_8);
        demo.annualReports(folder.resolve("annual-reports"));
        return page;
    }

    private void section(String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(0, 74 - title.length())));
        out.println();
        report = report.heading(title);
    }

    private void ladders() {
        section("The ladders side by side");
        Ladder tlap = Ladders.tlap();
        Crosswalk toArnstein = Crosswalks.tlapToArnstein();
        Crosswalk toIap2 = Crosswalks.tlapToIap2();
        String format = "%-3s %-14s %-11s %-16s %-12s%n";
        out.printf(format, "", "TLAP", "Band", "Arnstein (1969)", "IAP2");
        List<List<String>> rows = new ArrayList<>();
        for (int i = tlap.rungs().size() - 1; i >= 0; i--) {
            RungDefinition rung = tlap.rungs().get(i);
            List<String> row = List.of(rung.order() + ".", rung.name(), tlap.groupOf(rung).map(g -> g.name()).orElse(""),
                    names(toArnstein.map(rung.id())), names(toIap2.map(rung.id())));
            out.printf(format, row.toArray());
            rows.add(row);
        }
        String note = "Coercion and educating (\"doing to\") are not yet on the participation ladder. The crosswalk "
                + "is the library's own reasoned mapping, not a published table.";
        out.println();
        out.println(note);
        report = report.table("The TLAP ladder with the corresponding rungs of Arnstein's ladder and the IAP2 spectrum",
                List.of("", "TLAP", "Band", "Arnstein (1969)", "IAP2"), rows).paragraph(note);
    }

    private void caseStudies() {
        section("Case studies from councils' published documents");
        List<List<String>> rows = new ArrayList<>();
        LoopClosure loops = new LoopClosure();
        for (CoproductionRecord record : CaseStudies.all()) {
            record.feedbackItems().forEach(loops::add);
            List<String> row = List.of(record.title(), String.valueOf(record.projects().size()),
                    String.valueOf(record.participants().size()), String.valueOf(record.activities().size()),
                    String.valueOf(record.feedbackItems().size()));
            out.printf("%-70s %2s projects, %3s participants, %3s activities, %2s feedback items%n", row.toArray());
            rows.add(row);
        }
        String participantsText = "Participants are the records' entries, not a count of people: they include "
                + "organisations taking part through a representative, and the Scottish record's participants "
                + "illustrate the steps the chapter describes (it gives no numbers of people).";
        String loopText = "\"You said, we did\" across the case studies: " + loops.result();
        out.println();
        out.println(participantsText);
        out.println(loopText);
        report = report.table("The case studies as data (people are pseudonymous; no personal details)",
                List.of("Case study", "Projects", "Participants", "Activities", "Feedback items"), rows)
                .paragraph(participantsText).paragraph(loopText);
    }

    private void assessments() {
        section("Where each case study sits on the ladder");
        Map<String, Gap> gaps = new LinkedHashMap<>();
        Map<String, Assessment> all = new LinkedHashMap<>();
        // An illustrative forum with an answer for every core dimension, so that it can be placed.
        Assessor tlap = Assessments.tlapAssessor();
        Assessment example = tlap.assess(Assessments.tlapResponses("illustrative-carers-forum")
                .addAnswer(Answer.of("started", "peoples-priorities"))
                .addAnswer(Answer.of("stages", "design"))
                .addAnswer(Answer.of("decisions", "staff-some-influence"))
                .addAnswer(Answer.of("agenda", "jointly"))
                .addAnswer(Answer.of("feedback", "you-said-we-did"))
                .addAnswer(Answer.of("recompense", "expenses"))
                .addAnswer(Answer.of("continuity", "ongoing"))
                .build());
        all.put(example.subject(), example);
        gaps.put(example.subject(), tlap.gap(example));
        for (Map.Entry<String, Assessment> entry : CaseStudyAssessments.all().entrySet()) {
            all.put(entry.getKey(), entry.getValue());
            gaps.put(entry.getKey(), CaseStudyAssessments.gap(entry.getKey()));
        }
        out.println("The case studies' documents do not say what recompense the people in these groups receive "
                + "(North Tyneside's plan commits to \"appropriate recompense for people's time, commensurate with "
                + "the level of time commitment\"), so none can be placed yet: each shows the highest rung its "
                + "evidence allows, beside the rung its record carries.");
        out.println();
        for (Map.Entry<String, Assessment> entry : all.entrySet()) {
            Assessment assessment = entry.getValue();
            Gap gap = gaps.get(entry.getKey());
            out.println(assessment);
            out.println("  " + assessment.summary());
            assessment.ceiling().filter(c -> !assessment.isPlaced())
                    .ifPresent(c -> out.println("  Highest rung the evidence so far allows: " + c.name()));
            out.println("  Held back by: " + (assessment.holdingBack().isEmpty() ? "nothing" : assessment.holdingBack()));
            if (CaseStudyAssessments.IDS.contains(entry.getKey())) {
                String beside = CaseStudyAssessments.recordedBesideAssessed(entry.getKey());
                out.println("  " + beside);
                report = report.paragraph(entry.getKey() + ": " + beside);
            }
            gap.steps().forEach(step -> out.println("  To reach " + gap.target().name() + ": " + step));
            out.println();
            LadderPicture picture = LadderPicture.of(Ladders.tlap(), assessment, gap);
            report = report.figure(picture.svg(), assessment.subject() + ": " + assessment.summary(), picture.textAlternative());
            report = report.paragraph("To reach " + gap.target().name() + ": " + gap.steps().stream().map(Object::toString)
                    .collect(Collectors.joining("; ")));
        }
    }

    private void recompense() {
        section("A payment statement for a sample participant");
        Participant person = Participant.builder().id("p-001").addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.of(LocalDate.of(2026, 1, 5)), "forum meetings and workshops"))
                .build();
        Activity workshop = Activity.builder().id("w-1").projectId("carers-forum").type(ActivityType.WORKSHOP)
                .date(PartialDate.of(LocalDate.of(2026, 3, 4))).durationMinutes(120).rung(Rung.CO_DESIGN)
                .setting(Setting.IN_PERSON)
                .addAttendance(Attendance.builder().participantId("p-001").activityId("w-1").minutes(100)
                        .preparationMinutes(30)
                        .addExpense(ExpenseClaim.ofPounds(ExpenseCategory.PUBLIC_TRANSPORT, "12.40", true))
                        .addExpense(ExpenseClaim.ofPounds(ExpenseCategory.TAXI, "18.00", true))
                        .build())
                .build();
        PaymentStatement statement = Recompense.statement(Recompense.nihr(), person, List.of(workshop),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        String text = statement.toText();
        out.println(text);
        report = report.paragraph("Worked out with the NIHR-style hourly preset for one workshop in March 2026; every line "
                + "explains itself, and payment for time is kept apart from expenses.").preformatted(text);
    }

    private void measures() throws IOException {
        section("Measures of change, with their intervals");
        survey = illustrativeSurvey();
        out.println(survey);
        BarChart ascs = BarChart.ofShares("Adult Social Care Survey measures (illustrative responses)");
        ascs = withShare(ascs, "Control over daily life", survey.controlOverDailyLife());
        ascs = withShare(ascs, "Find information easy", survey.findingInformationEasy());
        ascs = withShare(ascs, "Extremely or very satisfied", survey.satisfaction());
        report = report.paragraph(SURVEY_RESPONSES + " illustrative survey responses, generated with a fixed seed, streamed "
                + "through mergeable accumulators in four parts: " + survey)
                .figure(ascs.toSvg(), "Survey measures with 95% Wilson intervals", ascs.textAlternative());

        // North Tyneside's published result: the share who found it easy to find information improved from 59.9% to
        // 72% in the latest Adult Social Care Survey, an achieved value, not a target. The source gives
        // percentages only; 1,000 respondents each time is this demo's assumption.
        ConfidenceInterval change = Intervals.newcombe(720, 1000, 599, 1000);
        ZTest test = Intervals.zTest(720, 1000, 599, 1000);
        out.println();
        out.println("Finding information easy, 59.9% to 72.0% (assuming 1,000 respondents each time):");
        out.println("  " + change.explanation());
        out.println("  " + test);
        BarChart information = BarChart.ofShares("People who find it easy to find information")
                .withInterval("Before (59.9%)", Intervals.wilson(599, 1000))
                .withInterval("After (72.0%)", Intervals.wilson(720, 1000));
        report = report.figure(information.toSvg(), "Finding information: the source's 59.9% and 72%, with 95% intervals "
                + "assuming 1,000 respondents each time", information.textAlternative())
                .paragraph(change.explanation()).paragraph(test.toString());
    }

    /** The project of each assessed case study's record that its answers are about. */
    private static final Map<String, String> ASSESSED_PROJECT = Map.of("direct-payments-board", "direct-payments-board",
            "inspire-forum", "inspire-forum", "learning-disability-carers-forum", "ld-carers-forum");

    /**
     * Writes the annual report of each assessed case study for 2025/26, with the demo's made-up survey results,
     * marked as illustrative: the projects, people and feedback are the councils' published ones, but the
     * period, the survey and the payment policy are this demo's.
     */
    private void annualReports(Path folder) throws IOException {
        out.println();
        out.println("Annual reports for the case studies (illustrative):");
        for (String id : CaseStudyAssessments.IDS) {
            CoproductionRecord record = CaseStudies.read(id);
            Assessment assessment = Assessments.tlapAssessor().assess(org.coproduction.assessment.evidence.Responses.builder()
                    .from(CaseStudyAssessments.responses(id)).subject(ASSESSED_PROJECT.get(id)).build());
            AnnualReport annual = AnnualReport.of(record, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31))
                    .withAssessment(assessment).withPolicy(Recompense.nihr()).withSurvey(survey)
                    .withIllustrativeNote("The projects, people and feedback come from the council's published "
                            + "documents. The period, the payment policy and the survey results are made up for this "
                            + "demo.");
            Path page = folder.resolve(id).resolve("index.html");
            java.nio.file.Files.createDirectories(page.getParent());
            try (java.io.Writer writer = java.nio.file.Files.newBufferedWriter(page, java.nio.charset.StandardCharsets.UTF_8)) {
                annual.page().writeTo(writer);
            }
            out.println(annual + ": " + page);
        }
    }

    private BarChart withShare(BarChart chart, String label, WeightedShare share) {
        long yes = share.counts().numerator();
        long all = share.counts().denominator();
        return chart.withInterval(label, Intervals.wilson(yes, all));
    }

    /** Streams generated responses through four accumulators, reporting progress, and merges them. */
    private AscsResult illustrativeSurvey() {
        int parts = 4;
        int perPart = SURVEY_RESPONSES / parts;
        AscsAccumulator total = new AscsAccumulator();
        for (int part = 0; part < parts; part++) {
            AscsAccumulator accumulator = new AscsAccumulator();
            SplittableRandom random = new SplittableRandom(20261124L + part);
            int offset = part * perPart;
            IntStream.range(0, perPart).forEach(i -> accumulator.add(response(random, offset + i)));
            total.merge(accumulator);
            out.printf(Locale.ROOT, "Measuring survey responses: %3d%% (%,d of %,d)%n", 100 * (part + 1) / parts,
                    (part + 1) * perPart, SURVEY_RESPONSES);
        }
        return total.result();
    }

    private static AscsResponse response(SplittableRandom random, int index) {
        return new AscsResponse("r" + index, 1.0, 1 + random.nextInt(7), qol(random), qol(random), qol(random),
                qol(random), qol(random), qol(random), qol(random), qol(random), 1 + random.nextInt(5));
    }

    private static int qol(SplittableRandom random) {
        // Answers lean towards the better codes (1 and 2), as survey returns usually do.
        int draw = random.nextInt(10);
        return draw < 4 ? 1 : draw < 7 ? 2 : draw < 9 ? 3 : 4;
    }

    private static String names(List<RungDefinition> rungs) {
        return rungs.isEmpty() ? "-" : rungs.stream().map(RungDefinition::name).collect(Collectors.joining(", "));
    }
}
