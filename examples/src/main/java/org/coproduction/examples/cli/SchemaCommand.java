package org.coproduction.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.coproduction.examples.schema.JsonSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coproduction schema}: prints or writes the JSON Schema of a document type. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of a document type, or write every schema to a folder.")
final class SchemaCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TYPE", converter = ValidateCommand.DocumentTypeConverter.class,
            description = "The kind of document: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ValidateCommand.DocumentTypeNames.class)
    private DocumentType type;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write <type>.schema.json for every type here.")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out == null && type == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Name a TYPE, or use --out DIR for all of them");
        }
        if (out == null) {
            spec.commandLine().getOut().println(JsonSchemas.schemaOf(type.javaType()).toPrettyString());
            return 0;
        }
        for (Path file : SchemaFiles.write(out, type == null ? List.of(DocumentType.values()) : List.of(type))) {
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }
}
