package org.coproduction.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coproduction validate}: checks JSON documents against the library's rules. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check JSON documents against the library's rules; print every problem with its JSON path.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = {"-t", "--type"}, required = true, converter = DocumentTypeConverter.class,
            description = "The kind of document: ${COMPLETION-CANDIDATES}.", completionCandidates = DocumentTypeNames.class)
    private DocumentType type;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON files, or - for standard input (the default).")
    private List<String> files = List.of("-");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        StringBuilder problems = new StringBuilder();
        for (String file : files) {
            try {
                Input input = inputFiles.read(file);
                CoproductionCommand.readDocument(input, type.javaType());
                spec.commandLine().getOut().println(input.name() + ": valid " + type.id());
            } catch (InvalidInputException e) {
                problems.append(problems.length() == 0 ? "" : "\n").append(e.getMessage());
            }
        }
        if (problems.length() > 0) {
            throw new InvalidInputException(problems.toString());
        }
        return 0;
    }

    /** Reads {@code --type} values, naming the known types when a value is unknown. */
    static final class DocumentTypeConverter implements CommandLine.ITypeConverter<DocumentType> {
        @Override
        public DocumentType convert(String value) {
            try {
                return DocumentType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The names of the document types, for help and completion. */
    static final class DocumentTypeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(DocumentType.values()).map(DocumentType::id).iterator();
        }
    }
}
