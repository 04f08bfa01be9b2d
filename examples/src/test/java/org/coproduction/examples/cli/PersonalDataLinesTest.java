package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.PersonalDataRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool's error lines never show personal data: a record whose demographic attributes and
 * "you said" text hold markers is broken in several ways, and a name is typed where a pseudonymous id
 * belongs; no line on standard error may contain a marker or the name.
 */
class PersonalDataLinesTest {

    private static final List<String> PERSONAL = List.of("ZQX-AGE-BAND", "ZQX-ETHNICITY", "ZQX-AREA",
            "ZQX-YOU-SAID", "Jane Smith");

    @TempDir
    Path folder;

    private static String run(String... args) {
        CommandRun run = CommandRun.of("", args);
        assertEquals(1, run.code(), "the command must refuse its input: " + run.out() + run.err());
        return run.err();
    }

    private static void assertNothingPersonal(String lines) {
        for (String marker : PERSONAL) {
            assertFalse(lines.contains(marker), () -> "an error line shows personal data " + marker + ": " + lines);
        }
    }

    @Test
    void validationErrorsShowNoPersonalData() throws IOException {
        String json = CoproductionJson.write(PersonalDataRules.markedRecord());
        List<String> broken = new ArrayList<>();
        broken.add(json.replace("\"carer\" : true", "\"carer\" : \"ZQX-AREA\""));
        broken.add(json.replace("\"ageBand\" : \"ZQX-AGE-BAND\"", "\"ZQX-ETHNICITY\" : \"ZQX-AGE-BAND\""));
        broken.add(json.replace("\"youSaid\" : \"ZQX-YOU-SAID\"", "\"youSaid\" : [ \"ZQX-YOU-SAID\" ]"));
        broken.add(json.replace("\"id\" : \"p-001\"", "\"id\" : \"Jane Smith\""));
        broken.add(json.replace("\"minutes\" : 120", "\"minutes\" : -5"));
        broken.add(json.substring(0, json.indexOf("ZQX-AREA") + 4));
        broken.add(json.replace("\"ZQX-ETHNICITY\"", "ZQX-ETHNICITY"));
        List<String> files = new ArrayList<>();
        for (int i = 0; i < broken.size(); i++) {
            assertTrue(!broken.get(i).equals(json), "every broken document must differ from the valid one");
            files.add(Files.writeString(folder.resolve("record-" + i + ".json"), broken.get(i)).toString());
        }
        List<String> args = new ArrayList<>(List.of("validate", "--type", "record"));
        args.addAll(files);
        String lines = run(args.toArray(String[]::new));
        // Every problem of a file is listed (a change made to both participants is two problems), each on a
        // line that names its file.
        for (String file : files) {
            assertTrue(lines.contains(file + ": "), "a line for " + file + ": " + lines);
        }
        assertTrue(lines.strip().lines().allMatch(line -> files.stream().anyMatch(line::startsWith)), lines);
        assertNothingPersonal(lines);
    }

    @Test
    void aNameGivenForTheParticipantIsNotRepeated() throws IOException {
        String file = Files.writeString(folder.resolve("record.json"), CoproductionJson.write(PersonalDataRules.markedRecord())).toString();
        String lines = run("recompense", file, "--policy", "nihr", "--participant", "Jane Smith",
                "--from", "2024-02-01", "--to", "2024-02-29");
        assertTrue(lines.contains("participant"), lines);
        assertNothingPersonal(lines);
    }
}
