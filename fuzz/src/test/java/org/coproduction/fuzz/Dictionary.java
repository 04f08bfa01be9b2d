package org.coproduction.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.coproduction.core.json.CoproductionJson;

/**
 * The fuzzing dictionary ({@code coproduction.dict}, libFuzzer's {@code -dict} format), made from the library's
 * types so that it stays current: every field name of every readable type as it is written in JSON
 * ({@code "rungs"}), every id of every public enum ({@code "co-design"}), every type's key for
 * {@link AllTypesFuzzTest} with its newline, and the tokens that have found or could find trouble in numbers,
 * dates and encodings. {@link DictionaryTest} checks that the checked-in file is what this gives.
 */
final class Dictionary {

    /** Where the dictionary is, relative to this class. */
    static final String RESOURCE = "coproduction.dict";

    /** Tokens that are not field names or ids: edges of numbers, dates, text and encodings. */
    private static final List<String> EDGES = List.of("\"schemaVersion\"", "1e999999999", "\"1e999999999\"", "1E+400",
            "-0", "0.000000000000000000000000000001", "9223372036854775808", "2147483647", "-2147483648",
            "\"2025-04-06\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"", "\"2025-02-29\"",
            "\"2025-03\"", "\"10:30:00\"", "\"23:59\"", "\"P7D\"", "\"GBP\"", "\"XXX\"", "\"XAU\"",
            "\uFEFF", "\\u0000", "\\ud800", "null", "true", "false", "[]", "{}", "\"\"");

    private Dictionary() {
    }

    /**
     * The dictionary's text.
     *
     * @return one entry a line, after a comment saying how it is made
     */
    static String text() {
        StringBuilder text = new StringBuilder("# The library's field names, enum ids and type keys, with edge tokens.\n"
                + "# Made by org.coproduction.fuzz.Dictionary; DictionaryTest says how to write it again.\n");
        for (String entry : entries()) {
            text.append('"').append(escape(entry)).append("\"\n");
        }
        return text.toString();
    }

    /**
     * The entries, sorted and without repeats.
     *
     * @return the entries as the bytes they stand for, in UTF-8
     */
    static Set<String> entries() {
        ObjectMapper mapper = CoproductionJson.mapper();
        Set<String> entries = new TreeSet<>(EDGES);
        for (Class<?> type : ReadableTypes.TABLE) {
            entries.add(ReadableTypes.key(type) + "\n");
            for (String name : fieldNames(mapper, type)) {
                entries.add('"' + name + '"');
            }
        }
        for (Class<?> type : ReadableTypes.enums()) {
            for (Object constant : type.getEnumConstants()) {
                try {
                    String written = mapper.writeValueAsString(constant);
                    entries.add(written);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return entries;
    }

    /** The names a type's fields are written under, read from the serializer of the class the reader builds. */
    private static List<String> fieldNames(ObjectMapper mapper, Class<?> type) {
        List<String> names = new ArrayList<>();
        try {
            JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance()
                    .findValueSerializer(implementationOf(type));
            for (Iterator<PropertyWriter> it = serializer.properties(); it.hasNext(); ) {
                names.add(it.next().getName());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** The generated {@code Immutable…} class of an abstract value type, whose fields are the ones written. */
    private static Class<?> implementationOf(Class<?> type) {
        if (!Modifier.isAbstract(type.getModifiers())) {
            return type;
        }
        String outer = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
        try {
            return Class.forName(type.getPackageName() + ".Immutable" + outer.replace(".", ""), false,
                    type.getClassLoader());
        } catch (ClassNotFoundException e) {
            return type;
        }
    }

    /** libFuzzer's escapes: a backslash, a quote and bytes outside printable ASCII. */
    private static String escape(String entry) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : entry.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '\\' || c == '"') {
                escaped.append('\\').append((char) c);
            } else if (c < 0x20 || c >= 0x7f) {
                escaped.append(String.format("\\x%02X", c));
            } else {
                escaped.append((char) c);
            }
        }
        return escaped.toString();
    }
}
