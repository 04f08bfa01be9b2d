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
     * The class path the tests run with: the library, its dependencies and the examples.
     *
     * @return the class path, entries separated by {@link File#pathSeparator}
     */
    public static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * The folder of the JShell scripts, {@code examples/jshell}.
     *
     * @return the folder, absolute
     */
    public static Path folder() {
        return Path.of("jshell").toAbsolutePath();
    }

    /**
     * The start-up script that imports the library's whole public API ({@code examples/jshell/startup.jsh}).
     *
     * @return the script's path, absolute
     */
    public static Path startup() {
        return folder().resolve("startup.jsh");
    }

    /**
     * Runs a script and returns what it printed.
     *
     * @param script  the script's file name in {@code examples/jshell}
     * @return standard output and standard error, together
     * @throws Exception if JShell cannot be started
     */
    public static String run(String script) throws Exception {
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        Process process = new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath(),
                "--startup", "DEFAULT", "--startup", startup().toString(),
                "-R-Duser.language=en", "-R-Duser.country=GB", folder().resolve(script).toString()))
                .directory(folder().toFile())
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
