package org.coproduction.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One run of the {@code coproduction} command in the test's own process: its exit code and what it wrote to
 * standard output and standard error.
 *
 * @param code  the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CommandRun(int code, String out, String err) {

    /**
     * Runs the command with the given standard input.
     *
     * @param stdin  what the command reads from standard input
     * @param args  the command line
     * @return the run
     */
    static CommandRun of(String stdin, String... args) {
        return of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    /**
     * Runs the command reading standard input from a stream, such as bytes that are not UTF-8.
     *
     * @param stdin  standard input
     * @param args  the command line
     * @return the run
     */
    static CommandRun of(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoproductionCommand.run(stdin, new PrintWriter(out), new PrintWriter(err), args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** The lines written to standard error. */
    List<String> errorLines() {
        return err.lines().toList();
    }
}
