package org.coproduction.examples.cli;

import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.coproduction.examples.schema.SchemaCorpus;

/**
 * Checks a command's JSON output against the schema committed under {@code schemas/} for its document type, with
 * an independent validator (networknt, formats asserted), as the schema tests check the library's documents. A
 * valid output also goes into the schema corpus ({@code target/schema-corpus/valid/<type>/command-*.json}), so
 * that the second validator, ajv, checks the tool's real output too.
 */
final class CommandOutputSchemas {

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
        Set<ValidationMessage> problems = SchemaCorpus.validate(type, json);
        if (problems.isEmpty()) {
            SchemaCorpus.write(true, type, "command-" + Integer.toHexString(json.hashCode()), json);
        }
        return problems;
    }
}
