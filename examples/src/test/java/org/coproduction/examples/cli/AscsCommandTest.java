package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.coproduction.core.json.CoproductionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coproduction measure ascs} on six illustrative responses worked by hand with the definitions in the measures
 * notes (LG Inform 1091 and 1092, Ealing's definitions), and on weighted responses.
 */
class AscsCommandTest {

    private static final String JSON_LINES = Path.of("samples", "ascs-responses.jsonl").toString();
    private static final String CSV = Path.of("samples", "ascs-responses.csv").toString();

    /** Φ⁻¹(0.975), as the measures notes give it. */
    private static final double Z = 1.959963984540054;

    @TempDir
    Path folder;

    /** Wilson's score interval written out from the measures notes (section 3.1), for n that need not be whole. */
    private static double[] wilson(double p, double n) {
        double centre = (p + Z * Z / (2 * n)) / (1 + Z * Z / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / (1 + Z * Z / n);
        return new double[] {centre - half, centre + half};
    }

    // By hand, from the six responses in the sample:
    // 1A: r1 codes 1,2,2,1,3,2,1,4 score 3+2+2+3+1+2+3+0 = 16; r2 all 1 → 24; r3 all 4 → 0; r4 all 2 → 16; r6 all 3
    //     → 8; r5 left q11 blank and is left out. Mean 64/5 = 12.8. Deviations 3.2, 11.2, −12.8, 3.2, −4.8, squares
    //     sum 332.8, variance 83.2; t(0.975, 4) = 2.776445 (t tables), half-width 2.776445 × √(83.2/5).
    // 1B: q3a codes 1, 1, 4, 2, 1, 3: 1 or 2 in four of six → 66.7%.
    // Information: q12 codes 1, 2, 3, 5, 4, blank: "never tried" (5) and the blank left out, 1 or 2 in two of four.
    // Satisfaction: q1 codes 1, 2, 3, blank, 7, 1: 1 or 2 in three of five → 60%.
    @Test
    void jsonLinesWithAMistakeOnEveryLineListTheFirstHundredAndCountTheRest() {
        // 150 lines that are not JSON, one problem each: the first 100 are shown, then the other 50 are counted.
        CommandRun r = CommandRun.of("not json\n".repeat(150), "measure", "ascs", "-");
        assertEquals(1, r.code(), r.err());
        List<String> shown = r.err().lines().toList();
        assertEquals(101, shown.size(), r.err());
        assertTrue(shown.get(0).startsWith("<stdin>: line 1: "), shown.get(0));
        assertTrue(shown.get(99).startsWith("<stdin>: line 100: "), shown.get(99));
        assertEquals("<stdin>: and 50 more problems", shown.get(100));
    }

    @Test
    void measuresTheSampleAsWorkedByHand() throws IOException {
        CommandRun r = CommandRun.of("", "measure", "ascs", JSON_LINES, "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(), CommandOutputSchemas.problems(DocumentType.ASCS_MEASURES, r.out()));
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        assertEquals(6, json.get("responses").asLong());
        assertFalse(json.get("weighted").asBoolean());
        JsonNode qol = json.get("measures").get(0);
        assertEquals("ASCOF 1A", qol.get("code").asText());
        assertEquals(12.8, qol.get("value").asDouble(), 1e-12);
        assertEquals(5, qol.get("counted").asLong());
        assertEquals(1, qol.get("leftOut").asLong());
        double half = 2.776445 * Math.sqrt(83.2 / 5);
        assertEquals(12.8 - half, qol.get("interval").get("lower").asDouble(), 1e-5);
        assertEquals(12.8 + half, qol.get("interval").get("upper").asDouble(), 1e-5);
        JsonNode control = json.get("measures").get(1);
        assertEquals("ASCOF 1B", control.get("code").asText());
        assertEquals(400.0 / 6, control.get("value").asDouble(), 1e-9);
        double[] limits = wilson(4.0 / 6, 6);
        assertEquals(limits[0], control.get("interval").get("lower").asDouble(), 1e-12);
        assertEquals(limits[1], control.get("interval").get("upper").asDouble(), 1e-12);
        JsonNode information = json.get("measures").get(2);
        assertEquals(50.0, information.get("value").asDouble(), 1e-12);
        assertEquals(4, information.get("counted").asLong());
        assertEquals(2, information.get("leftOut").asLong());
        assertEquals(60.0, json.get("measures").get(3).get("value").asDouble(), 1e-12);
    }

    @Test
    void csvJsonLinesAJsonArrayAndStandardInputGiveTheSameMeasures() throws IOException {
        String expected = CommandRun.of("", "measure", "ascs", JSON_LINES, "-f", "json").out();
        assertEquals(expected, CommandRun.of("", "measure", "ascs", CSV, "-f", "json").out());
        List<String> objects = Files.readAllLines(Path.of(JSON_LINES));
        Path array = Files.writeString(folder.resolve("responses.json"), "[" + String.join(",\n", objects) + "]");
        assertEquals(expected, CommandRun.of("", "measure", "ascs", array.toString(), "-f", "json").out());
        assertEquals(expected, CommandRun.of(Files.readString(Path.of(JSON_LINES)), "measure", "ascs", "-", "-f", "json")
                .out());
    }

    @Test
    void textExplainsEachMeasureInWords() {
        CommandRun r = CommandRun.of("", "measure", "ascs", JSON_LINES);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("6 responses, every weight equal (unweighted)\n"), r.out());
        assertTrue(r.out().contains("ASCOF 1B: 4 of 6 respondents: q3a answered 1 \"as much control as I want\" or 2 "
                + "\"adequate control\""), r.out());
        assertTrue(r.out().contains("less the 1 who answered 5 \"never tried\""), r.out());
    }

    // Hand arithmetic (as in the measures module's test of weights): weights 3 (q3a 1, control), 1 (q3a 4, none),
    // 2 (q3a 2, control): weighted 1B = (3 + 2)/(3 + 1 + 2) = 5/6. Kish's effective sample size (Σw)²/Σw² = 36/14.
    // 1A is weighted too, and the library has no interval for a weighted mean, so it has none.
    @Test
    void weightedResponsesUseKishsEffectiveSampleSize() throws IOException {
        Path file = Files.writeString(folder.resolve("weighted.jsonl"), String.join("\n",
                "{\"recordId\": \"a\", \"weight\": 3, \"q1\": 1, \"q3a\": 1, \"q4a\": 1, \"q5a\": 1, \"q6a\": 1, "
                        + "\"q7a\": 1, \"q8a\": 1, \"q9a\": 1, \"q11\": 1, \"q12\": 1}",
                "{\"recordId\": \"b\", \"weight\": 1, \"q1\": 1, \"q3a\": 4, \"q4a\": 4, \"q5a\": 4, \"q6a\": 4, "
                        + "\"q7a\": 4, \"q8a\": 4, \"q9a\": 4, \"q11\": 4, \"q12\": 1}",
                "{\"recordId\": \"c\", \"weight\": 2, \"q1\": 1, \"q3a\": 2, \"q4a\": 0, \"q5a\": 1, \"q6a\": 1, "
                        + "\"q7a\": 1, \"q8a\": 1, \"q9a\": 1, \"q11\": 1, \"q12\": 1}"));
        CommandRun r = CommandRun.of("", "measure", "ascs", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(), CommandOutputSchemas.problems(DocumentType.ASCS_MEASURES, r.out()));
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        assertTrue(json.get("weighted").asBoolean());
        JsonNode control = json.get("measures").get(1);
        assertEquals(500.0 / 6, control.get("value").asDouble(), 1e-9);
        double[] limits = wilson(5.0 / 6, 36.0 / 14);
        assertEquals(limits[0], control.get("interval").get("lower").asDouble(), 1e-12);
        assertEquals(limits[1], control.get("interval").get("upper").asDouble(), 1e-12);
        // 1A weighted: scores 24 (weight 3) and 0 (weight 1) → 72/4 = 18; c left q4a blank.
        JsonNode qol = json.get("measures").get(0);
        assertEquals(18.0, qol.get("value").asDouble(), 1e-12);
        assertFalse(qol.has("interval"), qol.toString());
        assertTrue(qol.get("explanation").asText().contains("no interval for a weighted mean score"), qol.toString());
    }

    @Test
    void badResponsesNameTheFileLineAndField() throws IOException {
        List<String> lines = Files.readAllLines(Path.of(JSON_LINES));
        Path file = Files.writeString(folder.resolve("bad.jsonl"), String.join("\n", lines.get(0),
                lines.get(1).replace("\"q3a\": 1", "\"q3a\": 9"), lines.get(2).replace("\"weight\": 1", "\"weight\": 0")));
        CommandRun r = CommandRun.of("", "measure", "ascs", file.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals(2, r.errorLines().size(), r.err());
        assertTrue(r.errorLines().get(0).startsWith(file + ": line 2: ") && r.errorLines().get(0).contains("q3a"), r.err());
        assertTrue(r.errorLines().get(1).startsWith(file + ": line 3: ") && r.errorLines().get(1).contains("weight"),
                r.err());
        Path csv = Files.writeString(folder.resolve("bad.csv"), Files.readString(Path.of(CSV)).replace("r3,1,3,", "r3,1,x,"));
        CommandRun fromCsv = CommandRun.of("", "measure", "ascs", csv.toString());
        assertEquals(1, fromCsv.code(), fromCsv.out());
        assertTrue(fromCsv.err().startsWith(csv + ": ") && fromCsv.err().contains("q1"), fromCsv.err());
        assertEquals(List.of("missing.jsonl: no such file"), CommandRun.of("", "measure", "ascs", "missing.jsonl")
                .errorLines());
    }

    @Test
    void wrongOptionsAreExitCodeTwo() {
        CommandRun rule = CommandRun.of("", "measure", "ascs", JSON_LINES, "--information-rule", "sometimes");
        assertEquals(2, rule.code());
        assertTrue(rule.err().contains("expected exclude-never-tried or include-never-tried, was \"sometimes\""),
                rule.err());
        CommandRun level = CommandRun.of("", "measure", "ascs", JSON_LINES, "--confidence", "95");
        assertEquals(2, level.code());
        assertTrue(level.err().startsWith("--confidence must be strictly between 0 and 1"), level.err());
    }

    @Test
    void theProgressBarGoesToStandardErrorOnlyWhenAskedFor() {
        CommandRun quiet = CommandRun.of("", "measure", "ascs", CSV);
        assertEquals("", quiet.err(), "no terminal and no --progress: nothing on standard error");
        CommandRun shown = CommandRun.of("", "measure", "ascs", CSV, "--progress", "--format", "json");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.err().startsWith("\rReading " + CSV + " ["), shown.err());
        assertTrue(shown.err().contains("100%"), shown.err());
        assertTrue(shown.err().endsWith("\n"), "the bar's line is ended");
        assertEquals(CommandRun.of("", "measure", "ascs", CSV, "--format", "json").out(), shown.out(),
                "standard output is the same with the bar");
    }
}
