package org.coproduction.examples.cli;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.coproduction.core.json.CoproductionJson;

/**
 * Checks a command's JSON output against the schema committed under {@code schemas/} for its document type, with
 * an independent validator (networknt, formats asserted), as the schema tests check the library's documents.
 */
final class CommandOutputSchemas {

    /** The committed schema files, relative to the examples module. */
    private static final Path COMMITTED = Path.of("..", "schemas");

    private CommandOutputSchemas() {
    }

    /**
     * The problems the committed schema finds in a command's output.
     *
     * @param type  the output's document type
     * @param json  what the command printed
     * @return the problems, empty when the output is valid
     */
    static Set<ValidationMessage> problems(DocumentType type, String json) {
        try {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(COMMITTED.resolve(SchemaFiles.fileName(type))), config)
                    .validate(CoproductionJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
