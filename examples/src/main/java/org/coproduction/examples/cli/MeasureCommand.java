package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.agreement.Agreement;
import org.coproduction.measures.agreement.Metric;
import org.coproduction.measures.agreement.RatedUnit;
import org.coproduction.measures.agreement.Ratings;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.agreement.Weighting;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.interval.ZTest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coproduction measure}: change with confidence, and agreement between raters. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = "Measures: change in a proportion with its confidence interval, agreement between raters, "
                + "closing the \"you said, we did\" loop, the Adult Social Care Survey outcome measures, "
                + "representation against a population, social return on investment.",
        subcommands = {MeasureCommand.Proportion.class, MeasureCommand.AgreementCommand.class,
            LoopClosureCommand.class, AscsCommand.class, RepresentationCommand.class, SroiCommand.class})
final class MeasureCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw CoproductionCommand.missingSubcommand(spec);
    }

    /** A count out of a total, written {@code 18/40}. */
    record Share(long count, long total) {
        @Override
        public String toString() {
            return count + "/" + total;
        }
    }

    /** Reads {@code 18/40}. */
    static final class ShareConverter implements CommandLine.ITypeConverter<Share> {
        @Override
        public Share convert(String value) {
            String[] parts = value.strip().split("/", -1);
            try {
                if (parts.length == 2) {
                    return new Share(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // falls through to the message below, which says what is expected
            }
            throw new CommandLine.TypeConversionException("\"" + value + "\" is not a count out of a total such as 18/40");
        }
    }

    /** {@code measure proportion}: change in a proportion between two independent samples. */
    @Command(name = "proportion", mixinStandardHelpOptions = true,
            description = {"Change in a proportion between two independent samples (such as two surveys): "
                    + "the difference with Newcombe's hybrid score interval (method 10), each share with its Wilson "
                    + "interval, and the pooled two-proportion z-test.",
                "Example: measure proportion --before 18/40 --after 29/42"})
    static final class Proportion implements Callable<Integer> {

        @Option(names = "--before", required = true, paramLabel = "X/N", converter = ShareConverter.class,
                description = "Count with the outcome out of the total, before.")
        private Share before;

        @Option(names = "--after", required = true, paramLabel = "X/N", converter = ShareConverter.class,
                description = "Count with the outcome out of the total, after.")
        private Share after;

        @Option(names = "--confidence", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
        private double confidence;

        @Mixin
        private FormatOption format;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ConfidenceInterval change;
            ConfidenceInterval wilsonBefore;
            ConfidenceInterval wilsonAfter;
            ZTest test;
            try {
                change = Intervals.newcombe(after.count(), after.total(), before.count(), before.total(), confidence);
                wilsonBefore = Intervals.wilson(before.count(), before.total(), confidence);
                wilsonAfter = Intervals.wilson(after.count(), after.total(), confidence);
                test = Intervals.zTest(after.count(), after.total(), before.count(), before.total());
            } catch (ValidationException e) {
                throw InvalidInputException.of("--before " + before + " --after " + after, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.isJson()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("change", change);
                result.put("before", wilsonBefore);
                result.put("after", wilsonAfter);
                result.put("zTest", test);
                out.println(CoproductionJson.write(result));
                return 0;
            }
            out.printf(Locale.ROOT, "Change (after - before): %.4f, %s%% CI %.4f to %.4f%n", change.estimate(),
                    percent(confidence), change.lower(), change.upper());
            out.println("  " + change.explanation());
            out.println("Before " + before + ": " + wilsonBefore);
            out.println("After " + after + ": " + wilsonAfter);
            out.println(test);
            return 0;
        }

        private static String percent(double level) {
            return new java.math.BigDecimal(Double.toString(level * 100)).stripTrailingZeros().toPlainString();
        }
    }

    /** {@code measure agreement}: agreement between raters placing projects on the ladder. */
    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = {"Agreement between raters placing projects on the TLAP ladder: Krippendorff's alpha "
                    + "(ordinal and nominal, missing ratings allowed), Fleiss' kappa over the projects every rater "
                    + "rated, and Cohen's kappa (unweighted and quadratic) between two raters.",
                "CSV layout: a header line naming a unit column and then one column per rater; one row per project "
                    + "with its id and each rater's rung (such as co-design), empty where a rater gave none; lines "
                    + "starting with # are comments."})
    static final class AgreementCommand implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "FILE", description = "The ratings (CSV), or - for standard input (the default).")
        private String file = "-";

        @Option(names = "--pair", paramLabel = "RATER,RATER", split = ",",
                description = "The two raters for Cohen's kappa (default: the first two columns of ratings).")
        private List<String> pair;

        @Mixin
        private FormatOption format;

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Mixin
        private InputFiles inputFiles;

        @Override
        public Integer call() {
            Input input = inputFiles.read(file);
            Csv table = Csv.parse(input);
            List<String> raters = table.header().subList(1, table.header().size());
            if (raters.size() < 2) {
                throw new InvalidInputException(input.name() + ": line " + table.headerLine()
                        + ": needs a unit column and at least two rater columns, has " + table.header().size()
                        + " column(s)");
            }
            if (pair != null && (pair.size() != 2 || !raters.containsAll(pair))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--pair must name two of the raters "
                        + String.join(", ", raters));
            }
            Scale scale = Scale.rungs();
            Ratings.Builder builder = Ratings.builder(scale).raters(raters.toArray(String[]::new));
            List<String> problems = new ArrayList<>();
            for (Csv.Row row : table.rows()) {
                List<String> cells = row.cells();
                for (int c = 1; c < cells.size(); c++) {
                    String cell = cells.get(c).strip();
                    if (!cell.isEmpty() && scale.indexOf(cell).isEmpty()) {
                        problems.add(input.name() + ": line " + row.line() + ": column " + table.header().get(c)
                                + ": \"" + cell + "\" is not a rung; rungs are " + String.join(", ", scale.categories()));
                    }
                }
                builder.unit(cells.get(0).strip(), cells.subList(1, cells.size()).stream().map(String::strip)
                        .toArray(String[]::new));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(String.join("\n", problems));
            }
            Map<String, Object> result = new LinkedHashMap<>();
            try {
                Ratings ratings = builder.build();
                result.put("krippendorffAlphaOrdinal", ratings.krippendorffAlpha(Metric.ORDINAL));
                result.put("krippendorffAlphaNominal", ratings.krippendorffAlpha(Metric.NOMINAL));
                List<RatedUnit> complete = ratings.units().stream().filter(u -> u.given() == raters.size()).toList();
                if (!complete.isEmpty()) {
                    result.put("fleissKappa", Ratings.of(scale, ratings.raters(), complete).fleissKappa());
                }
                String first = pair == null ? raters.get(0) : pair.get(0);
                String second = pair == null ? raters.get(1) : pair.get(1);
                result.put("cohenKappaUnweighted", ratings.cohenKappa(first, second, Weighting.UNWEIGHTED));
                result.put("cohenKappaQuadratic", ratings.cohenKappa(first, second, Weighting.QUADRATIC));
                PrintWriter out = spec.commandLine().getOut();
                if (format.isJson()) {
                    out.println(CoproductionJson.write(result));
                    return 0;
                }
                out.printf(Locale.ROOT, "%d projects, %d raters (%s)%n", ratings.units().size(), raters.size(),
                        String.join(", ", raters));
                line(out, "Krippendorff's alpha, ordinal", result.get("krippendorffAlphaOrdinal"));
                line(out, "Krippendorff's alpha, nominal", result.get("krippendorffAlphaNominal"));
                if (complete.isEmpty()) {
                    out.println("Fleiss' kappa: no project was rated by every rater");
                } else {
                    line(out, "Fleiss' kappa over the " + complete.size() + " projects every rater rated",
                            result.get("fleissKappa"));
                }
                line(out, "Cohen's kappa " + first + " vs " + second + ", unweighted", result.get("cohenKappaUnweighted"));
                line(out, "Cohen's kappa " + first + " vs " + second + ", quadratic", result.get("cohenKappaQuadratic"));
                return 0;
            } catch (ValidationException e) {
                throw InvalidInputException.of(input.name(), e);
            }
        }

        private static void line(PrintWriter out, String label, Object agreement) {
            Agreement a = (Agreement) agreement;
            out.printf(Locale.ROOT, "%s: %.4f%n  %s%n", label, a.coefficient(), a.explanation());
        }
    }
}
