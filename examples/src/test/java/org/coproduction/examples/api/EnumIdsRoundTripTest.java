package org.coproduction.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.core.value.EnumIds;
import org.coproduction.measures.agreement.Metric;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every public enumeration in the packages the library's modules export is written and read by the one
 * kebab-case rule: reading a constant's identifier gives the constant back, and an enumeration's own
 * {@code id()} and {@code parse} agree with {@link EnumIds}. The enumerations are found by listing the
 * classes of each module's exported packages, read from its module descriptor, so a new enumeration is
 * covered without being named here.
 */
class EnumIdsRoundTripTest {

    /** One class from each module with a module descriptor: core, ladder-assessment, measures. */
    private static final List<Class<?>> MODULE_ANCHORS = List.of(EnumIds.class, Perspective.class, Metric.class);

    @Test
    @DisplayName("parse(id(c)) == c for every constant of every exported enumeration, and its own id and parse agree")
    void everyConstantRoundTrips() throws Exception {
        List<Class<?>> enums = exportedEnums();
        Set<String> names = enums.stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        // The scan must reach all three modules, or the loop below would pass vacuously.
        assertTrue(names.containsAll(Set.of("Rung", "ParticipantRole", "Perspective", "Metric", "Level")), names::toString);

        for (Class<?> type : enums) {
            Method ownId = publicMethod(type, "id");
            Method ownParse = staticParse(type);
            for (Object constant : type.getEnumConstants()) {
                Enum<?> c = (Enum<?>) constant;
                String id = EnumIds.id(c);
                assertSame(c, parse(type, id), type.getName() + " " + id);
                if (ownId != null) {
                    assertEquals(id, ownId.invoke(c), type.getName() + ".id()");
                }
                if (ownParse != null) {
                    assertSame(c, ownParse.invoke(null, id), type.getName() + ".parse(\"" + id + "\")");
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String id) {
        return EnumIds.parse((Class) type, id, type.getSimpleName());
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            Method m = type.getMethod(name);
            return m.getReturnType() == String.class && !Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static Method staticParse(Class<?> type) {
        for (Class<?> parameter : new Class<?>[] {CharSequence.class, String.class}) {
            try {
                Method m = type.getMethod("parse", parameter);
                if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next parameter type
            }
        }
        return null;
    }

    private static List<Class<?>> exportedEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> enums = new ArrayList<>();
        for (Class<?> anchor : MODULE_ANCHORS) {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            ModuleReference module = ModuleFinder.of(location).findAll().iterator().next();
            Set<String> exported = module.descriptor().exports().stream()
                    .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            try (ModuleReader reader = module.open()) {
                for (String resource : reader.list().filter(r -> r.endsWith(".class")).toList()) {
                    String className = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                    int dot = className.lastIndexOf('.');
                    if (dot < 0 || !exported.contains(className.substring(0, dot))) {
                        continue;
                    }
                    Class<?> type = Class.forName(className, false, anchor.getClassLoader());
                    if (type.isEnum() && isPublicAllTheWay(type)) {
                        enums.add(type);
                    }
                }
            }
        }
        return enums;
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
