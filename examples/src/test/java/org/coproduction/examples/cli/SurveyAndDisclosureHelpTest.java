package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The help of the ASCS, representation, SROI and suppression commands: an example to copy, and the exit codes. */
class SurveyAndDisclosureHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"measure ascs", "measure representation", "measure sroi", "suppress"})
    void helpHasAnExampleAndTheExitCodes(String command) {
        CommandRun r = run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Usage: coproduction " + command), r.out());
        assertTrue(r.out().contains("Example:\n  coproduction " + command + " examples/samples/"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("1   invalid input"), r.out());
    }

    @ParameterizedTest
    @CsvSource({"measure ascs, x.jsonl", "measure representation, x.json --population y.json", "measure sroi, x.json",
        "suppress, x.csv"})
    void anUnknownOptionIsExitCodeTwo(String command, String required) {
        // Given with what the command requires, so that the unknown option is the only thing wrong.
        CommandRun r = run(command, required + " --colour");
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().startsWith("Unknown option: '--colour'"), r.err());
        // Then either the options it resembles, or where to find help.
        assertTrue(r.err().contains("Possible solutions: ") || r.err().contains("See 'coproduction " + command
                + " --help'."), r.err());
    }

    private static CommandRun run(String command, String options) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(options.split(" ")));
        return CommandRun.of("", args.toArray(String[]::new));
    }
}
