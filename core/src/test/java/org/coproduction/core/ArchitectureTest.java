package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coproduction.core.testing.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The structure rules of DESIGN.md for the core module. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.coproduction.core");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.coproduction.assessment..",
                "org.coproduction.measures..", "org.coproduction.examples..", "org.coproduction.benchmarks..")
                .check(classes);
    }

    @Test
    void touchesNoFilesNetworkOrDatabase() {
        ArchitectureRules.noInputOutput().check(classes);
    }

    @Test
    void neverReadsTheSystemClock() {
        ArchitectureRules.noSystemClock().check(classes);
    }

    @Test
    void keepsNoMutableStaticState() {
        ArchitectureRules.noMutableStaticState().check(classes);
    }

    @Test
    void publicTypesHaveOnlyFinalFields() {
        ArchitectureRules.publicTypesAreImmutable().check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        ArchitectureRules.noPackageCycles("org.coproduction.core").check(classes);
    }

    @Test
    void domainPackagesDependInOneDirection() {
        // participant, activity and feedback know nothing of projects or the whole record;
        // project knows participants (for governance shares) but not activities or feedback.
        noClasses().that().resideInAnyPackage("..core.participant..", "..core.activity..", "..core.feedback..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.project..", "..core.recording..",
                        "..core.proportionality..")
                .check(classes);
        noClasses().that().resideInAPackage("..core.project..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.activity..", "..core.feedback..",
                        "..core.recording..", "..core.proportionality..")
                .check(classes);
    }

    @Test
    void publicApiNamesNoGeneratedType() {
        ArchitectureRules.noGeneratedTypeInPublicApi().check(classes);
    }

    @Test
    void dataBindingStaysInJsonPackages() {
        ArchitectureRules.dataBindingOnlyInJsonPackages().check(classes);
    }

    @Test
    void theGeneratedTypeRuleFindsALeak() {
        // The activity package with its test classes holds LeakyFixture, whose public method returns a
        // generated class.
        JavaClasses withLeak = new ClassFileImporter().importPackages("org.coproduction.core.activity");
        AssertionError failure = assertThrows(AssertionError.class,
                () -> ArchitectureRules.noGeneratedTypeInPublicApi().check(withLeak));
        assertTrue(failure.getMessage().contains("LeakyFixture.leak"), failure.getMessage());
    }
}
