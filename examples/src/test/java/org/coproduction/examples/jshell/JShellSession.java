package org.coproduction.examples.jshell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * A JShell session in this JVM through the {@code jdk.jshell} API, set up as {@code bin/jshell} sets up
 * the interactive one: the library on the class path, JShell's default imports, then {@code startup.jsh}.
 * Code is split into snippets the way JShell reads a whole script, so Java written across several lines
 * (builders with a leading dot on each line) runs as written.
 */
public final class JShellSession implements AutoCloseable {

    /** The imports of JShell's own {@code DEFAULT} start-up, which {@code bin/jshell} loads before {@code startup.jsh}. */
    private static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
            "java.util.regex.*", "java.util.stream.*");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    // Standard error (such as a host's log lines) is kept apart: a snippet's promised output is what it prints.
    private final PrintStream errors = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    private final JShell shell;

    private JShellSession() {
        // The local engine runs snippets in this JVM: no second JVM to start per guide, and System.out is ours.
        shell = JShell.builder().executionEngine("local").out(capture).err(errors).build();
        shell.addToClasspath(JShellScripts.classPath());
    }

    /**
     * Opens a session with the library's API imported.
     *
     * @return the session, to be closed
     * @throws IOException if {@code startup.jsh} cannot be read
     */
    public static JShellSession open() throws IOException {
        JShellSession session = new JShellSession();
        String imports = DEFAULT_IMPORTS.stream().map(name -> "import " + name + ";\n").collect(Collectors.joining());
        session.run(imports, "JShell's default imports", 1);
        session.run(Files.readString(JShellScripts.startup()), JShellScripts.startup().toString(), 1);
        return session;
    }

    /**
     * Runs code, snippet by snippet, and returns what it printed.
     *
     * @param code  Java code: declarations, statements, expressions
     * @param file  where the code comes from, for messages
     * @param firstLine  the line of {@code file} the code starts on
     * @return what the code printed on standard output
     * @throws AssertionError naming the file and line of the first snippet that does not compile, refers to
     *     something undefined or throws, with JShell's diagnostic or the exception
     */
    public String run(String code, String file, int firstLine) {
        printed.reset();
        String remaining = code;
        while (true) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            int start = code.length() - remaining.length();
            while (start < code.length() && Character.isWhitespace(code.charAt(start))) {
                start++;
            }
            String where = file + ":" + (firstLine + (int) code.substring(0, start).chars().filter(c -> c == '\n').count());
            if (!info.completeness().isComplete() && info.completeness() != SourceCodeAnalysis.Completeness.UNKNOWN) {
                throw new AssertionError(where + ": the snippet is not complete Java:\n" + indent(remaining.strip()));
            }
            evaluate(info.source() == null ? remaining : info.source(), where);
            remaining = info.remaining() == null ? "" : info.remaining();
        }
        capture.flush();
        return printed.toString(StandardCharsets.UTF_8);
    }

    private void evaluate(String source, String where) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        List<SnippetEvent> events;
        System.setOut(capture);
        System.setErr(errors);
        try {
            events = shell.eval(source);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue;
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                String diagnostics = shell.diagnostics(snippet).map(Diag::toString)
                        .map(d -> d.isEmpty() ? "(no diagnostic)" : d).collect(Collectors.joining("\n"));
                String messages = shell.diagnostics(snippet).map(d -> d.getMessage(null)).collect(Collectors.joining("\n"));
                throw new AssertionError(where + ": the snippet does not compile:\n" + indent(source.strip()) + "\n"
                        + indent(messages.isEmpty() ? diagnostics : messages));
            }
            if (snippet instanceof DeclarationSnippet declaration
                    && event.status() != Snippet.Status.VALID && event.status() != Snippet.Status.OVERWRITTEN) {
                throw new AssertionError(where + ": the snippet refers to something undefined "
                        + shell.unresolvedDependencies(declaration).collect(Collectors.toList()) + ":\n" + indent(source.strip()));
            }
            if (event.exception() != null) {
                throw new AssertionError(where + ": the snippet threw " + describe(event.exception()) + ":\n"
                        + indent(source.strip()), event.exception());
            }
        }
    }

    private static String describe(Throwable thrown) {
        if (thrown instanceof EvalException eval) {
            return eval.getExceptionClassName() + ": " + eval.getMessage();
        }
        if (thrown instanceof UnresolvedReferenceException unresolved) {
            return "an unresolved reference to " + unresolved.getSnippet().source().strip();
        }
        return thrown.toString();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    }

    /** Ends the session. */
    @Override
    public void close() {
        shell.close();
    }
}
