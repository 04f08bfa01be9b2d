package org.coproduction.core.value;

import org.coproduction.core.api.Stable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the library writes its enumerations, in JSON and in messages: as kebab-case identifiers such as
 * {@code unpaid-carer} for the constant {@code UNPAID_CARER}.
 *
 * <p>Reading is forgiving in one documented way: the text may be the identifier or the constant name, in any
 * case, with surrounding white space, and with hyphens, underscores or spaces between the words, so
 * {@code unpaid-carer}, {@code UNPAID_CARER} and {@code Unpaid carer} all read as {@code UNPAID_CARER}.
 * Text that names no constant is refused with a message listing the allowed identifiers.
 *
 * <p>A module that extends the library gives its own enumerations the same spelling with two methods:
 * <pre>{@code
 * @JsonValue
 * public String id() {
 *     return EnumIds.id(this);
 * }
 *
 * @JsonCreator
 * public static Colour parse(CharSequence text) {
 *     return EnumIds.parse(Colour.class, text, "colour");
 * }
 * }</pre>
 */
@Stable
public final class EnumIds {

    private EnumIds() {
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
     * exact lookup before {@link #parse(Class, CharSequence, String)}'s forgiving one; build it once, in a
     * static field.
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
     * Reads a constant, trying an exact match in an index first; the result is the same as
     * {@link #parse(Class, CharSequence, String)}'s.
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
     * @throws IllegalArgumentException if the text names no constant: {@code Unknown participant role
     *         "chair"; allowed values are ...}, listing every identifier in declaration order
     */
    public static <E extends Enum<E>> E parse(Class<E> type, CharSequence text, String what) {
        return find(type, text).orElseThrow(() -> new IllegalArgumentException("Unknown " + what + " \"" + text
                + "\"; allowed values are " + allowed(type)));
    }

    /**
     * Looks a constant up by the same rule as {@link #parse(Class, CharSequence, String)}, for an enumeration
     * that accepts further spellings of its own or words its refusal differently.
     *
     * @param <E>  the enumeration
     * @param type  the enumeration's class, not null
     * @param text  the text to read, not null
     * @return the constant, or empty if the text names none
     */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, CharSequence text) {
        String key = text.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The identifiers of an enumeration's constants in declaration order, separated by commas, as messages
     * list them: {@code verified, secondary, unverified, library-own}.
     *
     * @param type  the enumeration's class, not null
     * @return the list, not null
     */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumIds::id).collect(Collectors.joining(", "));
    }
}
