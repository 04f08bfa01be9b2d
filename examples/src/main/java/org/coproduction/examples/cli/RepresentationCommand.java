package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.examples.cli.output.GroupShare;
import org.coproduction.examples.cli.output.RepresentationReport;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedCell;
import org.coproduction.measures.disclosure.PublishedTable;
import org.coproduction.measures.representation.GroupCounts;
import org.coproduction.measures.representation.GroupRepresentation;
import org.coproduction.measures.representation.ReferencePopulation;
import org.coproduction.measures.representation.Representation;
import org.coproduction.measures.representation.RepresentationResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction measure representation}: who takes part against who the work is for, with the library's
 * {@link Representation}, published through small-number suppression.
 */
@Command(name = "representation", mixinStandardHelpOptions = true,
        description = {"Representation of participants against a reference population: each group's share of the "
                + "participants against its share of the population, the representation ratio (1 is proportional; "
                + "below the threshold, 0.8 unless given, is under-represented), seldom-heard groups flagged, Duncan's "
                + "index of dissimilarity and Pearson's chi-square goodness of fit.",
            "Inputs (JSON, as the library writes them): the participant counts by group (GroupCounts, such as "
                + "{\"counts\": {\"18-64\": 31, \"65+\": 9}}, the state of a GroupCountAccumulator) and the reference "
                + "population (ReferencePopulation: groups with their shares or counts, seldom-heard groups marked).",
            "Counts are published through small-number suppression (--threshold, 5 unless given): a suppressed "
                + "group's share and ratio are withheld too, and the overall figures are withheld when any count is "
                + "suppressed, since they could give it away.",
            "",
            "Example:",
            "  coproduction measure representation examples/samples/participant-counts.json "
                + "--population examples/samples/population.json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)",
            "2:wrong command line (such as a threshold below 3)", "3:unexpected failure"})
final class RepresentationCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "COUNTS", description = "The participant counts by group (JSON), or - for "
            + "standard input.")
    private String countsFile;

    @Option(names = "--population", required = true, paramLabel = "FILE",
            description = "The reference population (JSON): each group's share or count.")
    private String populationFile;

    @Option(names = "--under", paramLabel = "RATIO", defaultValue = "0.8",
            description = "A representation ratio below this is under-represented (default: ${DEFAULT-VALUE}).")
    private double under;

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
            description = "Participant counts below N are suppressed; at least 3 (default: ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--show-zeros", description = "Show groups with no participants as 0 instead of suppressing them.")
    private boolean showZeros;

    @Mixin
    private TableFormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        if (!(under > 0 && Double.isFinite(under))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--under must be a positive ratio such as 0.8, "
                    + "was " + under);
        }
        DisclosureRule rule = SuppressCommand.rule(spec, threshold, 1, showZeros);
        Input populationInput = inputFiles.read(populationFile);
        ReferencePopulation population = CoproductionCommand.readDocument(populationInput, ReferencePopulation.class);
        Input countsInput = inputFiles.read(countsFile);
        GroupCounts counts = CoproductionCommand.readDocument(countsInput, GroupCounts.class);
        RepresentationResult result;
        try {
            result = Representation.of(counts, population, under);
        } catch (ValidationException e) {
            throw InvalidInputException.of(countsInput.name(), e);
        }
        RepresentationReport report = report(result, rule);
        print(spec.commandLine().getOut(), report);
        return 0;
    }

    /**
     * The comparison as it may be published under a rule.
     *
     * @param result  the library's comparison
     * @param rule  the disclosure rule for the counts
     * @return the report, not null
     */
    static RepresentationReport report(RepresentationResult result, DisclosureRule rule) {
        PublishedTable published = result.published(rule);
        boolean anySuppressed = false;
        List<GroupShare> groups = new ArrayList<>();
        for (int i = 0; i < result.groups().size(); i++) {
            GroupRepresentation g = result.groups().get(i);
            PublishedCell cell = published.cell(i, 0);
            boolean shown = !cell.status().isSuppressed();
            anySuppressed |= !shown;
            groups.add(new GroupShare(g.group(), g.populationShare(), g.seldomHeard(), cell,
                    shown ? Optional.of(g.participantShare()) : Optional.empty(),
                    shown ? Optional.of(g.ratio()) : Optional.empty(),
                    shown ? Optional.of(g.underRepresented()) : Optional.empty()));
        }
        anySuppressed |= published.grandTotal().status().isSuppressed();
        String explanation = anySuppressed
                ? "Some participant counts are suppressed under the rule (" + rule + "), so their shares and ratios "
                        + "are withheld, and so are the index of dissimilarity and the chi-square, which with the "
                        + "published counts could give a suppressed count away."
                : result.explanation();
        return new RepresentationReport(rule, result.threshold(), published.grandTotal(), groups,
                anySuppressed ? Optional.empty() : Optional.of(result.dissimilarityIndex()),
                anySuppressed ? Optional.empty() : Optional.of(result.chiSquare()), result.degreesOfFreedom(),
                anySuppressed ? Optional.empty() : Optional.of(result.pValue()), explanation);
    }

    private void print(PrintWriter out, RepresentationReport report) {
        switch (format.format()) {
            case JSON:
                out.println(CoproductionJson.write(report));
                break;
            case CSV:
                out.println("group,population_share,participants,participant_share,ratio,under_represented,seldom_heard");
                for (GroupShare g : report.groups()) {
                    out.println(String.join(",", TableFormatOption.cell(g.group()), number(g.populationShare()),
                            shown(g.participants()), g.participantShare().map(RepresentationCommand::number).orElse(""),
                            g.ratio().map(RepresentationCommand::number).orElse(""),
                            g.underRepresented().map(String::valueOf).orElse(""), String.valueOf(g.seldomHeard())));
                }
                break;
            default:
                out.println("Participants: " + shown(report.participants()) + " (" + report.rule() + ")");
                for (GroupShare g : report.groups()) {
                    out.println(String.format(Locale.ROOT, "  %s: %s of the population, participants %s%s%s",
                            g.group(), percent(g.populationShare()), shown(g.participants()),
                            g.participantShare().map(s -> " (" + percent(s) + ")").orElse(""),
                            g.ratio().map(r -> String.format(Locale.ROOT, ", ratio %.2f%s%s", r,
                                    g.underRepresented().orElse(false) ? ", under-represented" : "",
                                    g.seldomHeard() && g.underRepresented().orElse(false) ? " (seldom heard)" : ""))
                                    .orElse(g.participants().status().isSuppressed() ? ", share and ratio withheld" : "")));
                }
                out.println(report.explanation());
                if (report.chiSquare().isEmpty()) {
                    out.println(SuppressCommand.SUPPRESSED + " = suppressed.");
                }
        }
    }

    private static String shown(PublishedCell cell) {
        return cell.value().map(String::valueOf).orElse(SuppressCommand.SUPPRESSED);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
