package org.coproduction.core.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Finds the class the reader builds for an abstract library value type: the value type's own
 * {@code @JsonCreator} factory where it has one (used where documents come in bulk), otherwise the
 * implementation the annotation processor generated beside it ({@code ImmutableLadder} for
 * {@code Ladder}), which is package-private and never part of the public API.
 */
final class ValueTypes extends AbstractTypeResolver {

    private static final String LIBRARY = "org.coproduction.";

    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
        Class<?> implementation = implementationOf(type.getRawClass());
        return implementation == null ? null : config.getTypeFactory().constructSpecializedType(type, implementation);
    }

    /**
     * The generated implementation the reader builds for a library value type.
     *
     * @param type  a class, not null
     * @return the implementation, or null when the type is read as it is
     */
    static Class<?> implementationOf(Class<?> type) {
        if (!type.getName().startsWith(LIBRARY) || !Modifier.isAbstract(type.getModifiers()) || type.isEnum()
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(ValueTypes::isFactory)) {
            return null;
        }
        try {
            Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
                    type.getClassLoader());
            return type.isAssignableFrom(generated) ? generated : null;
        } catch (ClassNotFoundException notAValueType) {
            return null;
        }
    }

    private static boolean isFactory(Method method) {
        return Modifier.isStatic(method.getModifiers()) && method.isAnnotationPresent(JsonCreator.class);
    }
}
