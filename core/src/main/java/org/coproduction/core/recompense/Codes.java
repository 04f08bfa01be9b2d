package org.coproduction.core.recompense;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Kebab-case identifiers for the package's enums, as written in JSON. */
final class Codes {

    private Codes() {
    }

    static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " \"" + text + "\"; allowed values are "
                + Arrays.stream(type.getEnumConstants()).map(Codes::id).collect(Collectors.joining(", ")));
    }
}
