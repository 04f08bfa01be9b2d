package org.coproduction.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.examples.report.AnnualReport;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.table.Tables;
import org.coproduction.core.participant.DemographicAttribute;
import org.coproduction.core.value.EnumIds;
import org.coproduction.measures.representation.ReferencePopulation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coproduction report}: a council's annual co-production report for a period, as an accessible HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a council's co-production report for a period from its record (JSON) as one "
                + "self-contained, accessible HTML page (index.html in the --out folder): a plain-English summary, "
                + "each project's rung and next steps, the \"you said, this led to, which resulted in\" table, who "
                + "took part, recompense totals, measures with charts, and sources.",
            "",
            "Example:",
            "  coproduction report examples/samples/record.json --from 2025-04-01 --to 2026-03-31 --out report/ \\",
            "      --responses examples/samples/responses.json --policy nihr"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "1:invalid input (a file missing or breaking a rule; a line "
                + "per problem on standard error)", "2:wrong command line (such as a date not in YYYY-MM-DD form)",
            "3:unexpected failure"})
final class ReportCommand implements Callable<Integer> {

    /** At most one of a preset policy or a policy file. */
    static final class PolicyChoice {
        @Option(names = {"-p", "--policy"}, required = true, converter = RecompenseCommand.PresetConverter.class,
                description = "A shipped policy for the recompense totals: ${COMPLETION-CANDIDATES}.",
                completionCandidates = RecompenseCommand.PresetNames.class)
        private RecompenseCommand.Preset preset;

        @Option(names = "--policy-file", required = true, paramLabel = "FILE",
                description = "A council's own policy as JSON (see: coproduction schema policy).")
        private String file;
    }

    @Parameters(index = "0", paramLabel = "RECORD", description = "The co-production record (JSON), or - for standard input.")
    private String recordFile;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "First day of the period (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE",
            description = "Last day of the period, inclusive (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = {"-o", "--out"}, defaultValue = "report", paramLabel = "DIR",
            description = "The folder for index.html (default: ${DEFAULT-VALUE}); made if missing.")
    private Path out;

    @Option(names = "--council", paramLabel = "NAME", description = "The council's name (default: the record's title).")
    private String council;

    @Option(names = "--responses", paramLabel = "FILE", description = "Answers to the ladder's questions about one "
            + "project (JSON; the subject is the project's id). Repeat for more projects.")
    private List<String> responses = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private PolicyChoice policy;

    @Option(names = "--survey", paramLabel = "CSV", description = "Adult Social Care Survey returns (CSV with the "
            + "columns recordId,weight,q1,q3a,q4a,q5a,q6a,q7a,q8a,q9a,q11,q12).")
    private String survey;

    @Option(names = "--population", paramLabel = "FILE", description = "The local population's shares by one "
            + "attribute (JSON, as `measure representation --population` reads), to compare the people who took "
            + "part with.")
    private String populationFile;

    @Option(names = "--population-by", paramLabel = "ATTRIBUTE", defaultValue = "age-band",
            converter = AttributeConverter.class, description = "What the population file's groups are: age-band, "
            + "ethnicity, disability, sexual-orientation, gender-identity, carer or area (default: ${DEFAULT-VALUE}).")
    private DemographicAttribute populationBy;

    /** Reads a demographic attribute from its identifier, such as {@code age-band}. */
    static final class AttributeConverter implements CommandLine.ITypeConverter<DemographicAttribute> {
        @Override
        public DemographicAttribute convert(String value) {
            return EnumIds.find(DemographicAttribute.class, value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "\"" + value + "\" is not one of " + EnumIds.allowed(DemographicAttribute.class)));
        }
    }

    @Option(names = "--illustrative", paramLabel = "TEXT",
            description = "Mark the report as illustrative at the top, saying which data are made up.")
    private String illustrative;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to (" + to + ") is before --from (" + from + ")");
        }
        Input input = inputFiles.read(recordFile);
        CoproductionRecord record = CoproductionCommand.readDocument(input, CoproductionRecord.class);
        AnnualReport report = AnnualReport.of(record, from, to);
        if (council != null) {
            report = report.withCouncil(council);
        }
        for (String file : responses) {
            Responses answers = CoproductionCommand.readDocument(inputFiles.read(file), Responses.class);
            if (record.project(answers.subject()).isEmpty()) {
                throw new InvalidInputException(file + ": subject: must be a project of the record, was \""
                        + answers.subject() + "\"");
            }
            report = report.withAssessment(assess(file, answers));
        }
        if (policy != null) {
            report = report.withPolicy(policy.preset != null ? policy.preset.policy()
                    : CoproductionCommand.readDocument(inputFiles.read(policy.file), RecompensePolicy.class));
        }
        if (survey != null) {
            report = report.withSurvey(readSurvey(survey));
        }
        if (populationFile != null) {
            report = report.withPopulation(populationBy, CoproductionCommand.readDocument(inputFiles.read(populationFile),
                    ReferencePopulation.class));
        }
        if (illustrative != null) {
            report = report.withIllustrativeNote(illustrative);
        }
        Path page;
        try {
            page = write(report);
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
        print(report, page);
        return 0;
    }

    private static Assessment assess(String file, Responses answers) {
        try {
            return Assessments.tlapAssessor().assess(answers);
        } catch (ValidationException e) {
            throw InvalidInputException.of(file, e);
        }
    }

    /** The survey's answers, read straight from the file (checked as UTF-8 as it is read) into the accumulator. */
    private org.coproduction.measures.survey.AscsResult readSurvey(String file) {
        try (Utf8Reader csv = inputFiles.open(file)) {
            AscsAccumulator accumulator = new AscsAccumulator();
            Tables.ascsResponses(csv).forEach(accumulator::add);
            return accumulator.result();
        } catch (ValidationException e) {
            throw InvalidInputException.of(Input.name(file), e);
        } catch (IOException e) {
            throw new InvalidInputException(Input.name(file) + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private Path write(AnnualReport report) {
        String html = report.toHtml();
        try {
            Files.createDirectories(out);
            Path page = out.resolve("index.html");
            try (Writer writer = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
                writer.write(html);
            }
            return page;
        } catch (IOException e) {
            throw new InvalidInputException(out + ": cannot write the report there (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(out + ": cannot write the report there (" + e.getCause().getMessage() + ")");
        }
    }

    private void print(AnnualReport report, Path page) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (format.isJson()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("page", page.toString());
            result.put("from", from.toString());
            result.put("to", to.toString());
            result.put("summary", report.summary());
            stdout.println(CoproductionJson.write(result));
        } else {
            report.summary().forEach(stdout::println);
            stdout.println();
            stdout.println("Report written to " + page);
        }
    }
}
