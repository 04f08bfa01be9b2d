package org.coproduction.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A document named on the command line: a file, or standard input when the name is {@code -}. Both are read
 * the same way, through {@link Utf8Reader}: bytes that are not UTF-8 are refused with the line and byte
 * (standard input too, never read as U+FFFD), and a byte-order mark at the start is skipped.
 *
 * <p>{@link #read} holds the whole document as text, for JSON documents. {@link #open} streams it, for
 * tables of any size: a command reading a CSV file opens it and reads it row by row with
 * {@link Csv#open(Utf8Reader, Problems)}.
 */
final class Input {

    private final String name;
    private final String text;

    private Input(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /**
     * Reads the whole document.
     *
     * @param file  the file name, or {@code -} for standard input
     * @param stdin  standard input
     * @return the document, not null
     * @throws InvalidInputException if the file cannot be read or is not UTF-8 text
     */
    static Input read(String file, InputStream stdin) {
        try (Utf8Reader reader = open(file, stdin, UnaryOperator.identity())) {
            StringBuilder text = new StringBuilder(file.equals("-") ? 8192 : sizeHint(Path.of(file)));
            char[] buffer = new char[8192];
            for (int read = reader.read(buffer, 0, buffer.length); read >= 0; read = reader.read(buffer, 0, buffer.length)) {
                text.append(buffer, 0, read);
            }
            return new Input(reader.name(), text.toString());
        } catch (IOException e) {
            throw new InvalidInputException(name(file) + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The file's size as a first capacity, so that a large document is not copied as it grows. */
    private static int sizeHint(Path file) {
        try {
            return (int) Math.min(Files.size(file), Integer.MAX_VALUE - 16);
        } catch (IOException e) {
            return 8192;
        }
    }

    /**
     * Opens a document to read it as a stream, in memory that does not grow with its size. Standard input is
     * not closed with the reader.
     *
     * @param file  the file name, or {@code -} for standard input
     * @param stdin  standard input
     * @param watch  wraps the byte stream, such as to count the bytes into a progress bar
     * @return the characters, to be closed, not null
     * @throws InvalidInputException if the file does not exist or cannot be opened; bytes that are not UTF-8
     *     are refused as they are read
     */
    static Utf8Reader open(String file, InputStream stdin, UnaryOperator<InputStream> watch) {
        if (file.equals("-")) {
            return new Utf8Reader(name(file), watch.apply(new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // Standard input belongs to the caller.
                }
            }));
        }
        try {
            return new Utf8Reader(file, watch.apply(Files.newInputStream(Path.of(file))));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The size of a file in bytes, for a progress bar.
     *
     * @param file  the file name, or {@code -} for standard input
     * @return the size, or -1 for standard input or a file whose size cannot be read (opening it says why)
     */
    static long size(String file) {
        try {
            return file.equals("-") ? -1 : Files.size(Path.of(file));
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The name of a document in messages: the file name, or {@code <stdin>} for {@code -}.
     *
     * @param file  the file name given, or {@code -}
     * @return the name, not null
     */
    static String name(String file) {
        return file.equals("-") ? "<stdin>" : file;
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }
}
