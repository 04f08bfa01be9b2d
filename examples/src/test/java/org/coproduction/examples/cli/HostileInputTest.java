package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Ladders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool given hostile input: bytes that are not UTF-8, byte-order marks, control characters
 * that would steer the terminal, projects rated twice, and failures the tool does not expect. Each answer is
 * an exit code and lines on standard error; none is a stack trace. Memory on large files is tested by
 * {@link LargeInputTest}.
 */
class HostileInputTest {

    private static final String RATINGS = "project,a,b\nP1,co-design,co-design\nP2,consultation,co-design\n";

    @TempDir
    Path folder;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    private static InputStream stdin(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static void assertOneLine(CommandRun r, int code, String expected) {
        assertEquals(code, r.code(), r.out() + r.err());
        assertEquals(List.of(expected), r.errorLines());
    }

    // "project,a,b\n" is 12 bytes and "P1,co-design,co" 15 more, so the byte 0xFF is byte 28, on line 2.
    @Test
    void bytesThatAreNotUtf8OnStandardInputAreRefusedWithTheLineAndByte() {
        byte[] bad = join(utf8("project,a,b\nP1,co-design,co"), new byte[] {(byte) 0xFF}, utf8("design\n"));
        assertOneLine(CommandRun.of(stdin(bad), "measure", "agreement", "-"), 1,
                "<stdin>: is not UTF-8 text at line 2, byte 28");
        // A JSON document on standard input: "{\"id\": \"" is 8 bytes, then a lone continuation byte.
        byte[] json = join(utf8("{\"id\": \""), new byte[] {(byte) 0x80}, utf8("\"}"));
        assertOneLine(CommandRun.of(stdin(json), "validate", "--type", "ladder", "-"), 1,
                "<stdin>: is not UTF-8 text at line 1, byte 9");
    }

    // Latin-1 "é" is the single byte 0xE9, which in UTF-8 starts a three-byte character that "," does not go on.
    @Test
    void aFileInLatin1IsRefusedTheSameWay() throws IOException {
        Path file = folder.resolve("ratings.csv");
        Files.write(file, join(utf8("project,a,b\nP"), new byte[] {(byte) 0xE9}, utf8(",co-design,co-design\n")));
        assertOneLine(CommandRun.of("", "measure", "agreement", file.toString()), 1,
                file + ": is not UTF-8 text at line 2, byte 14");
    }

    @Test
    void aUtf16FileIsNamedAsSuch() throws IOException {
        Path file = folder.resolve("ratings.csv");
        Files.write(file, join(new byte[] {(byte) 0xFF, (byte) 0xFE}, RATINGS.getBytes(StandardCharsets.UTF_16LE)));
        assertOneLine(CommandRun.of("", "measure", "agreement", file.toString()), 1,
                file + ": is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8");
    }

    /**
     * A UTF-8 byte-order mark is read the same by every entry: the tool's CSV and JSON readers from a file and
     * from standard input here, and the library's string, character-stream and byte-stream JSON readers in
     * {@code HostileDocumentsTest.aByteOrderMarkIsReadByEveryReader} (core). Each marked run must print what the
     * unmarked one prints.
     */
    @Test
    void aByteOrderMarkIsReadTheSameByEveryEntry() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String ladder = CoproductionJson.write(Ladders.arnstein());
        Path csv = Files.write(folder.resolve("marked.csv"), join(mark, utf8(RATINGS)));
        Path json = Files.write(folder.resolve("marked.json"), join(mark, utf8(ladder)));

        CommandRun plain = CommandRun.of(RATINGS, "measure", "agreement", "-");
        assertEquals(0, plain.code(), plain.err());
        CommandRun fromFile = CommandRun.of("", "measure", "agreement", csv.toString());
        CommandRun fromStdin = CommandRun.of(stdin(join(mark, utf8(RATINGS))), "measure", "agreement", "-");
        assertEquals(plain, fromFile);
        assertEquals(plain, fromStdin);

        assertEquals(0, CommandRun.of("", "validate", "--type", "ladder", json.toString()).code());
        CommandRun jsonStdin = CommandRun.of(stdin(join(mark, utf8(ladder))), "validate", "--type", "ladder", "-");
        assertEquals(new CommandRun(0, "<stdin>: valid ladder\n", ""), jsonStdin);
        CommandRun jsonReport = CommandRun.of(stdin(join(mark, utf8(ladder))), "validate", "--type", "ladder", "-f",
                "json", "-");
        assertEquals(0, jsonReport.code(), jsonReport.out());
    }

    @Test
    void escapeCodesInACsvCellAreShownEscaped() {
        // ESC [ 2 J clears the screen; U+202E makes what follows read right to left; U+009B is the C1 CSI.
        String csv = "project,a,b\nP1,co-design,\u001B[2Jco\u202Edesign\u009B\n";
        CommandRun r = CommandRun.of(csv, "measure", "agreement", "-");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("<stdin>: line 2: column b: \"\\u001B[2Jco\\u202Edesign\\u009B\" is not a rung;"),
                r.err());
        assertNoControlCharacters(r);
    }

    @Test
    void escapeCodesInARatersNameAreShownEscapedInTextOutput() {
        String csv = "project,a\u001B]0;owned\u0007,b\nP1,co-design,co-design\nP2,consultation,co-design\n";
        CommandRun r = CommandRun.of(csv, "measure", "agreement", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("2 projects, 2 raters (a\\u001B]0;owned\\u0007, b)\n"), r.out());
        assertNoControlCharacters(r);
    }

    @Test
    void escapeCodesInAJsonStringAreShownEscapedInMessages() throws IOException {
        // The JSON escape \u001b is read as the character ESC; the answer is not an option of the question, and
        // the message quotes it.
        String json = Files.readString(Path.of("samples", "responses.json")).replace("\"optionId\": \"staff\"",
                "\"optionId\": \"st\\u001b[8maff\\u202e\"");
        CommandRun r = CommandRun.of(json, "assess", "-");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("st\\u001B[8maff\\u202E"), r.err());
        assertNoControlCharacters(r);
    }

    @Test
    void escapeCodesInACommandLineArgumentAreShownEscaped() {
        // picocli quotes an unknown option in its message.
        CommandRun r = CommandRun.of("", "measure", "agreement", "--e\u001B[2Jx", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--e\\u001B[2Jx"), r.err());
        assertNoControlCharacters(r);
    }

    private static void assertNoControlCharacters(CommandRun r) {
        for (String text : List.of(r.out(), r.err())) {
            for (char c : text.toCharArray()) {
                assertFalse(TerminalText.steers(c), "raw U+" + Integer.toHexString(c) + " in " + text);
            }
        }
    }

    @Test
    void aProjectOnTwoRowsIsRefusedNamingBothLines() {
        String csv = "# a comment\nproject,a,b\nP1,co-design,co-design\nP2,consultation,co-design\n"
                + "P1,co-design,co-design\n";
        assertOneLine(CommandRun.of(csv, "measure", "agreement", "-"), 1, "<stdin>: line 5: project \"P1\" is already "
                + "on line 3; give each project's ratings on one row, so that none is counted twice");
        // The id is compared after stripping spaces, as it is read.
        assertEquals(1, CommandRun.of("project,a,b\nP1,co-design,co-design\n P1 ,co-design,co-design\n", "measure",
                "agreement", "-").code());
    }

    @Test
    void aRaterInTwoColumnsOrABlankIdIsRefused() {
        assertOneLine(CommandRun.of("project,a,b,A\nP1,co-design,co-design,co-design\n", "measure", "agreement", "-"),
                1, "<stdin>: line 1: column 4: rater \"a\" is also column 2; each rater has one column");
        assertOneLine(CommandRun.of("project,a,b\n,co-design,co-design\n", "measure", "agreement", "-"), 1,
                "<stdin>: line 2: column project: the project's id is blank");
    }

    @Test
    void aFileWithAMistakeOnEveryRowShowsTheFirstHundredAndCountsTheRest() {
        StringBuilder csv = new StringBuilder("project,a,b\n");
        for (int i = 1; i <= 250; i++) {
            csv.append("P").append(i).append(",co-design,co-designing\n");
        }
        CommandRun r = CommandRun.of(csv.toString(), "measure", "agreement", "-");
        assertEquals(1, r.code());
        assertEquals(101, r.errorLines().size());
        assertTrue(r.errorLines().get(0).startsWith("<stdin>: line 2: column b: \"co-designing\" is not a rung"));
        assertEquals("<stdin>: and 150 more problems", r.errorLines().get(100));
    }

    /** Standard input whose reading fails with the given error or exception, as memory running out would. */
    private static InputStream failing(Throwable failure) {
        return new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1);
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                if (failure instanceof Error) {
                    throw (Error) failure;
                }
                throw (RuntimeException) failure;
            }
        };
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitCodeThree() {
        CommandRun r = CommandRun.of(failing(new OutOfMemoryError("Java heap space")), "measure", "agreement", "-");
        assertEquals(3, r.code());
        assertEquals(1, r.errorLines().size(), r.err());
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        assertEquals("coproduction: out of memory reading <stdin> (Java may use " + megabytes + " MB); give Java more "
                + "memory, such as JAVA_OPTS=-Xmx4g with bin/coproduction, or java -Xmx4g -jar with the jar",
                r.errorLines().get(0));
    }

    @Test
    void anyOtherErrorOrExceptionIsOneLineAndExitCodeThree() {
        assertOneLine(CommandRun.of(failing(new StackOverflowError()), "validate", "--type", "ladder", "-"), 3,
                "coproduction: unexpected failure: StackOverflowError");
        assertOneLine(CommandRun.of(failing(new IllegalStateException("first line\nsecond line")), "validate", "--type",
                "ladder", "-"), 3, "coproduction: unexpected failure: IllegalStateException: first line");
    }
}
