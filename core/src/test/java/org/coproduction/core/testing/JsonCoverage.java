package org.coproduction.core.testing;


import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which public JSON types of a module the round trips of a test reach. Each value given to
 * {@link #roundTrip(Object)} is written to JSON, read back, checked equal, and then walked: every library value
 * inside it (through its public queries without arguments, optionals, collections and maps) is noted. A value
 * equal after the round trip means each value inside it was equal too, so a noted type has been round-tripped
 * with the values the test generated.
 */
public final class JsonCoverage {

    private static final int MAX_DEPTH = 12;

    /**
     * Where to write the JSON of the values reached, as seeds for the fuzz tests ({@code fuzz/README.md}):
     * the directory named by the system property {@code coproduction.fuzz.seeds}, or none.
     */
    private static final String SEEDS = System.getProperty("coproduction.fuzz.seeds");

    /** How many seeds of one type are written at most. */
    private static final int SEEDS_PER_TYPE = 3;

    private final Set<String> reached = new TreeSet<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** A coverage record with nothing reached yet. */
    public JsonCoverage() {
    }

    /**
     * The public JSON types of a module: the public classes of its exported packages (in
     * {@code target/classes}) that Jackson reads through an annotation ({@code @JsonSerialize},
     * {@code @JsonDeserialize} or a {@code @JsonCreator} factory) or without one, as records, other than enums,
     * interfaces and generated {@code Immutable…} classes.
     *
     * @param moduleName  the module's name, such as {@code org.coproduction.core}
     * @return the class names, sorted
     */
    public static Set<String> publicJsonTypes(String moduleName) {
        return PersonalDataRules.publicClasses(PersonalDataRules.exportedPackages(moduleName)).stream()
                .filter(JsonCoverage::isJsonType).map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isJsonType(Class<?> type) {
        return !type.isEnum() && !type.isInterface() && !type.getSimpleName().startsWith("Immutable")
                && (type.isRecord() || type.isAnnotationPresent(JsonSerialize.class) || type.isAnnotationPresent(JsonDeserialize.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(JsonCreator.class)));
    }

    /**
     * Round-trips a value through JSON, checks it equal and written the same again (see
     * {@link JsonRoundTrip#assertRoundTrip}), and notes every library type inside the value read back.
     *
     * @param value  the value, not null
     * @return the value read back
     */
    @SuppressWarnings("unchecked")
    public Object roundTrip(Object value) {
        Object back = assertRoundTrip(value, (Class<Object>) value.getClass());
        reach(back, 0);
        return back;
    }

    /**
     * Notes a type as reached without a round trip here, for a type whose values are checked equal inside
     * another value's round trip but that is not public.
     *
     * @param type  the type
     */
    public void assume(Class<?> type) {
        reached.add(type.getName());
    }

    /**
     * The library types reached so far (class names, with their library superclasses).
     *
     * @return the names, sorted, a copy
     */
    public Set<String> reached() {
        return new TreeSet<>(reached);
    }

    /**
     * The given types that were not reached.
     *
     * @param types  class names, such as {@link #publicJsonTypes(String)}
     * @return those not reached, sorted
     */
    public Set<String> missing(Collection<String> types) {
        return types.stream().filter(t -> !reached.contains(t)).collect(Collectors.toCollection(TreeSet::new));
    }

    private void reach(Object value, int depth) {
        if (value == null || depth > MAX_DEPTH || !seen.add(value)) {
            return;
        }
        if (value instanceof Optional) {
            ((Optional<?>) value).ifPresent(v -> reach(v, depth + 1));
            return;
        }
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((k, v) -> {
                reach(k, depth + 1);
                reach(v, depth + 1);
            });
            return;
        }
        if (value instanceof Collection) {
            ((Collection<?>) value).forEach(v -> reach(v, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith("org.coproduction.") || value.getClass().isEnum()) {
            return;
        }
        for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            reached.add(c.getName());
        }
        if (SEEDS != null) {
            writeSeed(value);
        }
        for (Method method : publicFace(value.getClass()).getMethods()) {
            if (method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getReturnType() != void.class && method.getDeclaringClass() != Object.class
                    && Modifier.isPublic(method.getDeclaringClass().getModifiers())
                    && !method.getName().startsWith("with") && !method.getName().startsWith("to")
                    && !method.isAnnotationPresent(JsonIgnore.class)) {
                try {
                    reach(method.invoke(value), depth + 1);
                } catch (ReflectiveOperationException | RuntimeException notAValue) {
                    // A query that needs arguments or refuses is not part of the value.
                }
            }
        }
    }

    /**
     * Writes the value's JSON as {@code <public class name>-<n>.json}, keeping the smallest documents of each type
     * (small seeds make fast fuzzing).
     */
    private static void writeSeed(Object value) {
        String type = publicFace(value.getClass()).getName();
        try {
            String json = org.coproduction.core.json.CoproductionJson.write(value);
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of(SEEDS));
            java.nio.file.Path largest = null;
            for (int n = 1; n <= SEEDS_PER_TYPE; n++) {
                java.nio.file.Path seed = dir.resolve(type + "-" + n + ".json");
                if (!java.nio.file.Files.exists(seed)) {
                    java.nio.file.Files.writeString(seed, json);
                    return;
                }
                String held = java.nio.file.Files.readString(seed);
                if (held.equals(json)) {
                    return;
                }
                if (largest == null || java.nio.file.Files.size(seed) > java.nio.file.Files.size(largest)) {
                    largest = seed;
                }
            }
            if (java.nio.file.Files.size(largest) > json.length()) {
                java.nio.file.Files.writeString(largest, json);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The public class a value is seen through: generated implementations are package-private. */
    private static Class<?> publicFace(Class<?> type) {
        Class<?> face = type;
        while (!Modifier.isPublic(face.getModifiers()) && face.getSuperclass() != null) {
            face = face.getSuperclass();
        }
        return face;
    }
}
