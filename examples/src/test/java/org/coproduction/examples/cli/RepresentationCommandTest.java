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

/** {@code coproduction measure representation} on the measures notes' reference case R-R-2, and with suppression. */
class RepresentationCommandTest {

    private static final String COUNTS = Path.of("samples", "participant-counts.json").toString();
    private static final String POPULATION = Path.of("samples", "population.json").toString();

    @TempDir
    Path folder;

    // R-R-2 (measures notes, computed with scipy's chisquare): 30, 10, 10 participants against shares 0.5, 0.3, 0.2
    // expect 25, 15, 10; ratios 30/25 = 1.2, 10/15 = 0.6667, 10/10 = 1.0; chi-square 25/25 + 25/15 + 0 = 8/3 on 2 df,
    // p = exp(−4/3) = 0.263597 (the chi-square survival function with 2 df); D = ½(0.1 + 0.1 + 0) = 0.1.
    @Test
    void comparesTheReferenceCaseAndFlagsTheSeldomHeardGroup() throws IOException {
        CommandRun r = CommandRun.of("", "measure", "representation", COUNTS, "--population", POPULATION, "-f", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(), CommandOutputSchemas.problems(DocumentType.REPRESENTATION_REPORT, r.out()));
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        assertEquals(8.0 / 3, json.get("chiSquare").asDouble(), 1e-12);
        assertEquals(Math.exp(-4.0 / 3), json.get("pValue").asDouble(), 1e-12);
        assertEquals(0.1, json.get("dissimilarityIndex").asDouble(), 1e-12);
        JsonNode groups = json.get("groups");
        assertEquals(1.2, groups.get(0).get("ratio").asDouble(), 1e-12);
        assertEquals(10.0 / 15, groups.get(1).get("ratio").asDouble(), 1e-12);
        assertTrue(groups.get(1).get("underRepresented").asBoolean());
        assertEquals(50, json.get("participants").get("value").asLong());
        CommandRun text = CommandRun.of("", "measure", "representation", COUNTS, "--population", POPULATION);
        assertTrue(text.out().contains("65-84: 30.0% of the population, participants 10 (20.0%), ratio 0.67, "
                + "under-represented (seldom heard)"), text.out());
        assertFalse(text.out().contains("[c]"), "nothing is suppressed, so no mark is explained");
    }

    // 30, 3, 10: the 3 is below 5, and in a one-column table its row total is itself and the column total 43 would
    // give it away from the others, so at least one more count goes (as the measures module's test works out). The
    // shares, ratios and overall figures of suppressed groups are withheld.
    @Test
    void aSuppressedCountWithholdsItsShareAndTheOverallFigures() throws IOException {
        Path counts = Files.writeString(folder.resolve("c.json"), "{\"counts\": {\"18-64\": 30, \"65-84\": 3, \"85+\": 10}}");
        CommandRun r = CommandRun.of("", "measure", "representation", counts.toString(), "--population", POPULATION,
                "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(), CommandOutputSchemas.problems(DocumentType.REPRESENTATION_REPORT, r.out()));
        assertFalse(r.out().contains("\"value\" : 3,"), r.out());
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        JsonNode small = json.get("groups").get(1);
        assertEquals("suppressed", small.get("participants").get("status").asText());
        assertFalse(small.has("participantShare") || small.has("ratio") || small.has("underRepresented"), small.toString());
        assertFalse(json.has("chiSquare") || json.has("pValue") || json.has("dissimilarityIndex"), r.out());
        CommandRun csv = CommandRun.of("", "measure", "representation", counts.toString(), "--population", POPULATION,
                "--format", "csv");
        assertEquals("65-84,0.3000,[c],,,,true", csv.out().lines().toList().get(2));
        CommandRun text = CommandRun.of("", "measure", "representation", counts.toString(), "--population", POPULATION);
        assertTrue(text.out().contains("65-84: 30.0% of the population, participants [c], share and ratio withheld"),
                text.out());
        assertTrue(text.out().endsWith("[c] = suppressed.\n"), text.out());
    }

    @Test
    void aGroupNotInThePopulationNamesTheFileAndGroup() throws IOException {
        Path counts = Files.writeString(folder.resolve("c.json"), "{\"counts\": {\"18-64\": 30, \"under 18\": 6}}");
        CommandRun r = CommandRun.of("", "measure", "representation", counts.toString(), "--population", POPULATION);
        assertEquals(1, r.code(), r.out());
        assertEquals(List.of(counts + ": participants.under 18: must be a group of the reference population "
                + "[18-64, 65-84, 85+]"), r.errorLines());
    }

    @Test
    void wrongOptionsAreExitCodeTwo() {
        CommandRun r = CommandRun.of("", "measure", "representation", COUNTS, "--population", POPULATION, "--threshold", "2");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("--threshold must be at least 3"), r.err());
        assertEquals(2, CommandRun.of("", "measure", "representation", COUNTS).code(), "--population is required");
        assertEquals(2, CommandRun.of("", "measure", "representation", COUNTS, "--population", POPULATION, "--under", "0")
                .code());
    }
}
