package org.coproduction.assessment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.coproduction.core.testing.ApiMarkRules;

/** Every public type of this module says how far a host can rely on it (org.coproduction.core.api). */
@AnalyzeClasses(packages = "org.coproduction.assessment", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiMarksTest {

    @ArchTest
    static final ArchRule everyPublicTypeHasExactlyOneMark = ApiMarkRules.everyPublicTypeHasExactlyOneMark();

    @ArchTest
    static final ArchRule nestedPublicTypesHaveAtMostOneMark = ApiMarkRules.nestedPublicTypesHaveAtMostOneMark();

    @ArchTest
    static final ArchRule publicTypesInInternalPackagesAreMarkedInternal =
            ApiMarkRules.publicTypesInInternalPackagesAreMarkedInternal();
}
