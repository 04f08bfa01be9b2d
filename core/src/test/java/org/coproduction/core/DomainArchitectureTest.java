package org.coproduction.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coproduction.core.testing.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure rules of the core module's domain packages. */
class DomainArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        // The value style allows only @Override on generated code, so Immutables adds no @Generated marker
        // that ArchitectureRules.GENERATED could see; its Immutable* classes (lazy caches included) are left out
        // here by file name instead.
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/Immutable"))
                .importPackages("org.coproduction.core");
    }

    @Test
    void pureImmutableAndAcyclic() {
        ArchitectureRules.noInputOutput().check(core);
        ArchitectureRules.noSystemClock().check(core);
        ArchitectureRules.noMutableStaticState().check(core);
        ArchitectureRules.publicTypesAreImmutable().check(core);
        ArchitectureRules.noPackageCycles("org.coproduction.core").check(core);
    }

    @Test
    void packagesDependInOneDirection() {
        // participant, activity and feedback know nothing of projects or the whole record;
        // project knows participants (for governance shares) but not activities or feedback.
        noClasses().that().resideInAnyPackage("..core.participant..", "..core.activity..", "..core.feedback..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.project..", "..core.recording..",
                        "..core.proportionality..")
                .check(core);
        noClasses().that().resideInAPackage("..core.project..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.activity..", "..core.feedback..",
                        "..core.recording..", "..core.proportionality..")
                .check(core);
    }
}
