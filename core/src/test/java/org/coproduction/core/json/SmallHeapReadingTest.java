package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading 20 MB documents, valid and hostile, in a separate JVM whose heap is fixed at 256 MB (issue 16:
 * "measure it in a test over a 20 MB document with -Xmx256m"). A reader that built the whole document as a
 * tree first, or that kept the ten million values of a hostile list, ran out of memory here: the earlier
 * tree-first reader took 1.4 GB for the first hostile document below.
 *
 * <p>Each child JVM prints the peak heap in use, summed over the heap's pools, which the test reports and
 * bounds at 10 times the document: 200 MB for 20 MB, under the 256 MB the child may use.
 */
class SmallHeapReadingTest {

    private static final double ALLOWED_PEAK_MULTIPLE = 10.0;

    @Test
    void twentyMegabyteDocumentsAreReadOrRefusedInA256MegabyteHeap(@TempDir Path folder) throws Exception {
        Path valid = folder.resolve("council-record.json");
        try (OutputStream out = Files.newOutputStream(valid)) {
            // 6,000 activities of 20 attendance records: about 22 MB written without indentation.
            CoproductionJson.mapper().disable(SerializationFeature.INDENT_OUTPUT)
                    .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                    .writeValue(out, ReadingAllocationTest.generated(new SplittableRandom(20261205L), 6_000));
        }
        List<Path> hostile = List.of(
                write(folder.resolve("ten-million-zeros.json"), "{\"id\": \"r-1\", \"title\": \"Records\", \"notes\": [", "0", 10_000_000),
                write(folder.resolve("five-million-notes.json"), "{\"id\": \"r-1\", \"title\": \"Records\", \"notes\": [", "\"n\"", 5_000_000),
                write(folder.resolve("empty-activities.json"), "{\"id\": \"r-1\", \"title\": \"Records\", \"activities\": [", "{}", 6_600_000));

        String validOutcome = readInSmallHeap(valid);
        assertTrue(validOutcome.startsWith("read 6000 activities"), validOutcome);
        for (Path document : hostile) {
            String outcome = readInSmallHeap(document);
            assertTrue(outcome.startsWith("refused"), document.getFileName() + ": " + outcome);
        }
    }

    /** Runs {@link Child} on the document under {@code -Xmx256m}; returns its one line of outcome. */
    private static String readInSmallHeap(Path document) throws IOException, InterruptedException {
        long size = Files.size(document);
        assertTrue(size > 19_000_000, "about 20 MB, was " + size);
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-cp", classPath,
                Child.class.getName(), document.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child finished");
        assertEquals(0, child.exitValue(), document.getFileName() + ": " + output);
        String[] parts = output.lines().reduce((a, b) -> b).orElse("").split(" peak heap ", 2);
        assertEquals(2, parts.length, output);
        long peak = Long.parseLong(parts[1].strip());
        double multiple = (double) peak / size;
        System.out.printf("%s, %,d bytes: %s; peak heap %,d bytes, %.1f times the document%n",
                document.getFileName(), size, parts[0], peak, multiple);
        assertTrue(multiple <= ALLOWED_PEAK_MULTIPLE, String.format("%s: peak heap %.1f times the document",
                document.getFileName(), multiple));
        return parts[0];
    }

    private static Path write(Path file, String start, String element, int times) throws IOException {
        try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
            out.print(start);
            for (int i = 0; i < times; i++) {
                out.print(i == 0 ? element : "," + element);
            }
            out.print("]}");
        }
        return file;
    }

    /** The child JVM: reads one record from a file as a stream and prints the outcome and its peak heap. */
    static final class Child {

        private Child() {
        }

        public static void main(String[] args) throws IOException {
            String outcome;
            try (InputStream in = Files.newInputStream(Paths.get(args[0]))) {
                CoproductionRecord record = CoproductionJson.read(in, CoproductionRecord.class);
                outcome = "read " + record.activities().size() + " activities";
            } catch (ValidationException e) {
                int problems = e.violations().size();
                outcome = "refused with " + problems + (problems == 1 ? " problem" : " problems");
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println(outcome + " peak heap " + peak);
        }
    }
}
