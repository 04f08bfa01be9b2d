package org.coproduction.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.examples.cli.CoproductionCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report of the illustrative council record ({@code examples/samples/council-record.json}): 21
 * people, two projects, nine dated meetings and workshops in 2025/26 and three in 2024/25, four "you said"
 * items. Every expected figure is counted by hand from that file, as each test says.
 */
class AnnualReportTest {

    static final Path SAMPLES = Path.of("samples");
    static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @TempDir
    Path folder;

    static CoproductionRecord record() throws Exception {
        return CoproductionJson.read(Files.readString(SAMPLES.resolve("council-record.json")), CoproductionRecord.class);
    }

    private static String[] command(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", SAMPLES.resolve("council-record.json").toString(),
                "--from", "2025-04-01", "--to", "2026-03-31", "--out", out.toString(), "--council", "Anytown Council",
                "--responses", SAMPLES.resolve("responses.json").toString(),
                "--responses", SAMPLES.resolve("council-forum-responses.json").toString(), "--policy", "nihr"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return CoproductionCommand.run(System.in, new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theSummaryCountsProjectsPeopleAndWhatPeopleToldUs() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, command(folder)), err.toString());
        String summary = out.toString();
        // Two projects: respite-information placed at engagement by its answers (the README's assess example),
        // the forum's answers lack feedback and recompense, so it cannot be placed.
        assertTrue(summary.contains("There were two projects. By rung of the ladder: one at engagement. For one, there "
                + "is not enough evidence yet to say."), summary);
        // 2025/26: six forum meetings (people 1-10, 18, 19) and three workshops (people 6-17, 20, 21) = 21 people,
        // 9 events; 2024/25: three meetings of people 1-8, 18, 19 = 10 people, so 11 more.
        assertTrue(summary.contains("21 people took part in nine meetings and events."), summary);
        assertTrue(summary.contains("11 more people took part than in the period before."), summary);
        // fb-1 and fb-3 resulted, fb-2 could not (explained), fb-4 in progress.
        assertTrue(summary.contains("People told us four things. We acted on two and told people what happened. We could "
                + "not do one, and said why. One is still open."), summary);
        assertTrue(summary.contains("Report written to " + folder.resolve("index.html")), summary);
    }

    @Test
    void thePageHasEverySectionTotalsWithSeparatorsAndTheLoopFigures() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), command(folder)));
        String html = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        for (String heading : List.of("Summary", "Our projects and where they are on the ladder",
                "You said, this led to, which resulted in", "Who took part", "Paying people for their time", "Measures",
                "Sources and how we worked out the figures")) {
            assertTrue(html.contains(">" + heading + "</h2>"), heading);
        }
        // NIHR: each attendance is 2 h + 30 min preparation = 2.5 h, at £25 an hour to 15 December 2025 (£62.50)
        // and £27.50 from 16 December (£68.75). p-001..p-010 at six meetings and p-006..p-017 at three workshops:
        // before the change 4 meetings × 10 + 2 workshops × 12 = 64 attendances = £4,000.00; after, 2 × 10 + 1 × 12
        // = 32 attendances = £2,200.00; together £6,200.00. £6.40 fares at each of the 96: £614.40.
        assertTrue(html.contains("<th scope=\"row\">Payment for time</th><td>£6,200.00</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Expenses repaid</th><td>£614.40</td>"), html);
        // Days to close: fb-1 182 (14 May to 12 Nov 2025), fb-2 63, fb-3 126; nearest-rank median of three = 126.
        assertTrue(html.contains("Three of four items are closed."), html);
        assertTrue(html.contains("It took a median of 126 days to close an item."), html);
        assertTrue(html.contains("Could not do: There is no budget for evening staff this year. People were told why."), html);
        // Roles with fewer than 3 people are suppressed: one commissioner (s-021).
        assertTrue(html.contains("<th scope=\"row\">Commissioner</th><td>fewer than 3</td>"), html);
        assertTrue(html.contains("Not enough evidence yet."), html);
        assertEquals(1, html.split("Not enough evidence yet", -1).length - 1, "said once");
    }

    @Test
    void theRoutesPeopleCameThroughAreShownWithHowManyWereNewToInvolvement() throws Exception {
        String html = AnnualReport.of(record(), FROM, TO).toHtml();
        // By hand from the sample: the 21 people of 2025/26 are p-001..p-017 and four staff. p-001..p-008 came
        // through an existing group, none new to involvement; p-009 and p-010 through a mailing list, both new;
        // p-011..p-017 through their allocated worker, p-011..p-015 new (5 of 7); the staff have no route.
        // Counts below 3 (the standard rule) are shown as "fewer than 3", zero included.
        assertTrue(html.contains("<th scope=\"row\">Existing group</th><td>eight</td><td>fewer than 3</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Mailing list</th><td>fewer than 3</td><td>fewer than 3</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">Allocated worker</th><td>seven</td><td>five</td>"), html);
        assertTrue(html.contains("For four people the route is not recorded."), html);
        assertTrue(html.indexOf("Existing group") < html.indexOf("Mailing list")
                && html.indexOf("Mailing list") < html.indexOf("Allocated worker"), "in the order of the code list");
    }

    @Test
    void peopleWhoTookPartAreComparedWithTheLocalPopulationWithRoundedCounts() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(out, err, command(folder, "--population", SAMPLES.resolve("population.json").toString(),
                "--population-by", "age-band")), err.toString());
        String html = Files.readString(folder.resolve("index.html"), StandardCharsets.UTF_8);
        // By hand: of the 21 people of 2025/26, the 17 who are not staff (unpaid carers and people with lived
        // experience) are aged 18-64 (p-001..p-009, 9),
        // 65-84 (p-010..p-013, 4) and 85+ (p-014..p-017, 4). Rounded to the nearest 5: 10, 5, 5 and 15 in all, and
        // one person fewer in any band rounds the same (8 to 10, 3 to 5), so the table is shown. Shares of 15:
        // 67%, 33%, 33%; population.json: 50%, 30%, 20%. None is below four-fifths of its population share.
        assertTrue(html.contains("<th scope=\"row\">18-64</th><td>10</td><td>67%</td><td>50%</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">65-84</th><td>five</td><td>33%</td><td>30%</td>"), html);
        assertTrue(html.contains("<th scope=\"row\">85+</th><td>five</td><td>33%</td><td>20%</td>"), html);
        assertTrue(html.contains("No group shown took part at less than four-fifths of its share of the local "
                + "population. We count the 17 people who use care and support or care for someone, not staff."), html);
    }

    @Test
    void aComparisonThatOnePersonLeavingWouldChangeIsNotShown() throws Exception {
        CoproductionRecord record = record();
        // p-014 moved from 85+ to 65-84: 9, 5 and 3 people. The 3 rounds to 5, but one of them fewer leaves 2,
        // which is not shown, so a reader of two reports could tell who left: the comparison is withheld.
        CoproductionRecord moved = record.withParticipants(record.participants().stream()
                .map(p -> p.id().equals("p-014") ? ageBand65To84(p) : p)
                .toList());
        var population = org.coproduction.core.json.CoproductionJson.read(
                Files.readString(SAMPLES.resolve("population.json")),
                org.coproduction.measures.representation.ReferencePopulation.class);
        String html = AnnualReport.of(moved, FROM, TO)
                .withPopulation(org.coproduction.core.participant.DemographicAttribute.AGE_BAND, population).toHtml();
        assertTrue(html.contains("We do not show who took part by age band for this period."), html);
        assertTrue(!html.contains("<th scope=\"row\">85+</th>"), html);
        String without = AnnualReport.of(record, FROM, TO).toHtml();
        assertTrue(without.contains("We have not compared who took part with the local population"), without);
    }

    /** The same person aged 65-84, built through JSON because one person's demographics are not readable in code. */
    private static org.coproduction.core.participant.Participant ageBand65To84(
            org.coproduction.core.participant.Participant p) {
        String written = org.coproduction.core.json.CoproductionJson.write(p);
        assertTrue(written.contains("\"ageBand\" : \"85+\""), written);
        String json = written.replace("\"85+\"", "\"65-84\"");
        return org.coproduction.core.json.CoproductionJson.read(json, org.coproduction.core.participant.Participant.class);
    }

    @Test
    void anUnknownPopulationAttributeIsAWrongCommandLine() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, command(folder, "--population",
                SAMPLES.resolve("population.json").toString(), "--population-by", "shoe-size")));
        assertTrue(err.toString().contains("\"shoe-size\" is not one of age-band, ethnicity"), err.toString());
    }

    @Test
    void jsonOutputCarriesTheSummary() {
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), command(folder, "--format", "json")));
        assertTrue(out.toString().contains("\"from\" : \"2025-04-01\""), out.toString());
        assertTrue(out.toString().contains("21 people took part"), out.toString());
    }

    @Test
    void aBadDateSaysWhichFormToUse() {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "report", "x.json", "--from", "1/4/2025", "--to", "2026-03-31");
        assertEquals(2, code);
        assertTrue(err.toString().contains("\"1/4/2025\" is not a date: use YYYY-MM-DD, such as 2026-03-31"), err.toString());
    }

    @Test
    void aMissingRecordIsInvalidInput() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(new StringWriter(), err, "report", "no-such.json", "--from", "2025-04-01", "--to", "2026-03-31",
                "--out", folder.toString()));
        assertEquals("no-such.json: no such file", err.toString().strip());
    }

    @Test
    void anAssessmentMustBeOfAProjectInTheRecord() throws Exception {
        AnnualReport report = AnnualReport.of(record(), FROM, TO);
        assertThrows(IllegalArgumentException.class, () -> AnnualReport.of(record(), TO, FROM));
        org.coproduction.assessment.placement.Assessment other = org.coproduction.assessment.Assessments.tlapAssessor()
                .assess(org.coproduction.assessment.Assessments.tlapResponses("elsewhere").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> report.withAssessment(other));
        assertEquals("assessment.subject: must be a project of the record, was \"elsewhere\"", e.getMessage());
    }

    @Test
    void numbersAreWrittenForPeople() {
        assertEquals("nine", AnnualReport.numberForPeople(9));
        assertEquals("12,345", AnnualReport.numberForPeople(12_345));
    }
}
