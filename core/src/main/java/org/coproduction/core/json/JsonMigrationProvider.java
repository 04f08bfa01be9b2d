package org.coproduction.core.json;

import java.util.List;
import org.coproduction.core.api.Experimental;

/**
 * Migration steps that a module contributes for its own document types, found with
 * {@link java.util.ServiceLoader} when the library's JSON reader starts, so that core need not know them.
 *
 * <p>A module registers its provider, a public class with a public no-argument constructor, in both ways,
 * so that it is found on the module path and on the class path:
 * <pre>{@code
 * // module-info.java
 * provides org.coproduction.core.json.JsonMigrationProvider with org.example.survey.SurveyMigrations;
 * // META-INF/services/org.coproduction.core.json.JsonMigrationProvider
 * org.example.survey.SurveyMigrations
 * }</pre>
 *
 * <p>Each step must read a version below {@link DocumentVersions#CURRENT}: the schema version is the
 * library's, shared by every document type, so a module that changes its documents' format does so in a
 * release that raises the version, and contributes the step from the version before.
 */
@Experimental
public interface JsonMigrationProvider {

    /**
     * The steps, for the module's own document types.
     *
     * @return the steps, in the order they are to be applied within a version, not null
     */
    List<JsonMigration> migrations();
}
