package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.value.EnumIds;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction recompense}: one participant's payment statement for a period, from a record; its
 * commands {@code statements} and {@code check-limits} cover everyone in the record.
 */
@Command(name = "recompense", mixinStandardHelpOptions = true,
        description = {"Print one participant's payment statement for a period from a co-production record (JSON): "
                + "every line with its explanation, then the totals.",
            "The preset policies are those the library ships; rates marked unverified are flagged in the statement.",
            "For everyone in the record, use the commands below: statements (with totals, as text, JSON or CSV) and "
                + "check-limits (benefit earnings limits).",
            "",
            "Example:",
            "  coproduction recompense examples/samples/record.json --participant p-001 --from 2026-01-01 "
                + "--to 2026-03-31 --policy nihr"},
        subcommands = {RecompenseStatementsCommand.class, RecompenseLimitsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (unknown participant, a rule the record or policy breaks)",
            "2:wrong command line"})
final class RecompenseCommand implements Callable<Integer> {

    /** The library's identifier rule: 1 to 64 letters, digits or . _ : - starting with a letter or digit. */
    private static final java.util.regex.Pattern PSEUDONYMOUS_ID =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    /** The policies the library ships, by their command-line names. */
    enum Preset {
        /** {@link Recompense#nihr()}. */
        NIHR,
        /** {@link Recompense#nhsEngland()}. */
        NHS_ENGLAND,
        /** {@link Recompense#hqip()}. */
        HQIP,
        /** {@link Recompense#coProductionCollective()}. */
        CO_PRODUCTION_COLLECTIVE;

        RecompensePolicy policy() {
            switch (this) {
                case NIHR: return Recompense.nihr();
                case NHS_ENGLAND: return Recompense.nhsEngland();
                case HQIP: return Recompense.hqip();
                default: return Recompense.coProductionCollective();
            }
        }

        @Override
        public String toString() {
            return EnumIds.id(this);
        }
    }

    /** Exactly one of a preset or a policy file. */
    static final class PolicyChoice {

        /**
         * The policy chosen: the preset, or the policy file read and checked.
         *
         * @param inputFiles  reads the policy file
         * @return the policy, not null
         * @throws InvalidInputException if the policy file is missing or breaks a rule
         */
        RecompensePolicy policy(InputFiles inputFiles) {
            return preset != null ? preset.policy()
                    : CoproductionCommand.readDocument(inputFiles.read(file), RecompensePolicy.class);
        }

        @Option(names = {"-p", "--policy"}, required = true, converter = PresetConverter.class,
                description = "A shipped policy: ${COMPLETION-CANDIDATES}.", completionCandidates = PresetNames.class)
        private Preset preset;

        @Option(names = "--policy-file", required = true, paramLabel = "FILE",
                description = "A council's own policy as JSON (see: coproduction schema policy).")
        private String file;
    }

    // RECORD and the options are checked in call(), not by picocli: picocli would otherwise ask for them
    // before the commands "statements" and "check-limits", which take their own.
    @Parameters(index = "0", arity = "0..1", paramLabel = "RECORD",
            description = "The co-production record (JSON), or - for standard input.")
    private String recordFile;

    @Option(names = "--participant", paramLabel = "ID", description = "The participant's pseudonymous id (required).")
    private String participantId;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD; required).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period, inclusive (required).")
    private LocalDate to;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private PolicyChoice policy;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        requireAll();
        checkPeriod(spec, from, to);
        RecompensePolicy chosen = policy.policy(inputFiles);
        Input input = inputFiles.read(recordFile);
        CoproductionRecord record = CoproductionCommand.readDocument(input, CoproductionRecord.class);
        Optional<Participant> participant = record.participant(participantId);
        if (participant.isEmpty()) {
            throw new InvalidInputException(input.name() + ": participants: no participant " + shown(participantId)
                    + " in the record");
        }
        PaymentStatement statement;
        try {
            statement = Recompense.statement(chosen, participant.get(), record.activities(), from, to);
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.isJson() ? CoproductionJson.write(statement) + "\n" : statement.toText());
        return 0;
    }

    /**
     * A participant id as an error message may show it: quoted, or not at all when it breaks the identifier rule,
     * since it may then be a name typed in its place.
     *
     * @param id  the id given
     * @return the words naming it, not null
     */
    static String shown(String id) {
        return PSEUDONYMOUS_ID.matcher(id).matches() ? "\"" + id + "\""
                : "with that id (it is not shown: it is not a pseudonymous id, so it may be a name)";
    }

    /** The checks picocli would make were RECORD and the options required: one line naming what is missing. */
    private void requireAll() {
        List<String> missing = new ArrayList<>();
        if (recordFile == null) {
            missing.add("RECORD");
        }
        if (participantId == null) {
            missing.add("--participant=ID");
        }
        if (from == null) {
            missing.add("--from=DATE");
        }
        if (to == null) {
            missing.add("--to=DATE");
        }
        if (policy == null) {
            missing.add("--policy=NAME or --policy-file=FILE");
        }
        if (!missing.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required: " + String.join(", ", missing)
                    + " (or name a command: " + String.join(", ", spec.subcommands().keySet()) + ")");
        }
    }

    /**
     * Checks that a period runs forwards.
     *
     * @param spec  the command, for the error
     * @param from  the first day
     * @param to  the last day
     * @throws CommandLine.ParameterException (exit code 2) if {@code to} is before {@code from}
     */
    static void checkPeriod(CommandLine.Model.CommandSpec spec, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to (" + to + ") is before --from (" + from + ")");
        }
    }

    /** Reads {@code --policy} values such as {@code nhs-england}, naming the presets when a value is unknown. */
    static final class PresetConverter implements CommandLine.ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            String key = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            for (Preset preset : Preset.values()) {
                if (preset.name().equals(key)) {
                    return preset;
                }
            }
            throw new CommandLine.TypeConversionException("unknown policy \"" + value + "\"; presets are "
                    + String.join(", ", new PresetNames()));
        }
    }

    /** The preset names, for help and completion. */
    static final class PresetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Preset.values()).map(Preset::toString).iterator();
        }
    }
}
