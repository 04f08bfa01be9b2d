package org.coproduction.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/jshell path/to/script.jsh} started outside the repository: the script runs in its own folder,
 * so the data file it names by a relative path ({@code ratings.csv}, beside
 * {@code agreement-and-change.jsh}) is found. The launcher is given the tests' class path through
 * {@code COPRODUCTION_CLASS_PATH}, so that it builds nothing.
 */
class ScriptFolderTest {

    @Test
    void aScriptStartedFromAnotherFolderReadsTheDataBesideIt(@TempDir Path elsewhere) throws Exception {
        Path launcher = Path.of("..", "bin", "jshell").toAbsolutePath().normalize();
        Path script = JShellScripts.folder().resolve("agreement-and-change.jsh");
        // A relative path from the other folder, as a user would type it there.
        Path typed = elsewhere.toRealPath().relativize(script.toRealPath());
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", launcher.toString(), typed.toString()))
                .directory(elsewhere.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("COPRODUCTION_CLASS_PATH", JShellScripts.classPath());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "JShell did not finish in 180 s");
        assertEquals(0, process.exitValue(), () -> "bin/jshell failed:\n" + output);
        assertTrue(!output.contains("|  Error:") && !output.contains("Exception"), () -> "The script failed:\n" + output);
        // The script read ratings.csv (12 project rows, 5 rater columns, counted in the file) and went on.
        assertTrue(output.contains("Ratings of 12 units by 5 raters"), output);
        assertTrue(output.contains("alpha-ordinal = "), output);
        // Nothing was written into the folder the launcher was started from.
        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }
}
