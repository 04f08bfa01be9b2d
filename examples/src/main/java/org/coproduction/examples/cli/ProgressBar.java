package org.coproduction.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error for reading a file: the bytes read of the file's size, redrawn in
 * place with a carriage return, such as {@code Reading survey.csv [##########..........] 50% (12.0 of 24.0 MB)}.
 * For standard input, whose size is not known, it shows the bytes read so far.
 *
 * <p>It draws only when asked for ({@code --progress}) or when the tool runs at a terminal and the reading has
 * already taken {@link #QUIET_MILLIS} milliseconds, so quick reads and piped output stay clean. It never writes to
 * standard output.
 */
final class ProgressBar {

    /** How long an unforced bar waits before it first draws: reads quicker than this show nothing. */
    static final long QUIET_MILLIS = 2000;

    /** The least time between two redraws, so that the bar costs nothing next to the reading. */
    private static final long REDRAW_MILLIS = 100;

    private static final int WIDTH = 20;

    private final PrintWriter err;
    private final String label;
    private final long size;
    private final boolean forced;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastPercent = -1;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label, long size, boolean forced, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.label = label;
        this.size = size;
        this.forced = forced;
        this.enabled = forced || terminal;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    /**
     * A bar for reading one file, shown as the option and the console say.
     *
     * @param err  standard error
     * @param option  the command's {@code --progress} option
     * @param label  what is read, such as the file name
     * @param size  the file's size in bytes, or -1 when not known
     * @return the bar, not null
     */
    static ProgressBar of(PrintWriter err, ProgressOption option, String label, long size) {
        // System.console() is there only when the tool is attached to a terminal (not piped or redirected).
        return new ProgressBar(err, label, size, option.forced(), System.console() != null, System::currentTimeMillis);
    }

    /**
     * The stream, counting the bytes read through it into this bar.
     *
     * @param in  the stream being read
     * @return a stream that reads {@code in} and updates the bar, not null
     */
    InputStream counting(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    update(++read);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read += n;
                    update(read);
                }
                return n;
            }
        };
    }

    /**
     * Redraws the bar for the bytes read so far, when it is due.
     *
     * @param bytes  the bytes read
     */
    void update(long bytes) {
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (!forced && now - started < QUIET_MILLIS) {
            return;
        }
        int percent = size > 0 ? (int) Math.min(100, bytes * 100 / size) : -1;
        if (drawn && now - lastDrawn < REDRAW_MILLIS && percent != 100) {
            return;
        }
        if (drawn && size > 0 && percent == lastPercent) {
            return;
        }
        lastDrawn = now;
        lastPercent = percent;
        drawn = true;
        if (err instanceof TerminalText.Printer terminal) {
            terminal.returnToLineStart();
        } else {
            err.print('\r');
        }
        err.print(line(bytes, percent));
        err.flush();
    }

    /** Ends the bar's line, if it was drawn, so that what follows on standard error starts on a line of its own. */
    void finish() {
        if (drawn) {
            err.println();
            err.flush();
        }
    }

    private String line(long bytes, int percent) {
        if (percent < 0) {
            return String.format(Locale.ROOT, "Reading %s: %s", label, megabytes(bytes));
        }
        int filled = percent * WIDTH / 100;
        return String.format(Locale.ROOT, "Reading %s [%s%s] %3d%% (%s of %s)", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), percent, megabytes(bytes), megabytes(size));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }
}
