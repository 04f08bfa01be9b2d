package org.coproduction.fuzz;

import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;

/**
 * What every JSON entry point promises, whatever bytes it is given: it returns a valid value or throws
 * the library's {@link ValidationException}. Anything else (a {@code NullPointerException}, a raw Jackson
 * exception, a stack overflow) is a finding.
 */
final class JsonEntryPoints {

    private JsonEntryPoints() {
    }

    /**
     * Reads the text as the type; if it reads, writing it and reading it back must give an equal value.
     *
     * @param json  any text
     * @param type  the type to read
     */
    static void readsOrRefusesCleanly(String json, Class<?> type) {
        Object value;
        try {
            value = CoproductionJson.read(json, type);
        } catch (ValidationException expected) {
            if (expected.violations().isEmpty()) {
                throw new AssertionError("A ValidationException without violations");
            }
            return;
        }
        Object back = CoproductionJson.read(CoproductionJson.write(value), type);
        if (!value.equals(back)) {
            throw new AssertionError("A value read from JSON changed on a round trip: " + value + " became " + back);
        }
    }
}
