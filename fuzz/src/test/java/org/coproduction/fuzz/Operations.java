package org.coproduction.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.NoSuchElementException;
import org.coproduction.core.validation.ValidationException;

/**
 * Calls every query of a library value that takes no arguments (its public methods other than
 * {@code Object}'s, {@code toString()} and {@code hashCode()} included): each must give a result or refuse
 * with the library's {@link ValidationException}. Anything else is a finding, thrown as it was thrown.
 */
final class Operations {

    /**
     * Queries that refuse by design, with the exception their Javadoc names: {@code PartialDate.toLocalDate()}
     * has no day to give when only the month or year is known.
     */
    private static final Map<String, Class<? extends RuntimeException>> DOCUMENTED_REFUSALS =
            Map.of("PartialDate.toLocalDate", NoSuchElementException.class);

    private Operations() {
    }

    /**
     * Calls every public query without arguments of a value.
     *
     * @param value  a library value
     */
    static void exercise(Object value) {
        for (Method method : publicFace(value.getClass()).getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class && !method.getName().equals("toString")
                    && !method.getName().equals("hashCode")) {
                continue;
            }
            try {
                method.invoke(value);
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                if (thrown instanceof ValidationException && !((ValidationException) thrown).violations().isEmpty()) {
                    continue;
                }
                String name = publicFace(value.getClass()).getSimpleName() + "." + method.getName();
                if (DOCUMENTED_REFUSALS.getOrDefault(name, NotRefused.class).isInstance(thrown)) {
                    continue;
                }
                throw new AssertionError(publicFace(value.getClass()).getSimpleName() + "." + method.getName()
                        + "() threw " + thrown.getClass().getName(), thrown);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Stands for no documented refusal. */
    private static final class NotRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /**
     * Checks a result the library computed: every query of it gives a result or a {@link ValidationException},
     * and, if it is of a type the library reads, it survives a JSON round trip.
     *
     * @param result  a result, or null when the operation refused (nothing is checked)
     */
    @SuppressWarnings("unchecked")
    static void exerciseResult(Object result) {
        if (result == null) {
            return;
        }
        exercise(result);
        Class<?> face = publicFace(result.getClass());
        if (ReadableTypes.TABLE.contains(face)) {
            Documents.roundTrips(result, (Class<Object>) face);
        }
    }

    /**
     * Whether values of a class compare by their contents: accumulators, which are mutable, do not, and their
     * JSON is compared instead.
     *
     * @param type  the class of a value
     * @return true if the class or a library superclass overrides {@code equals}
     */
    static boolean hasOwnEquality(Class<?> type) {
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public class a value is seen through: generated implementations are package-private. */
    static Class<?> publicFace(Class<?> type) {
        Class<?> face = type;
        while (!Modifier.isPublic(face.getModifiers()) && face.getSuperclass() != null) {
            face = face.getSuperclass();
        }
        return face;
    }
}
