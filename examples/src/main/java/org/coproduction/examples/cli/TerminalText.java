package org.coproduction.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the tool writes to a terminal, with the characters that would steer it shown escaped as
 * {@code \u001B} (Java's and JSON's notation) instead of written raw: a CSV cell or a JSON string may hold
 * ESC and the other C0 control characters, DEL, the C1 control characters (U+0080 to U+009F, which some
 * terminals obey as escape sequences), and the bidirectional overrides, embeddings, isolates and marks that
 * make text read in another order than it is stored (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
 * U+2069; the "Trojan Source" attack, CVE-2021-42574). Line feeds and tabs pass, and a carriage return only
 * as part of a line break ({@code \r\n}). Messages, text output and tables all go through it; JSON output
 * is unchanged in meaning, since {@code \u001B} in a JSON string is the same string.
 */
final class TerminalText extends Writer {

    private final Writer out;
    private boolean carriageReturn;

    private TerminalText(Writer out) {
        this.out = out;
    }

    /**
     * A print writer that writes through to another with control characters escaped.
     *
     * @param out  the writer to the terminal, not null
     * @return the writer, flushing on each line, not null
     */
    static PrintWriter writer(Writer out) {
        return new Printer(new TerminalText(out));
    }

    /** The print writer {@link #writer(Writer)} returns, which can also return to the start of a line. */
    static final class Printer extends PrintWriter {
        private final Writer terminal;

        private Printer(TerminalText text) {
            super(text, true);
            this.terminal = text.out;
        }

        /**
         * Moves to the start of the line, as a progress bar does to redraw itself: the one carriage return the
         * tool writes on purpose, so it goes to the terminal raw, after what was written before it.
         */
        void returnToLineStart() {
            flush();
            try {
                terminal.write('\r');
                terminal.flush();
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** Whether a character is a control character or a bidirectional control, other than a line feed or tab. */
    static boolean steers(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\u061C'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder shown = new StringBuilder(length + 16);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (carriageReturn) {
                carriageReturn = false;
                shown.append(c == '\n' ? "\r" : "\\u000D");
            }
            if (c == '\r') {
                carriageReturn = true;
            } else if (steers(c)) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        out.write(shown.toString());
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (carriageReturn) {
            carriageReturn = false;
            out.write("\\u000D");
        }
        out.close();
    }
}
