package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.json.CoproductionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool in its own Java process with a small heap, as a council's laptop might run it, on files far
 * larger than the heap: a ratings table is read as a stream and answered correctly, and a JSON document too
 * large to hold ends with one line and exit code 3 rather than a stack trace. The process is started as the
 * JShell tests start theirs, from the test class path.
 */
class LargeInputTest {

    /** Six raters, so that a row is long and the file large for its number of projects. */
    private static final String HEADER = "project,r1,r2,r3,r4,r5,r6\n";
    private static final String P = "co-production";
    private static final String C = "consultation";
    /** The block of four projects repeated to fill the file, as rows without the project's id. */
    private static final String[][] BLOCK = {
        {P, P, P, P, P, P},
        {C, C, C, C, C, C},
        {P, C, P, P, P, P},
        {C, C, C, C, P, C},
    };

    @TempDir
    Path folder;

    /**
     * What each statistic is over k copies of the block, worked by hand (categories P and C only):
     * <ul>
     *   <li>Cohen's kappa r1 vs r2: pairs (P,P) (C,C) (P,C) (C,C); observed 3/4; r1 has P 2, C 2 and r2 P 1, C 3
     *       out of 4, so chance is 2/4·1/4 + 2/4·3/4 = 1/2 and kappa = (3/4 − 1/2)/(1/2) = 1/2 for any k; with
     *       two categories the quadratic weights change nothing, so the quadratic kappa is also 1/2;</li>
     *   <li>Fleiss' kappa (Fleiss 1971), 6 raters: P_i = (Σ n_ij² − 6)/30 is 1, 1, (25 + 1 − 6)/30 = 2/3 and
     *       2/3, mean 5/6; P and C each have 12 of the 24 ratings, so chance is 1/2 and kappa =
     *       (5/6 − 1/2)/(1/2) = 2/3 for any k;</li>
     *   <li>Krippendorff's alpha: each unit adds its ordered pairs of ratings divided by m − 1 = 5; the two
     *       split units add 5·1/5 = 1 to o(P,C) and to o(C,P), so k blocks have 4k disagreeing pairs, n = 24k
     *       values with n_P = n_C = 12k, and alpha = 1 − (n − 1)·4k/(2·12k·12k) = (48k + 1)/(72k). With two
     *       categories the ordinal distance is the same for the one pair, so ordinal and nominal agree.</li>
     * </ul>
     */
    @Test
    void aRatingsFileOfMoreThan200MegabytesIsAnsweredInA256MegabyteHeap() throws Exception {
        Path file = folder.resolve("ratings.csv");
        long blocks = writeRatings(file, 200L * 1024 * 1024);
        assertTrue(Files.size(file) >= 200L * 1024 * 1024);
        Result run = run(List.of("-Xmx256m"), "measure", "agreement", file.toString(), "-f", "json");
        assertEquals(0, run.code, run.err);
        assertEquals("", run.err);
        JsonNode json = CoproductionJson.mapper().readTree(run.out);
        double k = blocks;
        assertEquals(0.5, json.get("cohenKappaUnweighted").get("coefficient").asDouble(), 1e-12);
        assertEquals(0.5, json.get("cohenKappaQuadratic").get("coefficient").asDouble(), 1e-12);
        assertEquals(2.0 / 3, json.get("fleissKappa").get("coefficient").asDouble(), 1e-12);
        assertEquals(4 * blocks, json.get("fleissKappa").get("units").asLong());
        assertEquals((48 * k + 1) / (72 * k), json.get("krippendorffAlphaNominal").get("coefficient").asDouble(), 1e-12);
        assertEquals((48 * k + 1) / (72 * k), json.get("krippendorffAlphaOrdinal").get("coefficient").asDouble(), 1e-12);
    }

    /** Writes whole blocks of four projects, each with its own id, until the file has at least the size asked. */
    private static long writeRatings(Path file, long atLeast) throws IOException {
        long written = 0;
        long blocks = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            written += HEADER.length();
            while (written < atLeast) {
                for (int unit = 0; unit < BLOCK.length; unit++) {
                    String row = "P" + (blocks * BLOCK.length + unit) + "," + String.join(",", BLOCK[unit]) + "\n";
                    out.write(row);
                    written += row.length();
                }
                blocks++;
            }
        }
        return blocks;
    }

    @Test
    void aJsonDocumentTooLargeForTheHeapIsOneLineAndExitCodeThree() throws Exception {
        Path file = folder.resolve("record.json");
        // 64 MiB: the text alone is twice the heap.
        byte[] filler = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"participants\": [\"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 64; i++) {
                out.write(filler);
            }
        }
        Result run = run(List.of("-Xmx32m"), "validate", "--type", "record", file.toString());
        assertEquals(3, run.code, run.err);
        assertEquals("", run.out);
        List<String> lines = run.err.lines().toList();
        assertEquals(1, lines.size(), run.err);
        assertTrue(lines.get(0).startsWith("coproduction: out of memory reading " + file + " (Java may use "), run.err);
        assertTrue(lines.get(0).endsWith("give Java more memory, such as JAVA_OPTS=-Xmx4g with bin/coproduction, "
                + "or java -Xmx4g -jar with the jar"), run.err);
    }

    private record Result(int code, String out, String err) {
    }

    /** Runs the tool's main class in a new Java process with the given options for Java. */
    private Result run(List<String> javaOptions, String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", classPath, CoproductionCommand.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, "the tool did not finish in two minutes");
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
