package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Ladders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command-line tool's commands, exit codes and error lines. */
class CoproductionCommandTest {

    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    /**
     * {@link CoproductionCommand#main} turns off picocli's converters for {@code java.time} and {@code java.sql}
     * types, which it would otherwise look up by reflection at every start. An option of such a type, other than
     * {@code LocalDate}, whose converter the tool registers itself, would then have none.
     */
    @Test
    void noOptionNeedsAConverterTheToolTurnsOff() {
        CommandLine cli = new CommandLine(new CoproductionCommand());
        CoproductionCommand.COMMANDS.forEach(cli::addSubcommand);
        List<String> needing = new ArrayList<>();
        collectTurnedOffTypes(cli, needing);
        assertEquals(List.of(), needing);
    }

    private static void collectTurnedOffTypes(CommandLine command, List<String> needing) {
        for (CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
            Stream.concat(Stream.of(arg.type()), Stream.of(arg.auxiliaryTypes()))
                    .filter(type -> type != LocalDate.class && type.getPackageName().matches("java\\.(time|sql)"))
                    .forEach(type -> needing.add(command.getCommandSpec().qualifiedName() + " "
                            + arg.paramLabel() + ": " + type.getName()));
        }
        command.getSubcommands().values().forEach(sub -> collectTurnedOffTypes(sub, needing));
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
    void validateAsJsonGivesEachProblemAsAnObjectWithPathRuleAndValue() throws IOException {
        String ladder = CoproductionJson.write(Ladders.iap2());
        Path good = write("good.json", ladder);
        // The second rung takes the first one's id; in another file, a rung's order is 0.
        Path bad = write("bad.json", ladder.replaceFirst("\"id\" : \"consult\"", "\"id\" : \"inform\""));
        Path badOrder = write("bad-order.json", ladder.replaceFirst("\"order\" : 5", "\"order\" : 0"));
        Path missing = folder.resolve("missing.json");
        CommandRun r = CommandRun.of("", "validate", "--type", "ladder", "--format", "json", good.toString(),
                bad.toString(), badOrder.toString(), missing.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.err());
        JsonNode result = CoproductionJson.mapper().readTree(r.out());
        assertFalse(result.get("valid").asBoolean());
        JsonNode files = result.get("files");
        assertEquals(4, files.size());
        assertEquals(good.toString(), files.get(0).get("file").asText());
        assertTrue(files.get(0).get("valid").asBoolean());
        assertEquals(0, files.get(0).get("problems").size());
        JsonNode problems = files.get(1).get("problems");
        JsonNode duplicate = find(problems, "rungs[1].id");
        assertEquals("inform", duplicate.get("value").asText(), duplicate.toString());
        assertTrue(duplicate.get("rule").asText().startsWith("must be unique"), duplicate.toString());
        JsonNode order = find(files.get(2).get("problems"), "rungs[4].order");
        assertEquals("0", order.get("value").asText(), order.toString());
        JsonNode unreadable = files.get(3).get("problems").get(0);
        assertEquals("", unreadable.get("path").asText());
        assertEquals("no such file", unreadable.get("rule").asText());
        assertTrue(unreadable.get("value").isNull());
        CommandRun allGood = CommandRun.of("", "validate", "--type", "ladder", "-f", "json", good.toString());
        assertEquals(0, allGood.code(), allGood.err());
        assertTrue(CoproductionJson.mapper().readTree(allGood.out()).get("valid").asBoolean());
    }

    private static JsonNode find(JsonNode problems, String path) {
        for (JsonNode problem : problems) {
            if (problem.get("path").asText().equals(path)) {
                return problem;
            }
        }
        throw new AssertionError("no problem at " + path + " in " + problems);
    }

    @Test
    void questionsListsTheOptionIdsAResponsesDocumentGives() throws IOException {
        CommandRun r = CommandRun.of("", "questions");
        assertEquals(0, r.code(), r.err());
        // The option ids of examples/samples/responses.csv, which assess reads, are listed under their questions.
        assertTrue(r.out().contains("  question started: Who started this piece of work?\n"), r.out());
        assertTrue(r.out().contains("    peoples-priorities -> co-design: "), r.out());
        CommandRun json = CommandRun.of("", "questions", "nef-six-principles", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode tree = CoproductionJson.mapper().readTree(json.out());
        assertEquals("nef-six-principles", tree.get("instrument").asText());
        org.coproduction.assessment.instrument.Instrument nef = org.coproduction.assessment.instrument.Instruments
                .byId("nef-six-principles");
        assertEquals(nef.dimensions().size(), tree.get("dimensions").size());
        assertEquals(nef.dimensions().get(0).questions().get(0).options().get(0).id(),
                tree.at("/dimensions/0/questions/0/options/0/id").asText());
        Path own = write("instrument.json", CoproductionJson.write(nef));
        assertEquals(json.out(), CommandRun.of("", "questions", "--instrument", own.toString(), "-f", "json").out());
        CommandRun unknown = CommandRun.of("", "questions", "nef");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("No instrument \"nef\"; the library ships tlap-default, nef-six-principles"),
                unknown.err());
    }

    @Test
    void aDateInAnOptionMustBeYearMonthDayAndTheErrorIsOneLineAndAHint() {
        CommandRun r = CommandRun.of("", "recompense", "samples/record.json", "--participant", "p-001", "-p", "nihr",
                "--from", "03/02/2026", "--to", "2026-03-01");
        assertEquals(2, r.code());
        assertEquals(java.util.List.of("Invalid value for option '--from': \"03/02/2026\" is not a date: use YYYY-MM-DD, "
                + "such as 2026-03-31", "See 'coproduction recompense --help'."), r.errorLines());
        assertFalse(r.err().contains("Exception") || r.err().contains("Usage:"), r.err());
    }

    @Test
    void aCommandGroupWithoutACommandIsAWrongCommandLine() {
        CommandRun measure = CommandRun.of("", "measure");
        assertEquals(2, measure.code());
        assertEquals(java.util.List.of("Name a command: proportion, agreement, loop-closure, ascs, representation, sroi", "See 'coproduction measure --help'."),
                measure.errorLines());
        CommandRun none = CommandRun.of("");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("Name a command: ladders, validate, schema, questions, assess, recompense, "
                + "measure"), none.err());
    }

    @Test
    void formatTakesTextOrJsonAsItsHelpSays() {
        assertTrue(CommandRun.of("", "ladders", "--help").out().contains("text or json (default: text)"));
        assertEquals(CommandRun.of("", "ladders", "tlap", "-f", "json").out(),
                CommandRun.of("", "ladders", "tlap", "-f", "JSON").out());
        CommandRun yaml = CommandRun.of("", "ladders", "-f", "yaml");
        assertEquals(2, yaml.code());
        assertEquals(java.util.List.of("Invalid value for option '--format': expected text or json, was \"yaml\"",
                "See 'coproduction ladders --help'."), yaml.errorLines());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"ladders", "validate", "schema", "questions"}) {
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
