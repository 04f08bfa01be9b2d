package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.benefit.Benefit;
import org.coproduction.core.recompense.benefit.BenefitCheck;
import org.coproduction.core.recompense.benefit.BenefitWarning;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction recompense check-limits}: everyone's payment for time in a period checked against a
 * benefit's earnings limits in force, week by week (or assessment period by assessment period), naming the
 * people whose earnings approach or pass a limit, and saying when a tax year's limit is not known.
 */
@Command(name = "check-limits", mixinStandardHelpOptions = true,
        description = {"Check everyone's payment for time in a period against the earnings limit of a benefit, "
                + "as the library's BenefitCheck does: per week for ESA and Carer's Allowance, per monthly "
                + "assessment period for Universal Credit, with the limits in force in each tax year. Names the "
                + "people whose earnings approach (within 10%) or pass the limit, and warns when a tax year's limit "
                + "is not known to this version of the library.",
            "The record does not say who claims which benefit: the check applies --benefit to everyone named with "
                + "--participant, or to everyone in the record. It compares gross payment, so it warns early; it is "
                + "information, not advice.",
            "",
            "Example:",
            "  coproduction recompense check-limits examples/samples/record.json --benefit carers-allowance "
                + "--from 2026-01-01 --to 2026-03-31 --policy nihr"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (whether or not anyone is over a limit)",
            "1:invalid input (a line per problem on standard error)",
            "2:wrong command line (such as an unknown benefit or a date not in YYYY-MM-DD form)",
            "3:unexpected failure"})
final class RecompenseLimitsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RECORD", description = "The co-production record (JSON), or - for standard input.")
    private String recordFile;

    @Option(names = "--benefit", required = true, paramLabel = "BENEFIT", converter = BenefitConverter.class,
            description = "esa-permitted-work, carers-allowance, universal-credit-with-housing or "
                    + "universal-credit-without-housing.")
    private Benefit benefit;

    @Option(names = "--participant", paramLabel = "ID",
            description = "Check only this participant (repeat for several; default: everyone in the record).")
    private List<String> participants;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period, inclusive.")
    private LocalDate to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private RecompenseCommand.PolicyChoice policy;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        RecompenseCommand.checkPeriod(spec, from, to);
        RecompensePolicy chosen = policy.policy(inputFiles);
        Input input = inputFiles.read(recordFile);
        CoproductionRecord record = CoproductionCommand.readDocument(input, CoproductionRecord.class);
        if (participants != null) {
            List<String> unknown = participants.stream().filter(id -> record.participant(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(String.join("\n", unknown.stream().map(id -> input.name()
                        + ": participants: no participant " + RecompenseCommand.shown(id) + " in the record").toList()));
            }
        }
        BenefitCheck check = BenefitCheck.of(benefit);
        Map<String, List<BenefitWarning>> warnings = new LinkedHashMap<>();
        for (PaymentStatement statement : RecompenseStatementsCommand.statements(input, chosen, record, from, to)) {
            if (participants == null || participants.contains(statement.participantId())) {
                warnings.put(statement.participantId(), warningsFor(input, check, statement));
            }
        }
        print(warnings);
        return 0;
    }

    private static List<BenefitWarning> warningsFor(Input input, BenefitCheck check, PaymentStatement statement) {
        try {
            return check.warnings(statement);
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
    }

    private void print(Map<String, List<BenefitWarning>> warnings) {
        PrintWriter out = spec.commandLine().getOut();
        List<String> over = named(warnings, BenefitWarning.Level.EXCEEDED);
        List<String> near = named(warnings, BenefitWarning.Level.APPROACHING);
        List<String> notKnown = named(warnings, BenefitWarning.Level.LIMIT_NOT_KNOWN);
        if (format.isJson()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("benefit", benefit);
            result.put("from", from.toString());
            result.put("to", to.toString());
            result.put("checked", List.copyOf(warnings.keySet()));
            result.put("exceeded", over);
            result.put("approaching", near);
            result.put("limitNotKnown", notKnown);
            result.put("warnings", warnings);
            out.println(CoproductionJson.write(result));
            return;
        }
        out.println(benefit.label() + ", " + from + " to " + to + ": " + warnings.size() + " "
                + (warnings.size() == 1 ? "person" : "people") + " checked.");
        out.println("Over the limit in at least one " + unit() + ": " + list(over));
        out.println("Close to the limit: " + list(near));
        if (!notKnown.isEmpty()) {
            out.println("Not checked for a tax year whose limit is not known: " + list(notKnown));
        }
        warnings.forEach((person, list) -> list.forEach(w -> out.println(person + ": " + w.level().id() + ": "
                + w.message())));
    }

    private String unit() {
        return benefit.isWeekly() ? "week" : "assessment period";
    }

    private static List<String> named(Map<String, List<BenefitWarning>> warnings, BenefitWarning.Level level) {
        return warnings.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(w -> w.level() == level))
                .map(Map.Entry::getKey).toList();
    }

    private static String list(List<String> people) {
        return people.isEmpty() ? "nobody" : String.join(", ", people);
    }

    /** Reads {@code --benefit} values such as {@code carers-allowance}, naming the benefits when one is unknown. */
    static final class BenefitConverter implements CommandLine.ITypeConverter<Benefit> {
        @Override
        public Benefit convert(String value) {
            for (Benefit benefit : Benefit.values()) {
                if (benefit.id().equalsIgnoreCase(value.strip()) || benefit.name().equalsIgnoreCase(value.strip())) {
                    return benefit;
                }
            }
            throw new CommandLine.TypeConversionException("unknown benefit \"" + value + "\"; benefits are "
                    + String.join(", ", java.util.Arrays.stream(Benefit.values()).map(Benefit::id).toList()));
        }
    }
}
