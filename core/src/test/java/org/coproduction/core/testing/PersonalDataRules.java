package org.coproduction.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that no public method of a module's exported types hands out one person's demographic attributes:
 * only {@code Demographics} itself (and its generated class and builder, which give back what their caller
 * built) may return a {@code Demographics}.
 */
public final class PersonalDataRules {

    private static final Pattern DEMOGRAPHICS =
            Pattern.compile("org\\.coproduction\\.core\\.participant\\.(Immutable)?Demographics\\b");

    private PersonalDataRules() {
    }

    /**
     * The exported packages of the module compiled into {@code target/classes}.
     *
     * @param moduleName  the module's name
     * @return the package names, not empty
     */
    public static List<String> exportedPackages(String moduleName) {
        ModuleDescriptor descriptor = ModuleFinder.of(Path.of("target", "classes")).find(moduleName)
                .orElseThrow(() -> new AssertionError("No module " + moduleName + " in target/classes")).descriptor();
        return descriptor.exports().stream().map(ModuleDescriptor.Exports::source).sorted().collect(Collectors.toList());
    }

    /**
     * The public classes of the given packages (main classes only).
     *
     * @param packages  the package names
     * @return the classes, loaded, not null
     */
    public static List<Class<?>> publicClasses(Collection<String> packages) {
        List<Class<?>> classes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages)) {
            if (packages.contains(c.getPackageName())) {
                Class<?> loaded = c.reflect();
                if (Modifier.isPublic(loaded.getModifiers())) {
                    classes.add(loaded);
                }
            }
        }
        return classes;
    }

    /**
     * The public methods of the given classes whose result type mentions {@code Demographics}, other than
     * those of {@code Demographics}, its generated class and its builder.
     *
     * @param classes  the classes to look at
     * @return the offending methods, as text, empty when none
     */
    public static List<String> methodsReturningDemographics(Collection<Class<?>> classes) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes) {
            Class<?> outer = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
            if (DEMOGRAPHICS.matcher(outer.getName()).matches()) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (DEMOGRAPHICS.matcher(method.getGenericReturnType().getTypeName()).find()) {
                    found.add(type.getName() + "." + method.getName() + " returns "
                            + method.getGenericReturnType().getTypeName());
                }
            }
        }
        return found;
    }
}
