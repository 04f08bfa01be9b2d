package org.coproduction.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Dimension;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.instrument.Question;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction questions}: an instrument's questions with the ids of their answer options, which is
 * what a responses document (or an assess CSV) has to give.
 */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = {"List an instrument's dimensions, questions and answer options with their ids, as a responses "
                + "document or an assess CSV gives them, and the rung each option supports.",
            "With --format json: {\"instrument\", \"ladder\", \"dimensions\": [{\"id\", \"name\", \"core\", \"questions\": "
                + "[{\"id\", \"text\", \"options\": [{\"id\", \"text\", \"supports\"}]}]}]}."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the instrument file is invalid", "2:wrong command line, such as an unknown instrument"})
final class QuestionsCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "INSTRUMENT", description = "A shipped instrument: "
            + Instruments.TLAP_ID + " (the default) or " + Instruments.NEF_ID + ".")
    private String instrumentId = Instruments.TLAP_ID;

    @Option(names = {"-i", "--instrument"}, paramLabel = "FILE", description = "A council's own instrument as JSON instead.")
    private String instrumentFile;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        Instrument instrument = instrumentFile != null
                ? CoproductionCommand.readDocument(inputFiles.read(instrumentFile), Instrument.class) : shipped();
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            out.println(json(instrument).toPrettyString());
        } else {
            out.print(text(instrument));
        }
        return 0;
    }

    private Instrument shipped() {
        try {
            return Instruments.byId(instrumentId.strip());
        } catch (NoSuchElementException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String text(Instrument instrument) {
        StringBuilder text = new StringBuilder();
        text.append(instrument.name()).append(" (").append(instrument.id()).append("), on the ladder ")
                .append(instrument.ladder().id()).append('\n');
        for (Dimension dimension : instrument.dimensions()) {
            text.append('\n').append(dimension.id()).append(": ").append(dimension.name())
                    .append(dimension.core() ? "" : " (supporting)").append('\n');
            for (Question question : dimension.questions()) {
                text.append("  question ").append(question.id()).append(": ").append(question.text()).append('\n');
                for (AnswerOption option : question.options()) {
                    text.append("    ").append(option.id()).append(" -> ").append(option.supports()).append(": ")
                            .append(option.text()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static ObjectNode json(Instrument instrument) {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("instrument", instrument.id())
                .put("ladder", instrument.ladder().id());
        ArrayNode dimensions = root.putArray("dimensions");
        for (Dimension dimension : instrument.dimensions()) {
            ObjectNode d = dimensions.addObject().put("id", dimension.id()).put("name", dimension.name())
                    .put("core", dimension.core());
            ArrayNode questions = d.putArray("questions");
            for (Question question : dimension.questions()) {
                ArrayNode options = questions.addObject().put("id", question.id()).put("text", question.text())
                        .putArray("options");
                for (AnswerOption option : question.options()) {
                    options.addObject().put("id", option.id()).put("text", option.text()).put("supports", option.supports());
                }
            }
        }
        return root;
    }
}
