package org.coproduction.assessment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.coproduction.core.testing.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The structure rules of the ladder-assessment module (DESIGN.md, principles 1 and 2, and the module boundaries). */
@AnalyzeClasses(packages = "org.coproduction.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule publicApiNamesNoGeneratedType = ArchitectureRules.noGeneratedTypeInPublicApi();

    @ArchTest
    static final ArchRule dataBindingStaysInJsonPackages = ArchitectureRules.dataBindingOnlyInJsonPackages();

    @ArchTest
    static final ArchRule pureDomainNoInputOutput = ArchitectureRules.noInputOutput();

    @ArchTest
    static final ArchRule pureDomainNoSystemClock = ArchitectureRules.noSystemClock();

    @ArchTest
    static final ArchRule noMutableStaticState = ArchitectureRules.noMutableStaticState();

    @ArchTest
    static final ArchRule publicTypesAreImmutable = ArchitectureRules.publicTypesAreImmutable();

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noPackageCycles("org.coproduction.assessment");

    @ArchTest
    static final ArchRule noDependencyOnMeasures = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.coproduction.measures..")
            .because("ladder-assessment and measures do not depend on each other (DESIGN.md, modules)");

    @ArchTest
    static final ArchRule subpackagesDoNotUseTheEntryPoints = noClasses()
            .that().resideInAPackage("org.coproduction.assessment.*..")
            .should().dependOnClassesThat().resideInAPackage("org.coproduction.assessment")
            .because("the root package holds only the JShell entry points, built on the others");
}
