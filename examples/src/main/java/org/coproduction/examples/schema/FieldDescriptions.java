package org.coproduction.examples.schema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The description of each field of the library's value types, as its accessor's Javadoc gives it, kept in
 * {@code descriptions.json} beside this class. The file is made from the source files (a test fails when it
 * differs from what they say now), so the schemas and the Java API describe a field in the same words.
 */
final class FieldDescriptions {

    /** The resource, relative to this class. */
    static final String RESOURCE = "descriptions.json";

    private static final Map<String, String> DESCRIPTIONS = load();

    private FieldDescriptions() {
    }

    /**
     * The description of a field.
     *
     * @param type  the value type, such as {@code Attendance.class}; its supertypes are looked in too
     * @param field  the accessor's name, such as {@code minutes}
     * @return the description, or null when the Javadoc gives none
     */
    static String of(Class<?> type, String field) {
        // The accessor may be declared on a supertype of the value type.
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            String found = DESCRIPTIONS.get(key(t, field));
            if (found == null) {
                for (Class<?> api : t.getInterfaces()) {
                    found = found == null ? DESCRIPTIONS.get(key(api, field)) : found;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The key of a field in the resource: {@code <package>.<SimpleTypeName>#<accessor>}.
     *
     * @param type  the value type
     * @param field  the accessor's name
     * @return the key, not null
     */
    static String key(Class<?> type, String field) {
        return type.getPackageName() + "." + type.getSimpleName() + "#" + field;
    }

    private static Map<String, String> load() {
        try (InputStream in = FieldDescriptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + FieldDescriptions.class);
            }
            return Map.copyOf(new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
