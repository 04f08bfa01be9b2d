package org.coproduction.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A document named on the command line: a file, or standard input when the name is {@code -}. */
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
     * @throws InvalidInputException if the file cannot be read
     */
    static Input read(String file, InputStream stdin) {
        try {
            if (file.equals("-")) {
                return new Input("<stdin>", new String(stdin.readAllBytes(), StandardCharsets.UTF_8));
            }
            return new Input(file, Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(file + ": is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getCause().getMessage() + ")");
        }
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }
}
