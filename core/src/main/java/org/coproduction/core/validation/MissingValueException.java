package org.coproduction.core.validation;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;

/**
 * A value the library needs was not given: a builder's required field was never set, or was set to
 * {@code null}. The builders of every value type throw this, naming each missing field.
 */
@Stable
public class MissingValueException extends ValidationException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception naming the missing fields.
     *
     * @param fields  the names of the missing fields, not null, not empty
     */
    public MissingValueException(String... fields) {
        super("value", Arrays.stream(fields.length == 0 ? new String[] {""} : fields)
                .map(MissingValueException::fieldName)
                .map(field -> Violation.of(field, "is required"))
                .collect(Collectors.toList()));
    }

    /** Immutables passes a field's name, sometimes followed by a hint after a space. */
    private static String fieldName(String raw) {
        int space = raw.indexOf(' ');
        return space < 0 ? raw : raw.substring(0, space);
    }
}
