package org.coproduction.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.testing.EarlyResponsesMigrations;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.json.DocumentVersions;
import org.coproduction.core.json.JsonMigration;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * A module's own migration steps, registered through {@code META-INF/services} (the test provider
 * {@link EarlyResponsesMigrations}), are found and applied by core's static reader, which knows nothing of
 * them.
 */
class MigrationProviderTest {

    private static String versionOneResponses() {
        return CoproductionJson.write(DocumentVersionsTest.forumResponses());
    }

    @Test
    void theModulesStepIsRegisteredAfterTheBuiltInOnes() {
        List<String> steps = DocumentVersions.registered().stream().map(JsonMigration::toString)
                .collect(Collectors.toList());
        assertEquals(List.of("JsonMigration[Object 0 -> 1]", "JsonMigration[Responses 0 -> 1]"), steps);
    }

    @Test
    void anUnversionedDocumentIsMigratedByTheModulesStep() {
        String unversioned = versionOneResponses().replace("  \"schemaVersion\" : 1,\n", "")
                .replace("\"subject\" :", "\"project\" :");
        assertEquals(DocumentVersionsTest.forumResponses(), CoproductionJson.read(unversioned, Responses.class));
    }

    @Test
    void theStepDoesNotApplyToCurrentDocuments() {
        String current = versionOneResponses().replace("\"subject\" :", "\"project\" :");
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(current, Responses.class));
        assertEquals("project", e.violations().get(0).path());
    }
}
