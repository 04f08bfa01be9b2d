package org.coproduction.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.function.Executable;

/** Checks that building or reading something fails with exactly the expected violation messages. */
public final class Violated {

    private Violated() {
    }

    /**
     * Runs the code and checks that it throws a {@link ValidationException} listing exactly these messages,
     * in order.
     *
     * @param code  the code that builds or reads a value
     * @param messages  the expected messages, {@code path: rule, was value}
     * @return the exception
     */
    public static ValidationException assertViolations(Executable code, String... messages) {
        ValidationException e = assertThrows(ValidationException.class, code);
        assertEquals(List.of(messages), e.violations().stream().map(Violation::message).collect(Collectors.toList()),
                e.getMessage());
        return e;
    }
}
