package org.coproduction.core.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.coproduction.core.api.Experimental;

/**
 * One step that brings a document written by an older version of the library up to the next schema
 * version, working on the JSON tree before it is read into a value. Reading a document of version
 * {@code n} applies, in order, every step from {@code n} up to {@link DocumentVersions#CURRENT}.
 *
 * <pre>{@code
 * // a hypothetical later version renamed "title" to "name" in ladder documents
 * JsonMigration rename = JsonMigration.of(Ladder.class, 1, document -> {
 *     document.set("name", document.remove("title"));
 *     return document;
 * });
 * }</pre>
 *
 * <p>A step applies to documents read as {@link #documentType()} or any of its subtypes, so a step for
 * {@code Object.class} applies to every document.
 */
@Experimental
public interface JsonMigration {

    /**
     * The type of document this step changes, such as {@code Ladder.class}.
     *
     * @return the document type, not null
     */
    Class<?> documentType();

    /**
     * The schema version this step reads; it produces version {@code fromVersion() + 1}.
     *
     * @return the version read, at least 0
     */
    int fromVersion();

    /**
     * Changes the document from {@link #fromVersion()} to the next version. The document has no
     * {@value DocumentVersions#FIELD} field; the step may change it in place and return it.
     *
     * @param document  the top-level JSON object, not null
     * @return the document in the next version, not null
     */
    ObjectNode migrate(ObjectNode document);

    /**
     * A step from the given function.
     *
     * @param documentType  the type of document it changes, not null
     * @param fromVersion  the version it reads, at least 0
     * @param step  the change, not null
     * @return the step, not null
     * @throws IllegalArgumentException if {@code fromVersion} is negative
     */
    static JsonMigration of(Class<?> documentType, int fromVersion, UnaryOperator<ObjectNode> step) {
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(step, "step");
        if (fromVersion < 0) {
            throw new IllegalArgumentException("fromVersion: must be at least 0, was " + fromVersion);
        }
        return new JsonMigration() {
            @Override
            public Class<?> documentType() {
                return documentType;
            }

            @Override
            public int fromVersion() {
                return fromVersion;
            }

            @Override
            public ObjectNode migrate(ObjectNode document) {
                return Objects.requireNonNull(step.apply(document), "a migration step returned null");
            }

            @Override
            public String toString() {
                return "JsonMigration[" + documentType.getSimpleName() + " " + fromVersion + " -> " + (fromVersion + 1) + "]";
            }
        };
    }
}
