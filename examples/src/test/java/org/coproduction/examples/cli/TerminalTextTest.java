package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Which characters reach the terminal raw and which are shown escaped; expected strings written by hand. */
class TerminalTextTest {

    private static String shown(String... writes) {
        StringWriter terminal = new StringWriter();
        PrintWriter out = TerminalText.writer(terminal);
        for (String write : writes) {
            out.print(write);
        }
        out.close();
        return terminal.toString();
    }

    @Test
    void lineBreaksTabsAndTextPass() {
        assertEquals("a\tb\nc\r\nd Zoë 草 é\n", shown("a\tb\nc\r\nd Zoë 草 é\n"));
    }

    @Test
    void controlCharactersAreShownEscaped() {
        assertEquals("\\u001B[31m red \\u0007 \\u0000 \\u007F \\u0085 \\u009B", shown("\u001B[31m red \u0007 \u0000 \u007F \u0085 \u009B"));
    }

    @Test
    void bidirectionalControlsAreShownEscaped() {
        assertEquals("\\u202Eevil\\u202C \\u2066x\\u2069 \\u200E\\u200F\\u061C",
                shown("\u202Eevil\u202C \u2066x\u2069 \u200E\u200F\u061C"));
    }

    @Test
    void aCarriageReturnPassesOnlyBeforeALineFeedEvenAcrossWrites() {
        // A lone carriage return would let later text overwrite the start of the line.
        assertEquals("safe\\u000Dfake\r\nnext\\u000D", shown("safe\rfake\r", "\nnext\r"));
    }
}
