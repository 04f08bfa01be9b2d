package org.coproduction.assessment.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.core.json.JsonMigration;
import org.coproduction.core.json.JsonMigrationProvider;

/**
 * A migration provider as the assessment module would contribute one, registered for the tests in
 * {@code META-INF/services}: it supposes that unversioned responses documents named the assessed project
 * {@code project} rather than {@code subject}, and renames the field when it is there.
 */
public final class EarlyResponsesMigrations implements JsonMigrationProvider {

    /** The provider, as {@link java.util.ServiceLoader} creates it. */
    public EarlyResponsesMigrations() {
    }

    @Override
    public List<JsonMigration> migrations() {
        return List.of(JsonMigration.of(Responses.class, 0, EarlyResponsesMigrations::renameProject));
    }

    private static ObjectNode renameProject(ObjectNode document) {
        if (document.has("project") && !document.has("subject")) {
            document.set("subject", document.remove("project"));
        }
        return document;
    }
}
