package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.coproduction.examples.cli.CoproductionCommand;

/**
 * Fuzz tests of the command-line tool's readers through its public entry point
 * ({@link CoproductionCommand#run}), the fuzz input as standard input: the CSV reader under
 * {@code measure agreement} and {@code assess --csv}, and the JSON reader under {@code validate}. The tool
 * must exit 0 (done) or 1 (invalid input, with at least one line on standard error), never 3 (an unexpected
 * failure) nor throw. The CSV reader is package-private, so it is reached through the commands that use it.
 * The corpus is in {@code src/test/resources/org/coproduction/fuzz/CliFuzzTestInputs/}.
 */
class CliFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void agreementCsv(byte[] input) {
        exitsCleanly(input, "measure", "agreement", "-");
        exitsCleanly(input, "measure", "agreement", "--format", "json", "-");
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void assessCsv(byte[] input) {
        exitsCleanly(input, "assess", "--csv", "-");
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void validateRecord(byte[] input) {
        exitsCleanly(input, "validate", "--type", "record", "-");
    }

    private static void exitsCleanly(byte[] input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoproductionCommand.run(new ByteArrayInputStream(input), new PrintWriter(out), new PrintWriter(err),
                args);
        if (code == 1 && err.toString().isBlank()) {
            throw new AssertionError(String.join(" ", args) + " exited 1 without saying why");
        }
        if (code != 0 && code != 1) {
            throw new AssertionError(String.join(" ", args) + " exited " + code + ": " + err);
        }
    }
}
