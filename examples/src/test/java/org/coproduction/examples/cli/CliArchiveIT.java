package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line tool's class-data-sharing archive, after {@code package}: the package step made one for
 * the JDK running the build, {@code bin/coproduction} starts with it, and what the tool prints and its exit
 * code are the same as a plain {@code java -Xshare:off -jar} run of the same jar. An archive the JDK cannot
 * use leaves the run as it would be without one. This is about correctness; start-up times are measured by
 * {@code tools/startup-time} and reported in the README, not asserted (a shared machine makes them noisy).
 */
class CliArchiveIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path LAUNCHER = Path.of("..", "bin", "coproduction").toAbsolutePath().normalize();

    /** The command lines compared, each split on " | ": text, JSON, a group's command, help, exit codes 1 and 2. */
    private static final String[] COMMANDS = {
        "assess | samples/responses.json",
        "assess | --format | json | samples/responses.json",
        "ladders | tlap",
        "measure | proportion | --before | 18/40 | --after | 29/42",
        "--help",
        "assess | samples/no-such-file.json",
        "asess"};

    @Test
    void thePackageStepMadeAnArchiveForThisJdk() throws IOException {
        // "sharing" in java.vm.info: this JVM maps the JDK's own archive, so the JDK can make ours.
        assumeTrue(System.getProperty("java.vm.info", "").contains("sharing"), "this JDK has no class-data sharing");
        Path archive = archive();
        assertTrue(Files.isRegularFile(archive), () -> "no archive " + archive + "; see target/cli-archive.log");
        assertTrue(Files.size(archive) > 0, "the archive is empty");
        assertTrue(Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar())) >= 0,
                "the archive is older than the jar, so the launcher would not use it");
    }

    @Test
    void theLauncherLoadsTheToolsClassesFromTheArchive(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isRegularFile(archive()), "no archive for this JDK");
        Path log = temp.resolve("classes.log");
        Run run = run(launcher(LAUNCHER, Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log)),
                "assess", "samples/responses.json");
        assertEquals(0, run.code, run.err);
        // The JVM's class-loading log says "source: shared objects file" for a class mapped from an archive,
        // and names the jar for one read from it; only our archive holds the tool's classes.
        List<String> lines = Files.readAllLines(log);
        assertTrue(lines.stream().anyMatch(line -> line.contains(" org.coproduction.examples.cli.AssessCommand ")
                && line.contains("source: shared objects file")), "AssessCommand was not read from the archive");
        // Nor is any class, the tool's or picocli's, read from the jar: a lambda on one of picocli's types, or
        // a class list that links them, would leave them out of the archive (CoproductionCommand.Failures).
        assertEquals(List.of(), lines.stream().filter(line -> line.contains("source: file:")).collect(Collectors.toList()));
    }

    @Test
    void theLauncherFindsTheArchiveForAJavaReachedThroughALink(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isRegularFile(archive()), "no archive for this JDK");
        // As /usr/bin/java is a link to the JDK's java on many systems: no JAVA_HOME, and java on the PATH is a
        // link, which the launcher matches with the JDK named in target/cli-jdk without following it itself.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(java()));
        Path log = temp.resolve("classes.log");
        ProcessBuilder launcher = launcher(LAUNCHER, Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + log,
                "PATH", bin + File.pathSeparator + System.getenv("PATH")));
        launcher.environment().remove("JAVA_HOME");
        Run run = run(launcher, "assess", "samples/responses.json");
        assertEquals(0, run.code, run.err);
        assertTrue(Files.readAllLines(log).stream().anyMatch(line -> line.contains(" org.coproduction.examples.cli.AssessCommand ")
                && line.contains("source: shared objects file")), "AssessCommand was not read from the archive");
    }

    @Test
    void aLinkToTheLauncherRunsTheToolOfItsCheckout(@TempDir Path temp) throws Exception {
        // Such as ~/bin/coproduction pointing into the checkout; the link is relative, as ln -s ../x makes.
        Path link = Files.createSymbolicLink(temp.resolve("coproduction"), temp.relativize(LAUNCHER));
        assertEquals(run(plainJava(jar()), "ladders", "tlap"), run(launcher(link, Map.of()), "ladders", "tlap"));
    }

    static String[] commands() {
        return COMMANDS;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theLauncherWithTheArchivePrintsWhatThePlainJarPrints(String line) throws Exception {
        String[] args = line.split(" \\| ");
        Run plain = run(plainJava(jar()), args);
        Run launched = run(launcher(LAUNCHER, Map.of()), args);
        assertEquals(plain, launched, line);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anArchiveTheJdkCannotUseChangesNothing(boolean madeForAnotherJar, @TempDir Path copy) throws Exception {
        // A copy of the launcher and the jar, with an archive under this JDK's name that the JDK cannot use:
        // either no archive at all (a broken copy), or a real one made for another build of the jar (the jar
        // changed after it was made; JDK 17 then warns "Unable to use shared archive" unless told not to).
        Path target = Files.createDirectories(copy.resolve("examples/target"));
        Path jar = Files.copy(jar(), target.resolve(jar().getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        Path launcher = Files.createDirectories(copy.resolve("bin")).resolve("coproduction");
        Files.copy(LAUNCHER, launcher);
        // The note naming this JDK, so that the launcher offers the JVM the archive.
        Path javaHome = Path.of("cli-jdk", System.getProperty("java.runtime.version"), "java.home");
        Files.createDirectories(target.resolve(javaHome).getParent());
        Files.copy(TARGET.resolve(javaHome), target.resolve(javaHome));
        Path archive = target.resolve(archive().getFileName());
        if (madeForAnotherJar) {
            ProcessBuilder dump = new ProcessBuilder(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive, "-jar",
                    jar.toString(), "ladders"));
            assertEquals(0, run(dump).code);
            assumeTrue(Files.isRegularFile(archive), "this JDK made no archive");
            assertTrue(jar.toFile().setLastModified(System.currentTimeMillis() - 60_000));
        } else {
            Files.writeString(archive, "not an archive");
        }
        assertTrue(archive.toFile().setLastModified(System.currentTimeMillis()));
        for (String line : List.of(COMMANDS[0], COMMANDS[1], COMMANDS[5])) {
            String[] args = line.split(" \\| ");
            assertEquals(run(plainJava(jar), args), run(launcher(launcher, Map.of()), args), line);
        }
    }

    private static Path jar() throws IOException {
        try (var files = Files.list(TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("coproduction-examples-.*-cli\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no -cli.jar in target: run package first"));
        }
    }

    /** The name the package step and the launcher give the archive: the jar's, then the JDK's full version. */
    private static Path archive() throws IOException {
        String jar = jar().getFileName().toString();
        return TARGET.resolve(jar.substring(0, jar.length() - ".jar".length()) + "-"
                + System.getProperty("java.runtime.version") + ".jsa");
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static ProcessBuilder plainJava(Path jar) {
        return new ProcessBuilder(List.of(java(), "-Xshare:off", "-jar", jar.toString()));
    }

    private static ProcessBuilder launcher(Path launcher, Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", launcher.toString()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(environment);
        return builder;
    }

    private static Run run(ProcessBuilder builder, String... args) throws Exception {
        List<String> command = new ArrayList<>(builder.command());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cli-out", ".txt");
        Path err = Files.createTempFile("cli-err", ".txt");
        try {
            Process process = builder.command(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), () -> String.join(" ", command) + " did not finish");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /** What one run of the tool gave: its exit code, standard output and standard error. */
    private record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
