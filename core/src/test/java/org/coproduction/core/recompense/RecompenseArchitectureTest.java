package org.coproduction.core.recompense;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coproduction.core.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The recompense packages keep the library's structure rules, and have no package cycles. */
class RecompenseArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coproduction.core.recompense");

    @Test
    void isPure() {
        ArchitectureRules.noInputOutput().check(CLASSES);
        ArchitectureRules.noSystemClock().check(CLASSES);
        ArchitectureRules.noMutableStaticState().check(CLASSES);
    }

    /**
     * The hand-written types; the shared rule's test for generated code looks for Immutables' {@code @Generated},
     * which the library's value style leaves out, so the generated {@code Immutable*} classes (immutable by
     * construction, with builder shims) are left out here by name.
     */
    @Test
    void publicTypesAreImmutable() {
        ArchitectureRules.publicTypesAreImmutable().check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/Immutable"))
                .importPackages("org.coproduction.core.recompense"));
    }

    @Test
    void hasNoPackageCycles() {
        ArchitectureRules.noPackageCycles("org.coproduction.core").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.coproduction.core"));
    }
}
