package org.coproduction.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a JShell script from {@code examples/jshell} non-interactively, as {@code bin/jshell} would: with
 * the library on the class path and {@code startup.jsh} importing its API.
 */
public final class JShellScripts {

    private JShellScripts() {
    }

    /**
     * Runs a script and returns what it printed.
     *
     * @param script  the script's file name in {@code examples/jshell}
     * @return standard output and standard error, together
     * @throws Exception if JShell cannot be started
     */
    public static String run(String script) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Path folder = Path.of("jshell").toAbsolutePath();
        Process process = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath,
                "--startup", "DEFAULT", "--startup", folder.resolve("startup.jsh").toString(),
                "-R-Duser.language=en", "-R-Duser.country=GB", folder.resolve(script).toString()))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "JShell did not finish in 180 s");
        assertEquals(0, process.exitValue(), () -> "JShell failed:\n" + output);
        assertTrue(!output.contains("|  Error:") && !output.contains("Exception"), () -> "The script failed:\n" + output);
        return output;
    }
}
