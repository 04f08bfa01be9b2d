package org.coproduction.core.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduction.core.api.Internal;

/**
 * How the library's enumerations are written in JSON: kebab-case identifiers such as {@code unpaid-carer},
 * read back from the identifier or the constant name, ignoring case.
 */
@Internal
public final class Codes {

    private Codes() {
    }

    /**
     * The kebab-case identifier of a constant: {@code UNPAID_CARER} becomes {@code unpaid-carer}.
     *
     * @param constant  the constant, not null
     * @return the identifier, not null
     */
    public static String id(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * An unmodifiable index of an enumeration's constants by identifier and by constant name, for a fast
     * exact lookup before {@link #parse(Class, CharSequence, String)}'s forgiving one.
     *
     * @param <E>  the enumeration
     * @param type  the enumeration's class, not null
     * @return the index, not null
     */
    public static <E extends Enum<E>> Map<String, E> index(Class<E> type) {
        Map<String, E> byText = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byText.put(id(constant), constant);
            byText.put(constant.name(), constant);
        }
        return Map.copyOf(byText);
    }

    /**
     * Reads a constant, trying an exact match in an index first.
     *
     * @param <E>  the enumeration
     * @param index  the index from {@link #index(Class)}, not null
     * @param type  the enumeration's class, not null
     * @param text  the text to read, not null
     * @param what  what the enumeration is called in messages, not null
     * @return the constant, not null
     * @throws IllegalArgumentException if the text names no constant, listing the allowed identifiers
     */
    public static <E extends Enum<E>> E parse(Map<String, E> index, Class<E> type, CharSequence text, String what) {
        E exact = index.get(text.toString());
        return exact != null ? exact : parse(type, text, what);
    }

    /**
     * Reads a constant from its identifier or constant name, ignoring case.
     *
     * @param <E>  the enumeration
     * @param type  the enumeration's class, not null
     * @param text  the text to read, not null
     * @param what  what the enumeration is called in messages, such as "participant role", not null
     * @return the constant, not null
     * @throws IllegalArgumentException if the text names no constant, listing the allowed identifiers
     */
    public static <E extends Enum<E>> E parse(Class<E> type, CharSequence text, String what) {
        String key = text.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + what + " \"" + text + "\"; allowed values are "
                + Arrays.stream(type.getEnumConstants()).map(Codes::id).collect(Collectors.joining(", ")));
    }
}
