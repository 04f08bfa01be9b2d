package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Ladders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line tool's commands, exit codes and error lines. */
class CoproductionCommandTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void laddersListsEveryShippedLadderAndTheCrosswalks() {
        CommandRun r = CommandRun.of("", "ladders");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Think Local Act Personal ladder of co-production (tlap)"));
        assertTrue(r.out().contains("8. Citizen control"));
        assertTrue(r.out().contains("tlap -> arnstein: coercion -> manipulation (skos:closeMatch);"));
    }

    @Test
    void oneLadderAsJsonReadsBackEqual() {
        CommandRun r = CommandRun.of("", "ladders", "arnstein", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Ladders.arnstein(), CoproductionJson.read(r.out(), org.coproduction.core.ladder.Ladder.class));
    }

    @Test
    void validateAcceptsAValidFileAndStandardInput() throws IOException {
        Path file = write("iap2.json", CoproductionJson.write(Ladders.iap2()));
        CommandRun r = CommandRun.of("", "validate", "--type", "ladder", file.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(file + ": valid ladder", r.out().strip());
        CommandRun piped = CommandRun.of(CoproductionJson.write(Ladders.tlap()), "validate", "-t", "ladder");
        assertEquals(0, piped.code(), piped.err());
        assertEquals("<stdin>: valid ladder", piped.out().strip());
    }

    @Test
    void aBrokenRuleIsOneLineNamingTheFileAndPath() throws IOException {
        Path file = write("bad.json", CoproductionJson.write(Ladders.iap2()).replace("\"order\" : 3", "\"order\" : 4"));
        CommandRun r = CommandRun.of("", "validate", "--type", "ladder", file.toString());
        assertEquals(1, r.code());
        assertEquals(file + ": rungs[2].order: must be 3 (rungs are listed bottom first and numbered 1, 2, 3 … "
                + "without gaps), was 4", r.err().strip());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        Path file = write("broken.json", "{\n  \"id\": \"x\",\n  \"name\": \n");
        CommandRun r = CommandRun.of("", "validate", "--type", "ladder", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().strip().startsWith(file + ": (document): must be well-formed JSON at line 4"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aMissingFileIsOneLine() {
        CommandRun r = CommandRun.of("", "validate", "--type", "ladder", "no-such-file.json");
        assertEquals(1, r.code());
        assertEquals("no-such-file.json: no such file", r.err().strip());
    }

    @Test
    void anUnknownRungInACrosswalkIsNamed() throws IOException {
        String json = CoproductionJson.write(org.coproduction.core.ladder.Crosswalks.iap2ToTlap())
                .replace("\"to\" : [ \"engagement\" ]", "\"to\" : [ \"partnership\" ]");
        Path file = write("crosswalk.json", json);
        CommandRun r = CommandRun.of("", "validate", "--type", "crosswalk", file.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(file + ": entries[2].to[0]: must be a rung of ladder tlap"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CommandRun unknownType = CommandRun.of("", "validate", "--type", "spreadsheet", "x.json");
        assertEquals(2, unknownType.code());
        assertTrue(unknownType.err().contains("Unknown document type \"spreadsheet\"; expected one of ladder, crosswalk"),
                unknownType.err());
        assertEquals(2, CommandRun.of("", "validate").code());
        assertEquals(2, CommandRun.of("", "frobnicate").code());
        CommandRun unknownLadder = CommandRun.of("", "ladders", "rosener");
        assertEquals(2, unknownLadder.code());
        assertTrue(unknownLadder.err().contains("No shipped ladder \"rosener\""), unknownLadder.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ladders", "validate", "schema"}) {
            CommandRun r = CommandRun.of("", command, "--help");
            assertEquals(0, r.code(), command);
            assertTrue(r.out().startsWith("Usage: coproduction " + command), r.out());
        }
        assertTrue(CommandRun.of("", "--help").out().contains("Exit codes:"));
    }

    @Test
    void schemaPrintsADraft2020SchemaAndWritesAllToAFolder() {
        CommandRun r = CommandRun.of("", "schema", "ladder");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""), r.out());
        assertTrue(r.out().contains("\"title\" : \"Ladder\""), r.out());
        CommandRun all = CommandRun.of("", "schema", "--out", folder.resolve("schemas").toString());
        assertEquals(0, all.code(), all.err());
        assertTrue(Files.exists(folder.resolve("schemas").resolve("crosswalk.schema.json")));
    }
}
