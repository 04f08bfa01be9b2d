package org.coproduction.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.examples.cli.output.AscsMeasure;
import org.coproduction.examples.cli.output.AscsMeasures;
import org.coproduction.measures.indicator.IndicatorDefinition;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.interval.MeanAccumulator;
import org.coproduction.measures.interval.MeanSummary;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsIndicators;
import org.coproduction.measures.survey.AscsResponse;
import org.coproduction.measures.survey.AscsResult;
import org.coproduction.measures.survey.InformationRule;
import org.coproduction.measures.survey.QualityOfLifeScore;
import org.coproduction.measures.survey.WeightedShare;
import org.coproduction.measures.table.Tables;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction measure ascs}: the Adult Social Care Outcomes Framework measures of a file of Adult Social
 * Care Survey responses ({@link AscsResponse}), with the library's {@link AscsAccumulator}, each with a confidence
 * interval from the library's {@link Intervals} and explained in words. The file is read as a stream, so a large
 * one is never held in memory as JSON lines, and a progress bar can show how far the reading has got.
 */
@Command(name = "ascs", mixinStandardHelpOptions = true,
        description = {"Adult Social Care Survey (ASCS) outcome measures of the Adult Social Care Outcomes Framework "
                + "(ASCOF) from a file of responses: social care-related quality of life (1A, the mean ASCOT score out "
                + "of 24), control over daily life (1B), finding information easy and overall satisfaction, weighted "
                + "by the survey weights, each with a confidence interval and explained in words.",
            "Input: one response per record with recordId, weight and the answer codes q1, q3a, q4a, q5a, q6a, q7a, "
                + "q8a, q9a, q11 and q12 (0 for a question left blank): a JSON array or JSON lines (one object per line) "
                + "as the library writes AscsResponse, or a CSV table with those columns (a file ending in .csv).",
            "Intervals: Wilson's score interval for a share (with Kish's effective sample size when the weights "
                + "differ); Student's t for the unweighted mean score. The library has no interval for a weighted "
                + "mean score, so 1A has none when the weights differ.",
            "",
            "Example:",
            "  coproduction measure ascs examples/samples/ascs-responses.jsonl --format json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)", "2:wrong command line",
            "3:unexpected failure"})
final class AscsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RESPONSES", description = "The responses (JSON array, JSON lines or CSV), "
            + "or - for standard input.")
    private String file;

    @Option(names = "--information-rule", paramLabel = "RULE", defaultValue = "exclude-never-tried",
            converter = RuleConverter.class,
            description = "exclude-never-tried or include-never-tried: whether \"I've never tried to find information\" "
                    + "is left out of the finding-information measure (default: ${DEFAULT-VALUE}).")
    private InformationRule rule;

    @Option(names = "--confidence", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
    private double confidence;

    @Mixin
    private FormatOption format;

    @Mixin
    private ProgressOption progress;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    /** Reads a rule by its identifier, saying which two there are when it is wrong. */
    static final class RuleConverter implements CommandLine.ITypeConverter<InformationRule> {
        @Override
        public InformationRule convert(String value) {
            try {
                return InformationRule.parse(value.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected exclude-never-tried or include-never-tried, was \""
                        + value + "\"");
            }
        }
    }

    @Override
    public Integer call() {
        if (!(confidence > 0 && confidence < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--confidence must be strictly between 0 and "
                    + "1, such as 0.95, was " + confidence);
        }
        Totals totals = new Totals(rule);
        String name = file.equals("-") ? "<stdin>" : file;
        ProgressBar bar = ProgressBar.of(spec.commandLine().getErr(), progress, name, Input.size(file));
        try (Utf8Reader in = inputFiles.open(file, bar)) {
            read(name, in, totals);
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read (" + e.getMessage() + ")");
        } finally {
            bar.finish();
        }
        AscsMeasures measures = totals.measures(confidence);
        PrintWriter out = spec.commandLine().getOut();
        if (format.isJson()) {
            out.println(CoproductionJson.write(measures));
            return 0;
        }
        out.println(measures.responses() + " responses" + (measures.weighted() ? ", weighted by the survey weights"
                : ", every weight equal (unweighted)"));
        for (AscsMeasure measure : measures.measures()) {
            out.println(measure.code() + ", " + measure.name() + ": " + measure.value()
                    .map(v -> String.format(Locale.ROOT, "%.1f", v) + (measure.unit().equals("%") ? "%" : " (" + measure.unit() + ")"))
                    .orElse("no value (nobody counts)"));
            out.println("  " + measure.explanation());
        }
        return 0;
    }

    /** Reads CSV (by the file's name), a JSON array or JSON lines (by the first character) into the totals. */
    private static void read(String name, Reader in, Totals totals) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            try {
                Tables.ascsResponses(reader).forEach(totals::add);
            } catch (ValidationException e) {
                throw InvalidInputException.of(name, e);
            }
            return;
        }
        reader.mark(1 << 16);
        int first = reader.read();
        while (first >= 0 && Character.isWhitespace(first)) {
            first = reader.read();
        }
        reader.reset();
        if (first == '[') {
            try {
                for (AscsResponse response : CoproductionJson.read(reader, AscsResponse[].class)) {
                    totals.add(response);
                }
            } catch (ValidationException e) {
                throw InvalidInputException.of(name, e);
            }
            return;
        }
        Problems problems = new Problems(name);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                totals.add(CoproductionJson.read(line, AscsResponse.class));
            } catch (ValidationException e) {
                int at = number;
                e.violations().forEach(v -> problems.add(name + ": line " + at + ": " + v.message()));
            }
        }
        problems.throwIfAny();
    }

    /**
     * The library's accumulator, with what the intervals need beside it: the sum of squared weights over each
     * share's denominator (for Kish's effective sample size), each complete respondent's 1A score for the t
     * interval, and whether the weights differ.
     */
    static final class Totals {
        private final InformationRule rule;
        private final AscsAccumulator accumulator;
        private final MeanAccumulator scores = new MeanAccumulator();
        private double controlSquares;
        private double informationSquares;
        private double satisfactionSquares;
        private double firstWeight = Double.NaN;
        private boolean weighted;

        Totals(InformationRule rule) {
            this.rule = rule;
            this.accumulator = new AscsAccumulator(rule);
        }

        void add(AscsResponse r) {
            accumulator.add(r);
            double w = r.weight();
            weighted |= !Double.isNaN(firstWeight) && w != firstWeight;
            firstWeight = Double.isNaN(firstWeight) ? w : firstWeight;
            // The denominators as the accumulator counts them (see AscsResult): those who answered each question,
            // less "never tried" for finding information when the rule leaves it out.
            controlSquares += r.q3a() != AscsResponse.NO_ANSWER ? w * w : 0;
            satisfactionSquares += r.q1() != AscsResponse.NO_ANSWER ? w * w : 0;
            boolean informationCounted = r.q12() != AscsResponse.NO_ANSWER
                    && (rule == InformationRule.INCLUDE_NEVER_TRIED || r.q12() != AscsResponse.NEVER_TRIED);
            informationSquares += informationCounted ? w * w : 0;
            int score = QualityOfLifeScore.scoreOf(r.qualityOfLifeCodes());
            if (score >= 0) {
                scores.add(score);
            }
        }

        AscsMeasures measures(double confidence) {
            AscsResult result = accumulator.result();
            List<AscsMeasure> measures = List.of(
                    qualityOfLife(result.qualityOfLife(), confidence),
                    share(AscsIndicators.controlOverDailyLife(), result.controlOverDailyLife(), controlSquares, confidence,
                            "q3a answered 1 \"as much control as I want\" or 2 \"adequate control\", of everyone who "
                                    + "answered q3a (3 \"some control but not enough\", 4 \"no control\")",
                            "left q3a blank"),
                    share(AscsIndicators.findingInformationEasy(), result.findingInformationEasy(), informationSquares,
                            confidence, "q12 answered 1 \"very easy\" or 2 \"fairly easy\", of everyone who answered q12"
                                    + (rule == InformationRule.EXCLUDE_NEVER_TRIED
                                            ? " less the " + result.neverTriedToFindInformation() + " who answered 5 "
                                                    + "\"never tried\" (left out under the rule exclude-never-tried)"
                                            : " including the " + result.neverTriedToFindInformation() + " who answered 5 "
                                                    + "\"never tried\" (counted as not easy under the rule "
                                                    + "include-never-tried)"),
                            "left q12 blank"),
                    share(AscsIndicators.satisfaction(), result.satisfaction(), satisfactionSquares, confidence,
                            "q1 answered 1 \"extremely satisfied\" or 2 \"very satisfied\", of everyone who answered q1 "
                                    + "(codes 1 to 7, 7 extremely dissatisfied)", "left q1 blank"));
            return new AscsMeasures(result.responses(), weighted, rule, confidence, measures);
        }

        private AscsMeasure qualityOfLife(QualityOfLifeScore qol, double confidence) {
            IndicatorDefinition d = AscsIndicators.qualityOfLife();
            Optional<ConfidenceInterval> interval = Optional.empty();
            String intervalText;
            if (weighted) {
                intervalText = "No interval: the library has no interval for a weighted mean score.";
            } else if (qol.respondents() < 2) {
                intervalText = "No interval: a mean needs at least two complete respondents for one.";
            } else {
                MeanSummary summary = scores.result();
                interval = Optional.of(Intervals.mean(summary, confidence));
                intervalText = interval.get().explanation();
            }
            String words = "the mean over the " + qol.respondents() + " respondents who answered all eight quality of "
                    + "life items (q3a, q4a, q5a, q6a, q7a, q8a, q9a, q11) of their summed item scores, each answer "
                    + "scored 3 for code 1 (the best state) down to 0 for code 4, so 0 to 24; left out for a blank item: "
                    + qol.incomplete() + ". ";
            return new AscsMeasure(d.code().orElse(d.id()), d.id(), d.name(), d.definition(), d.unit(),
                    boxed(qol.mean()), qol.respondents(), qol.incomplete(), interval,
                    d.code().orElse(d.id()) + ": " + words + intervalText);
        }

        private AscsMeasure share(IndicatorDefinition d, WeightedShare share, double squares, double confidence,
                String codes, String blank) {
            long counted = share.counts().denominator();
            long leftOut = share.notAnswered() + (d.id().equals("finding-information-easy")
                    && rule == InformationRule.EXCLUDE_NEVER_TRIED ? accumulator.result().neverTriedToFindInformation() : 0);
            Optional<ConfidenceInterval> interval = Optional.empty();
            String intervalText = "No interval: nobody counts.";
            if (counted > 0) {
                interval = Optional.of(weighted
                        ? Intervals.weightedShare(share.weightedNumerator(), share.weightedDenominator(), squares, confidence)
                        : Intervals.wilson(share.counts().numerator(), counted, confidence));
                intervalText = interval.get().explanation();
            }
            String words = share.counts().numerator() + " of " + counted + " respondents: " + codes + "; "
                    + share.notAnswered() + " " + blank + ". ";
            return new AscsMeasure(d.code().orElse(d.id()), d.id(), d.name(), d.definition(), d.unit(),
                    boxed(share.percent()), counted, leftOut, interval, d.code().orElse(d.id()) + ": " + words
                            + intervalText);
        }

        private static Optional<Double> boxed(java.util.OptionalDouble value) {
            return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
        }
    }
}
