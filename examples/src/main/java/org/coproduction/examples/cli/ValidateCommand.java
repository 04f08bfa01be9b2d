package org.coproduction.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction validate}: checks JSON documents against the library's rules. As text, each problem is
 * a line on standard error; with {@code --format json}, standard output is one JSON object per run, listing
 * each file with its problems as objects ({@code path}, {@code rule}, {@code value}) for another program to
 * read. Either way the exit code is 1 when any file is invalid.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check JSON documents against the library's rules; print every problem with its JSON path.",
            "With --format json, print {\"valid\": true|false, \"files\": [{\"file\", \"type\", \"valid\", "
                + "\"problems\": [{\"path\", \"rule\", \"value\"}]}]} on standard output instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid", "1:a file is invalid or cannot be read", "2:wrong command line"})
final class ValidateCommand implements Callable<Integer> {

    @Option(names = {"-t", "--type"}, required = true, converter = DocumentTypeConverter.class,
            description = "The kind of document: ${COMPLETION-CANDIDATES}.", completionCandidates = DocumentTypeNames.class)
    private DocumentType type;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSON files, or - for standard input (the default).")
    private List<String> files = List.of("-");

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        if (format.isJson()) {
            return json();
        }
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

    /** Every file's problems as JSON objects on standard output; exit code 1 if any file is invalid. */
    private int json() {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("valid", true);
        ArrayNode results = result.putArray("files");
        for (String file : files) {
            ObjectNode entry = results.addObject().put("file", file.equals("-") ? "<stdin>" : file).put("type", type.id());
            ArrayNode problems = JsonNodeFactory.instance.arrayNode();
            try {
                Input input = inputFiles.read(file);
                CoproductionJson.read(input.text(), type.javaType());
            } catch (ValidationException e) {
                e.violations().forEach(v -> problems.add(problem(v.path(), v.rule(), v.actual().orElse(null))));
            } catch (InvalidInputException e) {
                // The file could not be read at all: no path inside it.
                problems.add(problem("", e.getMessage().substring(e.getMessage().indexOf(": ") + 2), null));
            }
            entry.put("valid", problems.isEmpty()).set("problems", problems);
            if (!problems.isEmpty()) {
                result.put("valid", false);
            }
        }
        spec.commandLine().getOut().println(result.toPrettyString());
        return result.get("valid").asBoolean() ? 0 : CoproductionCommand.INVALID_INPUT;
    }

    /**
     * One problem: the JSON path ("" for the document as a whole), the rule it breaks, and the value as the
     * message shows it (text without its quotes), or null when it is not shown (personal data, a mistyped id).
     */
    private static ObjectNode problem(String path, String rule, String shown) {
        ObjectNode problem = JsonNodeFactory.instance.objectNode().put("path", path).put("rule", rule);
        if (shown == null) {
            problem.putNull("value");
        } else {
            boolean quoted = shown.length() >= 2 && shown.startsWith("\"") && shown.endsWith("\"");
            problem.put("value", quoted ? shown.substring(1, shown.length() - 1) : shown);
        }
        return problem;
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
