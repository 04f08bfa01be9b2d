package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar: what it draws, and when it keeps quiet. */
class ProgressBarTest {

    @Test
    void drawsTheShareOfTheFileReadWhenForced() throws IOException {
        StringWriter err = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), "big.csv", 4_000_000, true, false, clock::get);
        try (InputStream in = bar.counting(new ByteArrayInputStream(new byte[4_000_000]))) {
            in.readNBytes(1_000_000);
            clock.addAndGet(200);
            in.readNBytes(3_000_000);
        }
        bar.finish();
        // 1,000,000 of 4,000,000 bytes is 25%: 5 of 20 marks; then all of it. (The first block read draws 0%.)
        assertTrue(err.toString().contains("\rReading big.csv [#####...............]  25% (1.0 MB of 4.0 MB)"),
                err.toString());
        assertTrue(err.toString().endsWith("\rReading big.csv [####################] 100% (4.0 MB of 4.0 MB)\n"),
                err.toString());
    }

    @Test
    void atATerminalItWaitsBeforeDrawingAndWithoutOneItNeverDraws() {
        StringWriter err = new StringWriter();
        AtomicLong clock = new AtomicLong();
        ProgressBar terminal = new ProgressBar(new PrintWriter(err), "-", -1, false, true, clock::get);
        terminal.update(500_000);
        assertEquals("", err.toString(), "a read quicker than two seconds shows nothing");
        clock.set(ProgressBar.QUIET_MILLIS);
        terminal.update(2_500_000);
        assertEquals("\rReading -: 2.5 MB", err.toString(), "standard input's size is not known: bytes read");
        StringWriter piped = new StringWriter();
        ProgressBar none = new ProgressBar(new PrintWriter(piped), "x", 10, false, false, clock::get);
        clock.addAndGet(10_000);
        none.update(5);
        none.finish();
        assertEquals("", piped.toString());
    }
}
