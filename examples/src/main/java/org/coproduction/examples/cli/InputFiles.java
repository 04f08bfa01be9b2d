package org.coproduction.examples.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;

/**
 * Reading the files a command is given, or standard input for {@code -}. {@link CoproductionCommand#run}
 * hands its input stream to every command that mixes this in, so tests and hosts can give input without
 * the console. It adds no options: commands name their files as they need ({@code FILE}, {@code RECORD} …).
 */
@Command // picocli accepts a mixin only with a picocli annotation; an empty @Command changes nothing in the mixee
final class InputFiles {

    private InputStream in = System.in;

    /**
     * Sets the stream that {@code -} reads.
     *
     * @param in  standard input, not null
     */
    void set(InputStream in) {
        this.in = in;
    }

    /**
     * Standard input, for a command that reads it as a stream rather than whole.
     *
     * @return the stream that {@code -} reads, not null
     */
    InputStream stdin() {
        return in;
    }

    /**
     * Reads a file, or standard input for {@code -}.
     *
     * @param file  the file name, or {@code -}
     * @return what was read, with the name to use in messages
     * @throws InvalidInputException if the file cannot be read
     */
    Input read(String file) {
        return Input.read(file, in);
    }
}
