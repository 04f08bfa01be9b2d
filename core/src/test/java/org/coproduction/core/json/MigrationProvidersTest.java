package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.coproduction.core.ladder.Ladder;
import org.junit.jupiter.api.Test;

/** Steps contributed by other modules join the built-in ones in a fixed order, and must fit this library. */
class MigrationProvidersTest {

    /** A provider as another module would write one. */
    static final class Later implements JsonMigrationProvider {
        @Override
        public List<JsonMigration> migrations() {
            return List.of(JsonMigration.of(Ladder.class, 0, document -> document));
        }
    }

    /** A provider whose class name sorts before {@link Later}'s. */
    static final class Earlier implements JsonMigrationProvider {
        @Override
        public List<JsonMigration> migrations() {
            return List.of(JsonMigration.of(Ladder.class, 0, document -> document.put("earlier", true)));
        }
    }

    /** A provider made for a library whose documents are at a newer version. */
    static final class TooNew implements JsonMigrationProvider {
        @Override
        public List<JsonMigration> migrations() {
            return List.of(JsonMigration.of(Ladder.class, DocumentVersions.CURRENT, document -> document));
        }
    }

    @Test
    void builtInStepsComeFirstThenProvidersByClassName() {
        List<JsonMigrationProvider> found = List.of(new Later(), new Earlier());
        List<JsonMigration> steps = DocumentVersions.withProviders(found);
        assertEquals(DocumentVersions.builtIn().size() + 2, steps.size());
        assertEquals(Object.class, steps.get(0).documentType());
        assertTrue(steps.get(1).migrate(new com.fasterxml.jackson.databind.node.ObjectNode(
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance)).has("earlier"),
                "the provider whose class name sorts first comes first");
    }

    @Test
    void aStepForAVersionThisLibraryDoesNotHaveIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DocumentVersions.withProviders(List.of(new TooNew())));
        assertEquals(TooNew.class.getName() + " contributes JsonMigration[Ladder 1 -> 2], but this library's "
                + "documents are at version 1: the step needs a newer version of the library", e.getMessage());
    }

    @Test
    void coreRegistersNoProviderOfItsOwn() {
        // Core's own steps are built in; on core's class path no module contributes any.
        assertEquals(DocumentVersions.builtIn().size(), DocumentVersions.registered().size());
    }
}
