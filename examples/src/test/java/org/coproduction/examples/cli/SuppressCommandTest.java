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

/** {@code coproduction suppress}: the measures module's hand-worked suppression cases, through the command line. */
class SuppressCommandTest {

    private static final String SAMPLE = Path.of("samples", "counts.csv").toString();

    @TempDir
    Path folder;

    // Worked by hand (as in the measures module's DisclosureRuleTest): [[3, 10, 12], [8, 9, 20]], totals 25, 37;
    // 11, 19, 32; 62. The 3 is below 5; one more hidden cell alone in its row or column would be given away by the
    // total, so the cheapest cycle hides 3, 8 (same column), 10 (same row) and 9 (closing the rectangle). Every
    // total is 5 or more and stays.
    @Test
    void hidesTheSmallCountAndTheCycleThatProtectsIt() {
        CommandRun r = CommandRun.of("", "suppress", SAMPLE, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("age band,engagement,co-design,co-production,total", "18-64,[c],[c],12,25",
                "65+,[c],[c],20,37", "total,11,19,32,62"), r.out().lines().toList());
    }

    // Measures notes R-Q-6 (NHS England's ASCOF pipeline): bases below 3 suppressed, counts rounded to the nearest 5
    // half up: 12 → 10, 13 → 15, 40 → 40, 7 → 5; totals 25 → 25, 47 → 45, 52 → 50, 20 → 20, 72 → 70.
    @Test
    void roundsAsTheNhsPipelineDoes() throws IOException {
        Path table = Files.writeString(folder.resolve("t.csv"), "sex,yes,no\nfemale,12,13\nmale,40,7\n");
        CommandRun r = CommandRun.of("", "suppress", table.toString(), "--threshold", "3", "--round", "5", "-f", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("sex,yes,no,total", "female,10,15,25", "male,40,5,45", "total,50,20,70"),
                r.out().lines().toList());
    }

    @Test
    void textShowsTheRuleAndJsonMatchesItsSchema() throws IOException {
        CommandRun text = CommandRun.of("", "suppress", SAMPLE);
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Rule: suppress counts below 5. [c] = suppressed: fewer than 5, or hidden so that "
                + "no suppressed count can be worked out from the totals."), text.out());
        CommandRun json = CommandRun.of("", "suppress", SAMPLE, "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertEquals(Set.of(), CommandOutputSchemas.problems(DocumentType.PUBLISHED_TABLE, json.out()));
        JsonNode table = CoproductionJson.mapper().readTree(json.out());
        assertEquals("suppressed", table.get("cells").get(0).get(0).get("status").asText());
        assertFalse(table.get("cells").get(0).get(0).has("value"), "a suppressed count is not in the JSON");
        assertEquals(62, table.get("grandTotal").get("value").asLong());
    }

    @Test
    void badCellsAndTotalsNameTheFileLineAndColumn() throws IOException {
        Path table = Files.writeString(folder.resolve("bad.csv"), "group,yes,no\na,4,x\nb,-1,9\ntotal,3,9\n");
        CommandRun r = CommandRun.of("", "suppress", table.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals(List.of(table + ": line 2: column \"no\": \"x\" is not a count (a whole number of 0 or more)",
                table + ": line 3: column \"yes\": \"-1\" is not a count (a whole number of 0 or more)",
                table + ": line 4: row \"total\": leave out totals; they are worked out from the counts"),
                r.errorLines());
    }

    @Test
    void aThresholdBelowTheDocumentedMinimumIsAWrongCommandLine() {
        CommandRun r = CommandRun.of("", "suppress", SAMPLE, "--threshold", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("--threshold must be at least 3 (the documented minimum), was 2"), r.err());
        assertEquals(2, CommandRun.of("", "suppress", SAMPLE, "--round", "0").code());
        assertEquals(2, CommandRun.of("", "suppress", SAMPLE, "--threshold", "five").code());
    }
}
