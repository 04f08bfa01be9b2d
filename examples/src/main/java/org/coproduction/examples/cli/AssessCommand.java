package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Dimension;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.assessment.placement.AnswerExplanation;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.assessment.placement.DimensionResult;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.assessment.placement.GapStep;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction assess}: places a project on the ladder from its answers to an instrument, says what
 * holds it back and what it would take to reach the next rung (or {@code --target}).
 *
 * <p>An unknown {@code --target} rung is invalid input (exit code 1), because which rungs exist depends on the
 * instrument's ladder, which is itself input.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Place a project on the ladder from its answers (a JSON responses document, or a CSV with "
                + "--csv), say what holds it back and what it would take to reach the next rung.",
            "CSV layout: a header line with the columns dimension,answer (any order, other columns ignored); one row "
                + "per dimension: the dimension id (or the question id when a dimension has several questions) and "
                + "the chosen option id; an empty answer leaves the question unanswered; lines starting with # are "
                + "comments."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input, including a --target rung the instrument's ladder does not have",
            "2:wrong command line"})
final class AssessCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "Responses (JSON, or CSV with --csv), or - for "
            + "standard input (the default).")
    private String file = "-";

    @Option(names = "--csv", description = "Read FILE as a CSV with the columns dimension,answer.")
    private boolean csv;

    @Option(names = "--subject", paramLabel = "ID", description = "The project the CSV answers are about "
            + "(default: the file name without its extension).")
    private String subject;

    @Option(names = {"-i", "--instrument"}, paramLabel = "FILE",
            description = "A council's own instrument as JSON (default: the TLAP instrument, tlap-default).")
    private String instrumentFile;

    @Option(names = {"-t", "--target"}, paramLabel = "RUNG",
            description = "The rung to reach, such as co-production (default: the rung above the placement).")
    private String target;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        Assessor assessor = instrumentFile == null ? Assessments.tlapAssessor()
                : Assessor.of(CoproductionCommand.readDocument(inputFiles.read(instrumentFile), Instrument.class));
        Instrument instrument = assessor.instrument();
        Optional<RungDefinition> targetRung = Optional.ofNullable(target).map(id -> targetRung(instrument, id));
        Responses responses = csv ? fromCsv(instrument)
                : CoproductionCommand.readDocument(inputFiles.read(file), Responses.class);
        Assessment assessment;
        try {
            assessment = assessor.assess(responses);
        } catch (ValidationException e) {
            throw InvalidInputException.of(Input.name(file), e);
        } catch (IllegalStateException e) {
            throw new InvalidInputException(instrumentFile + ": " + e.getMessage());
        }
        Gap gap = targetRung.map(r -> assessor.gap(assessment, r.id())).orElseGet(() -> assessor.gap(assessment));
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("assessment", assessment);
            result.put("gap", gap);
            out.println(CoproductionJson.write(result));
        } else {
            out.print(text(instrument, assessment, gap));
        }
        return 0;
    }

    private static RungDefinition targetRung(Instrument instrument, String id) {
        try {
            return instrument.ladder().rung(id.strip());
        } catch (NoSuchElementException e) {
            throw new InvalidInputException("--target: the ladder " + instrument.ladder().id() + " has no rung \"" + id
                    + "\"; its rungs are " + instrument.ladder().rungs().stream().map(RungDefinition::id)
                            .collect(Collectors.joining(", ")));
        }
    }

    /** Reads answers from a CSV with the columns {@code dimension,answer}, checking each row against the instrument. */
    private Responses fromCsv(Instrument instrument) {
        String name = Input.name(file);
        Problems problems = new Problems(name);
        Map<String, Answer> answers = new LinkedHashMap<>();
        try (Csv table = Csv.open(inputFiles.open(file), problems)) {
            Map<String, Integer> columns = table.require("dimension", "answer");
            for (Csv.Row row = table.next(); row != null; row = table.next()) {
                answer(instrument, row, columns, answers, problems);
            }
        }
        problems.throwIfAny();
        try {
            return Responses.builder().instrumentId(instrument.id()).subject(subject == null ? subjectOf(name) : subject)
                    .addAllAnswers(answers.values()).build();
        } catch (ValidationException e) {
            throw InvalidInputException.of(name, e);
        }
    }

    /** Checks one row of answers against the instrument and keeps its answer, or adds what is wrong with it. */
    private void answer(Instrument instrument, Csv.Row row, Map<String, Integer> columns, Map<String, Answer> answers,
            Problems problems) {
        String where = Input.name(file) + ": line " + row.line() + ": ";
        String key = row.cells().get(columns.get("dimension")).strip();
        String optionId = row.cells().get(columns.get("answer")).strip();
        Optional<Question> question = questionFor(instrument, key);
        if (question.isEmpty()) {
            problems.add(where + "dimension: the instrument " + instrument.id() + " has no dimension \"" + key
                    + "\" with one question, nor a question with that id; its dimensions are "
                    + instrument.dimensions().stream().map(Dimension::id).collect(Collectors.joining(", ")));
        } else if (optionId.isEmpty()) {
            return;
        } else if (question.get().option(optionId).isEmpty()) {
            problems.add(where + "answer: \"" + optionId + "\" is not an option of " + question.get().id()
                    + "; its options are " + question.get().options().stream().map(o -> o.id())
                            .collect(Collectors.joining(", ")));
        } else if (answers.putIfAbsent(question.get().id(), Answer.of(question.get().id(), optionId)) != null) {
            problems.add(where + "dimension: \"" + key + "\" is answered twice");
        }
    }

    private static Optional<Question> questionFor(Instrument instrument, String key) {
        Optional<Dimension> dimension = instrument.dimensions().stream().filter(d -> d.id().equals(key)).findFirst();
        if (dimension.isPresent() && dimension.get().questions().size() == 1) {
            return Optional.of(dimension.get().questions().get(0));
        }
        return instrument.findQuestion(key);
    }

    private static String subjectOf(String inputName) {
        if (inputName.equals("<stdin>")) {
            return "project";
        }
        String name = java.nio.file.Path.of(inputName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String text(Instrument instrument, Assessment assessment, Gap gap) {
        StringBuilder text = new StringBuilder();
        text.append(assessment).append('\n');
        text.append(assessment.summary()).append('\n');
        text.append("\nWhy (").append(instrument.name()).append("):\n");
        for (DimensionResult dimension : assessment.dimensions()) {
            text.append("  ").append(dimension.name()).append(dimension.core() ? "" : " (supporting)").append(": ")
                    .append(dimension.supports().map(RungDefinition::name).orElse("not enough evidence")).append('\n');
            for (AnswerExplanation answer : dimension.answers()) {
                text.append("    ").append(answer.question()).append(" ").append(answer.answer()).append(" -> ")
                        .append(answer.supports().name()).append('\n');
            }
            for (String unanswered : dimension.unanswered()) {
                text.append("    unanswered: ").append(unanswered).append('\n');
            }
        }
        text.append("\nHolding the project back: ");
        text.append(assessment.holdingBack().isEmpty() ? "nothing" : assessment.holdingBack().stream()
                .map(id -> assessment.dimension(id).name()).collect(Collectors.joining("; "))).append('\n');
        text.append("\nTo reach ").append(gap.target().name()).append(':');
        if (gap.reached()) {
            text.append(" already reached\n");
        } else {
            text.append('\n');
            for (GapStep step : gap.steps()) {
                text.append("  - ").append(step.dimensionName()).append(": ").append(step.change()).append('\n');
            }
        }
        if (!gap.alsoWorthDoing().isEmpty()) {
            text.append("Also worth doing:\n");
            for (GapStep step : gap.alsoWorthDoing()) {
                text.append("  - ").append(step.dimensionName()).append(": ").append(step.change()).append('\n');
            }
        }
        return text.toString();
    }
}
