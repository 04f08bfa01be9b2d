package org.coproduction.examples.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.examples.cli.DocumentType;
import org.coproduction.examples.cli.SchemaFiles;

/**
 * The documents the schema tests check, written to {@code target/schema-corpus} so that a second, independent
 * validator (ajv, run by {@code .ci/run} through {@code tools/schema-check}) checks the very same files:
 * {@code valid/<type>/<name>.json} must be accepted by {@code schemas/<type>.schema.json}, and
 * {@code invalid/<type>/<name>.json} refused.
 */
public final class SchemaCorpus {

    /** Where the corpus is written, relative to the examples module. */
    static final Path FOLDER = Path.of("target", "schema-corpus");

    /** The committed schema files, relative to the examples module. */
    static final Path COMMITTED = Path.of("..", "schemas");

    private SchemaCorpus() {
    }

    /**
     * Removes the documents of some types from the valid or the invalid half of the corpus, so that no file from
     * an earlier run is checked.
     *
     * @param valid  which half
     * @param types  the document types whose folders are removed
     */
    static void clear(boolean valid, Collection<DocumentType> types) {
        for (DocumentType type : types) {
            Path folder = FOLDER.resolve(valid ? "valid" : "invalid").resolve(type.id());
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Writes one document of the corpus.
     *
     * @param valid  whether the schema must accept it
     * @param type  the document type whose schema checks it
     * @param name  the file name without {@code .json}
     * @param json  the document
     */
    public static void write(boolean valid, DocumentType type, String name, String json) {
        Path file = FOLDER.resolve(valid ? "valid" : "invalid").resolve(type.id()).resolve(name + ".json");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a document against the committed schema of its type with networknt, checking formats
     * ({@code date}, {@code uri}…) as well as structure: networknt only annotates formats by default.
     *
     * @param type  the document type
     * @param json  the document
     * @return the problems, empty when valid
     */
    public static Set<ValidationMessage> validate(DocumentType type, String json) {
        try {
            JsonNode document = CoproductionJson.mapper().readTree(json);
            return schema(type).validate(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(DocumentType type) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(COMMITTED.resolve(SchemaFiles.fileName(type))), config);
    }
}
