package org.coproduction.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Checks a module's descriptor: API packages exported, implementation ({@code internal}) packages not. */
public final class ModuleRules {

    private ModuleRules() {
    }

    /**
     * Reads the module compiled into {@code target/classes} of the module under test and checks its exports.
     *
     * @param moduleName  the expected module name
     */
    public static void assertExportsApiButNotInternals(String moduleName) {
        ModuleReference module = ModuleFinder.of(Path.of("target", "classes")).find(moduleName)
                .orElseThrow(() -> new AssertionError("No module " + moduleName + " in target/classes"));
        ModuleDescriptor descriptor = module.descriptor();
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> api = descriptor.packages().stream().filter(p -> !p.contains(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(exported.stream().noneMatch(p -> p.contains(".internal")), "internal packages exported: " + exported);
        assertEquals(api, exported, "every API package, and only those, is exported");
    }
}
