package org.coproduction.core.json;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.coproduction.core.api.Stable;

/**
 * Schema versions of the library's JSON documents.
 *
 * <p>Every top-level JSON object written by {@link CoproductionJson#write(Object)} starts with
 * {@code "schemaVersion": }{@value #CURRENT}; values nested inside it carry no version. Reading a
 * top-level object looks at that field:
 * <ul>
 *   <li>missing: version 0, a document written before documents were versioned (the same fields as
 *       version 1), read through the migrations;</li>
 *   <li>an older version: brought up to date by the registered {@link JsonMigration} steps, one version
 *       at a time, then read;</li>
 *   <li>{@value #CURRENT}: read as it is;</li>
 *   <li>a newer version: refused with {@code schemaVersion: must be at most 1 (this library reads
 *       documents up to version 1), was 2}, never half-read.</li>
 * </ul>
 * Documents that are not JSON objects (a bare rung id, an array) carry no version.
 *
 * <p>Modules other than core contribute steps for their own document types through
 * {@link JsonMigrationProvider}; {@link #registered()} lists every step in force.
 *
 * <p>History: version 0 is the format of the first releases; version 1 adds only the version field
 * (the built-in step from 0 to 1 changes nothing else).
 */
@Stable
public final class DocumentVersions {

    /** The schema version this library writes and the newest it reads. */
    public static final int CURRENT = 1;

    /** The name of the field that holds the version in a top-level document. */
    public static final String FIELD = "schemaVersion";

    /**
     * The built-in step from version 0 to 1, which changes nothing: readers need no JSON tree for it and
     * read such documents as they stream past.
     */
    static final JsonMigration UNCHANGED_FIELDS = JsonMigration.of(Object.class, 0, document -> document);

    private DocumentVersions() {
    }

    /**
     * The migration steps built into the library: version 0 to 1 for every document type, which leaves
     * the fields as they are (version 1 differs from version 0 only by carrying its version).
     *
     * @return the steps, in the order they are applied, not null
     */
    public static List<JsonMigration> builtIn() {
        return List.of(UNCHANGED_FIELDS);
    }

    /**
     * Every step the library's readers apply: the {@link #builtIn()} ones, then those contributed by the
     * modules present through {@link JsonMigrationProvider} (module path or class path), providers in the
     * order of their class names so that the order never depends on how the application was packaged.
     *
     * @return the steps, in the order they are applied within a version, not null
     * @throws IllegalStateException if a provider's step reads a version this library does not have (a
     *     provider made for a newer library), naming the provider and the step
     * @throws java.util.ServiceConfigurationError if a registered provider cannot be loaded
     */
    public static List<JsonMigration> registered() {
        List<JsonMigrationProvider> providers = new ArrayList<>();
        ServiceLoader.load(JsonMigrationProvider.class, JsonMigrationProvider.class.getClassLoader())
                .forEach(providers::add);
        return withProviders(providers);
    }

    /** The built-in steps followed by the providers' steps, providers in the order of their class names. */
    static List<JsonMigration> withProviders(List<JsonMigrationProvider> found) {
        List<JsonMigration> steps = new ArrayList<>(builtIn());
        List<JsonMigrationProvider> providers = new ArrayList<>(found);
        providers.sort(Comparator.comparing(provider -> provider.getClass().getName()));
        for (JsonMigrationProvider provider : providers) {
            for (JsonMigration step : provider.migrations()) {
                if (step.fromVersion() >= CURRENT) {
                    throw new IllegalStateException(provider.getClass().getName() + " contributes " + step
                            + ", but this library's documents are at version " + CURRENT
                            + ": the step needs a newer version of the library");
                }
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }
}
