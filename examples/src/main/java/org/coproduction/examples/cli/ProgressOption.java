package org.coproduction.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --progress} option of a command that reads a large file: a progress bar on standard error. Without
 * the option the bar is shown only when the tool runs at a terminal and the reading takes more than a couple of
 * seconds, so piped or redirected output never carries it.
 */
final class ProgressOption {

    @Option(names = "--progress", description = "Show a progress bar on standard error while reading, even when it is "
            + "not a terminal (by default it is shown only at a terminal, for reads that take more than a few seconds).")
    private boolean progress;

    /**
     * Whether the bar was asked for on the command line.
     *
     * @return true for {@code --progress}
     */
    boolean forced() {
        return progress;
    }
}
