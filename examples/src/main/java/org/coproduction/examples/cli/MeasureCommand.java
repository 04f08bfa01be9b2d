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
import org.coproduction.measures.agreement.CoincidenceAccumulator;
import org.coproduction.measures.agreement.CoincidenceMatrix;
import org.coproduction.measures.agreement.FleissAccumulator;
import org.coproduction.measures.agreement.Metric;
import org.coproduction.measures.agreement.PairTableAccumulator;
import org.coproduction.measures.agreement.RatedUnit;
import org.coproduction.measures.agreement.RatingPair;
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
                    + "starting with # are comments. A project on two rows, or a rater in two columns, is refused with "
                    + "the lines.",
                "The file is read as a stream, row by row: memory grows only with the number of projects (their ids, "
                    + "to find one given twice), not with the size of the file."})
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

        @Mixin
        private ProgressOption progress;

        @Override
        public Integer call() {
            String name = Input.name(file);
            Problems problems = new Problems(name);
            Tally tally;
            ProgressBar bar = ProgressBar.of(spec.commandLine().getErr(), progress, name, Input.size(file));
            try (Csv table = Csv.open(inputFiles.open(file, bar), problems)) {
                tally = tally(table, problems);
            } finally {
                bar.finish();
            }
            problems.throwIfAny();
            Map<String, Object> result = new LinkedHashMap<>();
            try {
                CoincidenceMatrix coincidences = tally.coincidences.result();
                result.put("krippendorffAlphaOrdinal", coincidences.alpha(Metric.ORDINAL));
                result.put("krippendorffAlphaNominal", coincidences.alpha(Metric.NOMINAL));
                if (tally.complete > 0) {
                    result.put("fleissKappa", tally.fleiss.result().kappa());
                }
                result.put("cohenKappaUnweighted", tally.pairs.result().cohenKappa(Weighting.UNWEIGHTED));
                result.put("cohenKappaQuadratic", tally.pairs.result().cohenKappa(Weighting.QUADRATIC));
            } catch (ValidationException e) {
                throw InvalidInputException.of(name, e);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.isJson()) {
                out.println(CoproductionJson.write(result));
                return 0;
            }
            out.printf(Locale.ROOT, "%d projects, %d raters (%s)%n", tally.units, tally.raters.size(),
                    String.join(", ", tally.raters));
            line(out, "Krippendorff's alpha, ordinal", result.get("krippendorffAlphaOrdinal"));
            line(out, "Krippendorff's alpha, nominal", result.get("krippendorffAlphaNominal"));
            if (tally.complete == 0) {
                out.println("Fleiss' kappa: no project was rated by every rater");
            } else {
                line(out, "Fleiss' kappa over the " + tally.complete + " projects every rater rated",
                        result.get("fleissKappa"));
            }
            String pairNames = tally.first + " vs " + tally.second;
            line(out, "Cohen's kappa " + pairNames + ", unweighted", result.get("cohenKappaUnweighted"));
            line(out, "Cohen's kappa " + pairNames + ", quadratic", result.get("cohenKappaQuadratic"));
            return 0;
        }

        /**
         * What is counted while the table streams past: the library's accumulators, whose memory does not grow
         * with the number of projects, and the projects' ids, to refuse a project given twice.
         */
        private static final class Tally {
            private final List<String> raters;
            private final String first;
            private final String second;
            private final CoincidenceAccumulator coincidences;
            private final FleissAccumulator fleiss;
            private final PairTableAccumulator pairs;
            private long units;
            private long complete;

            private Tally(Scale scale, List<String> raters, String first, String second) {
                this.raters = raters;
                this.first = first;
                this.second = second;
                this.coincidences = new CoincidenceAccumulator(scale);
                this.fleiss = new FleissAccumulator(scale, raters.size());
                this.pairs = new PairTableAccumulator(scale);
            }
        }

        /**
         * Reads the table row by row into the accumulators. Every problem is collected (the first hundred shown);
         * once there is one, rows are still checked but no longer counted.
         */
        private Tally tally(Csv table, Problems problems) {
            String name = table.name();
            List<String> header = table.header();
            List<String> raters = header.subList(1, header.size());
            if (raters.size() < 2) {
                throw new InvalidInputException(name + ": line " + table.headerLine()
                        + ": needs a unit column and at least two rater columns, has " + header.size() + " column(s)");
            }
            checkRaters(table, raters);
            if (pair != null && (pair.size() != 2 || !raters.containsAll(pair))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--pair must name two of the raters "
                        + String.join(", ", raters));
            }
            String first = pair == null ? raters.get(0) : pair.get(0);
            String second = pair == null ? raters.get(1) : pair.get(1);
            int firstColumn = raters.indexOf(first);
            int secondColumn = raters.indexOf(second);
            Scale scale = Scale.rungs();
            Tally tally = new Tally(scale, raters, first, second);
            SeenIds seen = new SeenIds();
            for (Csv.Row row = table.next(); row != null; row = table.next()) {
                List<String> cells = row.cells();
                String where = name + ": line " + row.line() + ": ";
                String id = cells.get(0).strip();
                for (int c = 1; c < cells.size(); c++) {
                    String cell = cells.get(c).strip();
                    if (!cell.isEmpty() && scale.indexOf(cell).isEmpty()) {
                        problems.add(where + "column " + header.get(c) + ": \"" + cell + "\" is not a rung; rungs are "
                                + String.join(", ", scale.categories()));
                    }
                }
                if (id.isEmpty()) {
                    problems.add(where + "column " + header.get(0) + ": the project's id is blank");
                    continue;
                }
                int earlier = seen.add(id, row.line());
                if (earlier > 0) {
                    problems.add(where + "project \"" + id + "\" is already on line " + earlier
                            + "; give each project's ratings on one row, so that none is counted twice");
                }
                if (!problems.isEmpty()) {
                    continue;
                }
                RatedUnit unit = new RatedUnit(id, cells.subList(1, cells.size()).stream().map(String::strip).toList());
                tally.coincidences.add(unit);
                if (unit.given() == raters.size()) {
                    tally.fleiss.add(unit);
                    tally.complete++;
                }
                tally.pairs.add(RatingPair.of(unit.ratings().get(firstColumn), unit.ratings().get(secondColumn)));
                tally.units++;
            }
            return tally;
        }

        /** A rater's column named twice, or not named, would mix two raters' ratings or hide whose they are. */
        private static void checkRaters(Csv table, List<String> raters) {
            List<String> problems = new ArrayList<>();
            for (int r = 0; r < raters.size(); r++) {
                String rater = raters.get(r);
                String where = table.name() + ": line " + table.headerLine() + ": column " + (r + 2) + ": ";
                if (rater.isEmpty()) {
                    problems.add(where + "the rater's name is blank");
                } else if (raters.indexOf(rater) < r) {
                    problems.add(where + "rater \"" + rater + "\" is also column " + (raters.indexOf(rater) + 2)
                            + "; each rater has one column");
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(String.join("\n", problems));
            }
        }

        private static void line(PrintWriter out, String label, Object agreement) {
            Agreement a = (Agreement) agreement;
            out.printf(Locale.ROOT, "%s: %.4f%n  %s%n", label, a.coefficient(), a.explanation());
        }
    }
}
