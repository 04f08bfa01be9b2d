package org.coproduction.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JShell start-up script imports every package the library's modules export, and nothing else. */
class StartupScriptTest {

    private static final Set<String> LIBRARY_MODULES = Set.of("org.coproduction.core", "org.coproduction.assessment",
            "org.coproduction.measures");

    @Test
    void importsTheWholePublicApi() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path[] entries = Arrays.stream(classPath.split(File.pathSeparator)).map(Path::of)
                .filter(p -> p.toString().contains("coproduction") || p.toString().contains("/core/")
                        || p.toString().contains("/measures/") || p.toString().contains("/ladder-assessment/"))
                .toArray(Path[]::new);
        Set<String> exported = new TreeSet<>();
        ModuleFinder.of(entries).findAll().stream()
                .map(reference -> reference.descriptor())
                .filter(descriptor -> LIBRARY_MODULES.contains(descriptor.name()))
                .forEach(descriptor -> descriptor.exports().stream()
                        .filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source)
                        .forEach(exported::add));
        Set<String> imported = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^import (org\\.coproduction[a-z.]*)\\.\\*;").matcher(Files.readString(Path.of("jshell", "startup.jsh")));
        while (m.find()) {
            imported.add(m.group(1));
        }
        assertEquals(exported, imported);
    }
}
