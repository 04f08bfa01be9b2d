package org.coproduction.examples.cli;

import java.io.InputStream;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;

/**
 * Reading the files a command is given, or standard input for {@code -}. {@link CoproductionCommand#run}
 * hands its input stream to every command that mixes this in, so tests and hosts can give input without
 * the console. It adds no options: commands name their files as they need ({@code FILE}, {@code RECORD} …).
 *
 * <p>A JSON document is {@link #read} whole; a table is {@link #open opened} and read row by row with
 * {@link Csv#open(Utf8Reader, Problems)}, so that its size does not matter.
 */
@Command // picocli accepts a mixin only with a picocli annotation; an empty @Command changes nothing in the mixee
final class InputFiles {

    private InputStream in = System.in;
    private String reading;

    /**
     * Sets the stream that {@code -} reads.
     *
     * @param in  standard input, not null
     */
    void set(InputStream in) {
        this.in = in;
    }

    /**
     * Reads a whole file, or standard input for {@code -}.
     *
     * @param file  the file name, or {@code -}
     * @return what was read, with the name to use in messages
     * @throws InvalidInputException if the file cannot be read or is not UTF-8 text
     */
    Input read(String file) {
        reading = Input.name(file);
        return Input.read(file, in);
    }

    /**
     * Opens a file, or standard input for {@code -}, to read it as a stream.
     *
     * @param file  the file name, or {@code -}
     * @return the characters, to be closed, not null
     * @throws InvalidInputException if the file cannot be opened
     */
    Utf8Reader open(String file) {
        reading = Input.name(file);
        return Input.open(file, in, UnaryOperator.identity());
    }

    /**
     * Opens a file, or standard input for {@code -}, to read it as a stream, showing how far the reading has got
     * on a progress bar.
     *
     * @param file  the file name, or {@code -}
     * @param bar  the bar the bytes read are counted into, not null
     * @return the characters, to be closed, not null
     * @throws InvalidInputException if the file cannot be opened
     */
    Utf8Reader open(String file, ProgressBar bar) {
        reading = Input.name(file);
        return Input.open(file, in, bar::counting);
    }

    /**
     * The name of the input read or opened last, for a message when memory runs out.
     *
     * @return the name, or null if nothing was read
     */
    String reading() {
        return reading;
    }
}
