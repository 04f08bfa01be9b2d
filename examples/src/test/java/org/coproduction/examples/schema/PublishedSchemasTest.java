package org.coproduction.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.examples.cli.DocumentType;
import org.coproduction.examples.cli.SchemaFiles;
import org.junit.jupiter.api.Test;

/**
 * The schema files committed under {@code schemas/} at the repository root are exactly what the generator
 * produces from the Java types now, one per document type; and the committed files themselves accept the
 * sample documents, checked by an independent validator (networknt).
 */
class PublishedSchemasTest {

    private static final Path COMMITTED = Path.of("..", "schemas");
    private static final String REGENERATE = "regenerate them with: bin/coproduction schema --out schemas";

    @Test
    void committedSchemasAreWhatTheTypesGenerate() throws IOException {
        Set<String> expected = Arrays.stream(DocumentType.values()).map(SchemaFiles::fileName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> files = Files.list(COMMITTED)) {
            present = files.map(file -> file.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(expected, present, "schemas/ should hold one file per document type; " + REGENERATE);
        for (DocumentType type : DocumentType.values()) {
            String committed = Files.readString(COMMITTED.resolve(SchemaFiles.fileName(type)));
            assertEquals(SchemaFiles.text(type), committed, () -> "schemas/" + SchemaFiles.fileName(type)
                    + " differs from the schema generated from " + type.javaType().getSimpleName() + "; " + REGENERATE);
        }
    }

    @Test
    void theCommittedFilesAcceptTheSamplesAndRefuseABrokenOne() throws IOException {
        assertEquals(Set.of(), validate(DocumentType.RECORD, Files.readString(Path.of("samples", "record.json"))));
        assertEquals(Set.of(), validate(DocumentType.RESPONSES, Files.readString(Path.of("samples", "responses.json"))));
        assertEquals(Set.of(), validate(DocumentType.LADDER, CoproductionJson.write(Ladders.arnstein())));
        // A rung without its meaning, and a field the reader does not know: both refused by the committed file.
        String broken = CoproductionJson.write(Ladders.iap2()).replace("\"meaning\"", "\"meening\"");
        Set<ValidationMessage> problems = validate(DocumentType.LADDER, broken);
        assertTrue(problems.toString().contains("meening"), problems.toString());
        assertTrue(problems.toString().contains("required property 'meaning' not found"), problems.toString());
    }

    private static Set<ValidationMessage> validate(DocumentType type, String json) throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(COMMITTED.resolve(SchemaFiles.fileName(type))));
        return schema.validate(CoproductionJson.mapper().readTree(json));
    }
}
