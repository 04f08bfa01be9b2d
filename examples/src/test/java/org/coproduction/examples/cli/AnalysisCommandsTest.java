package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recompense.PaymentStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The assess, recompense and measure commands on the sample files in {@code examples/samples}, and their
 * answers to bad input: exit code 1 with one line per problem naming the file and where in it.
 */
class AnalysisCommandsTest {

    /** Surefire runs in the module folder, so the samples are found relative to it. */
    private static final Path SAMPLES = Path.of("samples");
    private static final String RESPONSES = SAMPLES.resolve("responses.json").toString();
    private static final String RESPONSES_CSV = SAMPLES.resolve("responses.csv").toString();
    private static final String RECORD = SAMPLES.resolve("record.json").toString();
    private static final String RATINGS = SAMPLES.resolve("ratings.csv").toString();

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static void assertOneLine(CommandRun r, int code, String expected) {
        assertEquals(code, r.code(), r.out() + r.err());
        assertEquals(List.of(expected), r.errorLines());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess", "recompense", "measure", "measure proportion", "measure agreement"})
    void everyCommandHasHelp(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CommandRun r = CommandRun.of("", args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: coproduction " + command), r.out());
    }

    // The sample answers: the seven core dimensions support co-design except "agenda" (staff set it, which
    // supports engagement), so the project sits on the lowest core rung, engagement, held back by the agenda.
    // Progress towards co-design counts the questions answered at co-design or above: the six other core
    // answers plus "access" (needs met) = 7 of 10, so 70%.
    @Test
    void assessPlacesTheSampleAndExplainsIt() {
        CommandRun r = CommandRun.of("", "assess", RESPONSES);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("respite-information (joint, 2026-02-10): Engagement, 70% towards Co-design, "
                + "evidence 100% complete"), r.out());
        assertTrue(r.out().contains("Holding the project back: Who sets the agenda\n"), r.out());
        assertTrue(r.out().contains("To reach Co-design:\n  - Who sets the agenda: Staff and people with lived "
                + "experience together\n"), r.out());
    }

    @Test
    void assessAsJsonGivesTheAssessmentAndTheGapToTheTarget() throws IOException {
        CommandRun r = CommandRun.of("", "assess", RESPONSES, "--target", "co-production", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        Assessment assessment = CoproductionJson.read(json.get("assessment").toString(), Assessment.class);
        assertEquals("engagement", assessment.rung().orElseThrow().id());
        assertEquals(List.of("agenda"), assessment.holdingBack());
        // All seven core answers are below co-production, so seven steps; agenda is two rungs short
        // (engagement to co-production), every other one rung, so it comes first.
        JsonNode steps = json.get("gap").get("steps");
        assertEquals(7, steps.size());
        assertEquals("agenda", steps.get(0).get("dimensionId").asText());
        assertEquals("co-production", json.get("gap").get("target").get("id").asText());
    }

    @Test
    void assessReadsTheSameAnswersFromCsvAndFromStandardInput() throws IOException {
        CommandRun fromJson = CommandRun.of("", "assess", RESPONSES, "-f", "json");
        CommandRun fromCsv = CommandRun.of("", "assess", "--csv", RESPONSES_CSV, "--subject", "respite-information", "-f", "json");
        CommandRun piped = CommandRun.of(Files.readString(Path.of(RESPONSES)), "assess", "-", "-f", "json");
        assertEquals(0, fromCsv.code(), fromCsv.err());
        Assessment expected = CoproductionJson.read(CoproductionJson.mapper().readTree(fromJson.out())
                .get("assessment").toString(), Assessment.class);
        Assessment csv = CoproductionJson.read(CoproductionJson.mapper().readTree(fromCsv.out())
                .get("assessment").toString(), Assessment.class);
        // The CSV carries no date, so compare everything the answers decide.
        assertEquals(expected.rung(), csv.rung());
        assertEquals(expected.dimensions(), csv.dimensions());
        assertEquals(expected.holdingBack(), csv.holdingBack());
        assertEquals(fromJson.out(), piped.out());
    }

    @Test
    void assessReadsACouncilsOwnInstrument() throws IOException {
        Path instrument = write("instrument.json",
                CoproductionJson.write(org.coproduction.assessment.Assessments.tlapAssessor().instrument()));
        CommandRun own = CommandRun.of("", "assess", RESPONSES, "--instrument", instrument.toString());
        assertEquals(0, own.code(), own.err());
        assertEquals(CommandRun.of("", "assess", RESPONSES).out(), own.out());
        Path broken = write("broken-instrument.json", Files.readString(instrument).replaceFirst("\"supports\" : \"[a-z-]+\"",
                "\"supports\" : \"top-rung\""));
        CommandRun r = CommandRun.of("", "assess", RESPONSES, "--instrument", broken.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(broken + ": "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownTargetRungIsInvalidInputNamingTheRungs() {
        assertOneLine(CommandRun.of("", "assess", RESPONSES, "--target", "co-op"), 1,
                "--target: the ladder tlap has no rung \"co-op\"; its rungs are coercion, educating, informing, "
                        + "consultation, engagement, co-design, co-production");
    }

    @Test
    void aCsvSavedWithAByteOrderMarkReadsLikeOneWithout() throws IOException {
        // Excel's "CSV UTF-8" and .NET's default UTF-8 start the file with the bytes EF BB BF.
        byte[] plain = Files.readAllBytes(Path.of(RESPONSES_CSV));
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        Path file = Files.write(folder.resolve("excel.csv"), marked);
        CommandRun withMark = CommandRun.of("", "assess", "--csv", file.toString(), "--subject", "respite-information");
        assertEquals(0, withMark.code(), withMark.err());
        assertEquals(CommandRun.of("", "assess", "--csv", RESPONSES_CSV, "--subject", "respite-information").out(),
                withMark.out());
    }

    @Test
    void aCsvSeparatedBySemicolonsOrTabsSaysSo() throws IOException {
        Path semicolons = write("semicolons.csv", "# saved by a spreadsheet set to write decimal commas\n"
                + "dimension;answer\nstarted;peoples-priorities\n");
        assertOneLine(CommandRun.of("", "assess", "--csv", semicolons.toString()), 1, semicolons + ": line 2: the "
                + "columns seem to be separated by semicolons (;), not commas; save the table as CSV with commas "
                + "(in Excel, \"CSV UTF-8 (Comma delimited)\")");
        Path tabs = write("tabs.csv", "dimension\tanswer\nstarted\tpeoples-priorities\n");
        assertOneLine(CommandRun.of("", "assess", "--csv", tabs.toString()), 1, tabs + ": line 1: the columns seem to "
                + "be separated by tabs, not commas; save the table as CSV with commas (in Excel, "
                + "\"CSV UTF-8 (Comma delimited)\")");
    }

    @Test
    void aCsvCellMayHoldCommasQuotesAndLineBreaksInsideQuotes() throws IOException {
        Path file = write("quoted.csv", "dimension,answer,note\nstarted,peoples-priorities,\"said \"\"yes\"\", then,\nlater, no\"\n"
                + "stages,design,\n");
        CommandRun r = CommandRun.of("", "assess", "--csv", file.toString(), "--subject", "respite-information");
        assertEquals(0, r.code(), r.err());
        Path open = write("open.csv", "dimension,answer\nstarted,\"peoples-priorities\n");
        assertOneLine(CommandRun.of("", "assess", "--csv", open.toString()), 1, open + ": line 3: a quoted cell is not closed");
    }

    @Test
    void aCsvWithoutTheAnswerColumnNamesIt() throws IOException {
        Path file = write("answers.csv", "# answers\ndimension,choice\nstarted,staff\n");
        assertOneLine(CommandRun.of("", "assess", "--csv", file.toString()), 1, file + ": line 2: missing column \"answer\" "
                + "(the header has dimension, choice; expected dimension, answer)");
    }

    @Test
    void aCsvRowWithAnUnknownOptionNamesTheLine() throws IOException {
        Path file = write("answers.csv", "dimension,answer\nstarted,staff\nagenda,the-chair\n");
        CommandRun r = CommandRun.of("", "assess", "--csv", file.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errorLines().size(), r.err());
        assertTrue(r.err().startsWith(file + ": line 3: answer: \"the-chair\" is not an option of agenda;"), r.err());
    }

    @Test
    void aMissingFileIsOneLine() {
        assertOneLine(CommandRun.of("", "assess", "no-such.json"), 1, "no-such.json: no such file");
        assertOneLine(CommandRun.of("", "recompense", "no-such.json", "--participant", "p-001", "--from", "2026-01-01",
                "--to", "2026-01-31", "--policy", "nihr"), 1, "no-such.json: no such file");
        assertOneLine(CommandRun.of("", "measure", "agreement", "no-such.csv"), 1, "no-such.csv: no such file");
    }

    @Test
    void invalidJsonIsOneLineNamingTheFile() throws IOException {
        Path file = write("broken.json", "{\n  \"instrumentId\": \"tlap-default\",\n  \"subject\": \n");
        CommandRun r = CommandRun.of("", "assess", file.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errorLines().size(), r.err());
        assertTrue(r.err().startsWith(file + ": "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void answersToQuestionsTheInstrumentLacksAreNamedByPath() throws IOException {
        Path file = write("odd.json", Files.readString(Path.of(RESPONSES)).replace("\"optionId\": \"staff\"",
                "\"optionId\": \"the-chair\""));
        CommandRun r = CommandRun.of("", "assess", file.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errorLines().size(), r.err());
        assertTrue(r.err().startsWith(file + ": answers[3].optionId"), r.err());
    }

    // NIHR preset from 16 December 2025: £27.50 an hour, time rounded up to the half hour, preparation paid.
    // Workshop: 100 + 30 = 130 min, rounded up to 150 min = 2.5 h x £27.50 = £68.75.
    // Meeting: 90 min = 1.5 h x £27.50 = £41.25. Time: £68.75 + £41.25 = £110.00. Expenses: £6.40 bus fare.
    @Test
    void recompensePrintsEveryLineAndTheTotals() {
        CommandRun r = CommandRun.of("", "recompense", RECORD, "--participant", "p-001", "--from", "2026-01-01", "--to",
                "2026-03-31", "--policy", "nihr");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("= £68.75."), r.out());
        assertTrue(r.out().contains("= £41.25."), r.out());
        assertTrue(r.out().contains("= £6.40."), r.out());
        assertTrue(r.out().contains("Payment for time (counts as earnings): £110.00\n"), r.out());
        assertTrue(r.out().contains("Expenses repaid (not earnings): £6.40\n"), r.out());
    }

    @Test
    void recompenseAsJsonIsTheStatement() {
        CommandRun r = CommandRun.of("", "recompense", RECORD, "--participant", "p-001", "--from", "2026-01-01", "--to",
                "2026-01-31", "--policy", "nihr", "--format", "json");
        assertEquals(0, r.code(), r.err());
        PaymentStatement statement = CoproductionJson.read(r.out(), PaymentStatement.class);
        // January only: the workshop (£68.75) and its bus fare; the February meeting is outside the period.
        assertEquals(0, new BigDecimal("68.75").compareTo(statement.paymentForTime().amount()));
        assertEquals(2, statement.lines().size());
    }

    @Test
    void recompenseReadsAPolicyFile() throws IOException {
        Path policy = write("policy.json", CoproductionJson.write(org.coproduction.core.recompense.Recompense.nihr()));
        CommandRun fromFile = CommandRun.of("", "recompense", RECORD, "--participant", "p-001", "--from", "2026-01-01", "--to",
                "2026-03-31", "--policy-file", policy.toString());
        CommandRun preset = CommandRun.of("", "recompense", RECORD, "--participant", "p-001", "--from", "2026-01-01", "--to",
                "2026-03-31", "--policy", "nihr");
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(preset.out(), fromFile.out());
    }

    @Test
    void recompenseForSomeoneNotInTheRecordIsOneLine() {
        assertOneLine(CommandRun.of("", "recompense", RECORD, "--participant", "p-999", "--from", "2026-01-01", "--to",
                "2026-03-31", "--policy", "nihr"), 1, RECORD + ": participants: no participant \"p-999\" in the record");
    }

    @Test
    void anUnknownPolicyIsAUsageError() {
        CommandRun r = CommandRun.of("", "recompense", RECORD, "--participant", "p-001", "--from", "2026-01-01", "--to",
                "2026-03-31", "--policy", "council-x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown policy \"council-x\"; presets are nihr, nhs-england, hqip, "
                + "co-production-collective"), r.err());
    }

    // Independent check: Wilson limits as the roots of the score quadratic, Newcombe's method 10 from them,
    // and the pooled z statistic written out.
    @Test
    void proportionGivesNewcombeAndTheZTest() throws IOException {
        CommandRun r = CommandRun.of("", "measure", "proportion", "--before", "18/40", "--after", "29/42", "-f", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        double p1 = 29.0 / 42;
        double p2 = 18.0 / 40;
        double[] w1 = wilson(29, 42);
        double[] w2 = wilson(18, 40);
        double d = p1 - p2;
        double lower = d - Math.sqrt(Math.pow(p1 - w1[0], 2) + Math.pow(w2[1] - p2, 2));
        double upper = d + Math.sqrt(Math.pow(w1[1] - p1, 2) + Math.pow(p2 - w2[0], 2));
        assertEquals(d, json.get("change").get("estimate").asDouble(), 1e-12);
        assertEquals(lower, json.get("change").get("lower").asDouble(), 1e-9);
        assertEquals(upper, json.get("change").get("upper").asDouble(), 1e-9);
        double pooled = 47.0 / 82;
        double z = d / Math.sqrt(pooled * (1 - pooled) * (1.0 / 42 + 1.0 / 40));
        assertEquals(z, json.get("zTest").get("z").asDouble(), 1e-9);
        CommandRun text = CommandRun.of("", "measure", "proportion", "--before", "18/40", "--after", "29/42");
        assertTrue(text.out().startsWith(String.format(java.util.Locale.ROOT,
                "Change (after - before): %.4f, 95%% CI %.4f to %.4f%n", d, lower, upper)), text.out());
    }

    private static double[] wilson(int x, int n) {
        double z = 1.959963984540054;
        double a = 1 + z * z / n;
        double b = -(2.0 * x / n + z * z / n);
        double c = (double) x * x / ((double) n * n);
        double root = Math.sqrt(b * b - 4 * a * c);
        return new double[] {(-b - root) / (2 * a), (-b + root) / (2 * a)};
    }

    @Test
    void anImpossibleProportionIsInvalidInputAndABadOneIsAUsageError() {
        CommandRun r = CommandRun.of("", "measure", "proportion", "--before", "41/40", "--after", "29/42");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("--before 41/40 --after 29/42: successes"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        CommandRun usage = CommandRun.of("", "measure", "proportion", "--before", "18 of 40", "--after", "29/42");
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("\"18 of 40\" is not a count out of a total such as 18/40"), usage.err());
    }

    @Test
    void agreementShowsAProgressBarOnStandardErrorWhenAskedFor() throws IOException {
        CommandRun quiet = CommandRun.of("", "measure", "agreement", RATINGS, "-f", "json");
        assertEquals("", quiet.err(), "no terminal and no --progress: nothing on standard error");
        CommandRun shown = CommandRun.of("", "measure", "agreement", RATINGS, "-f", "json", "--progress");
        assertEquals(0, shown.code(), shown.err());
        // The bar redraws itself with a carriage return, which reaches the terminal raw; the whole file is read.
        String size = String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(Path.of(RATINGS)) / 1_000_000.0);
        assertTrue(shown.err().startsWith("\rReading " + RATINGS + " ["), shown.err());
        assertTrue(shown.err().contains("100% (" + size + " of " + size + ")"), shown.err());
        assertEquals(quiet.out(), shown.out(), "standard output is the same with the bar");
    }

    // Independent check of Cohen's kappa between the first two raters: observed agreement and the chance
    // agreement from the two raters' margins, counted here from the CSV.
    @Test
    void agreementOnTheSampleRatings() throws IOException {
        CommandRun r = CommandRun.of("", "measure", "agreement", RATINGS, "-f", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        List<String[]> rows = Files.readAllLines(Path.of(RATINGS)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split(",", -1)).toList();
        int n = 0;
        int agree = 0;
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> second = new HashMap<>();
        for (String[] row : rows) {
            if (row[1].isEmpty() || row[2].isEmpty()) {
                continue;
            }
            n++;
            agree += row[1].equals(row[2]) ? 1 : 0;
            first.merge(row[1], 1, Integer::sum);
            second.merge(row[2], 1, Integer::sum);
        }
        double po = (double) agree / n;
        double pe = 0;
        for (Map.Entry<String, Integer> e : first.entrySet()) {
            pe += (double) e.getValue() / n * second.getOrDefault(e.getKey(), 0) / n;
        }
        assertEquals((po - pe) / (1 - pe), json.get("cohenKappaUnweighted").get("coefficient").asDouble(), 1e-12);
        // Two of the twelve projects have a missing rating, so Fleiss' kappa uses ten.
        assertEquals(10, json.get("fleissKappa").get("units").asLong());
        assertTrue(json.has("krippendorffAlphaOrdinal"));
    }

    @Test
    void aRatingThatIsNotARungNamesTheLineAndColumn() throws IOException {
        Path file = write("ratings.csv", "project,a,b\nP1,co-design,co-design\nP2,co-designing,engagement\n");
        CommandRun r = CommandRun.of("", "measure", "agreement", file.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errorLines().size(), r.err());
        assertTrue(r.err().startsWith(file + ": line 3: column b: \"co-designing\" is not a rung;")
                || r.err().startsWith(file + ": line 3: column a: \"co-designing\" is not a rung;"), r.err());
    }

    @Test
    void validateCoversTheNewDocumentTypes() {
        assertEquals(0, CommandRun.of("", "validate", "--type", "record", RECORD).code());
        assertEquals(0, CommandRun.of("", "validate", "--type", "responses", RESPONSES).code());
        CommandRun schema = CommandRun.of("", "schema", "policy");
        assertEquals(0, schema.code(), schema.err());
        assertTrue(schema.out().contains("\"title\" : \"RecompensePolicy\""), schema.out());
    }
}
