package org.coproduction.examples.cli;

import java.util.List;
import org.coproduction.core.validation.ValidationException;

/** Input the tool cannot use; each line of the message names the file and the problem. */
final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidInputException(String message) {
        super(message);
    }

    /**
     * One line per violation, each prefixed with the file name.
     *
     * @param file  the file name shown to the user
     * @param e  the violations
     * @return the exception, not null
     */
    static InvalidInputException of(String file, ValidationException e) {
        List<String> lines = e.violations().stream().map(v -> file + ": " + v.message()).toList();
        return new InvalidInputException(String.join("\n", lines));
    }
}
