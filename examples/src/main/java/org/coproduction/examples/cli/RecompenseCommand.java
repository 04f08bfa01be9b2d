package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
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

/** {@code coproduction recompense}: one participant's payment statement for a period, from a record. */
@Command(name = "recompense", mixinStandardHelpOptions = true,
        description = {"Print one participant's payment statement for a period from a co-production record (JSON): "
                + "every line with its explanation, then the totals.",
            "The preset policies are those the library ships; rates marked unverified are flagged in the statement."},
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
        @Option(names = {"-p", "--policy"}, required = true, converter = PresetConverter.class,
                description = "A shipped policy: ${COMPLETION-CANDIDATES}.", completionCandidates = PresetNames.class)
        private Preset preset;

        @Option(names = "--policy-file", required = true, paramLabel = "FILE",
                description = "A council's own policy as JSON (see: coproduction schema policy).")
        private String file;
    }

    @Parameters(index = "0", paramLabel = "RECORD", description = "The co-production record (JSON), or - for standard input.")
    private String recordFile;

    @Option(names = "--participant", required = true, paramLabel = "ID", description = "The participant's pseudonymous id.")
    private String participantId;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period, inclusive.")
    private LocalDate to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private PolicyChoice policy;

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
        RecompensePolicy chosen = policy.preset != null ? policy.preset.policy()
                : CoproductionCommand.readDocument(inputFiles.read(policy.file), RecompensePolicy.class);
        Input input = inputFiles.read(recordFile);
        CoproductionRecord record = CoproductionCommand.readDocument(input, CoproductionRecord.class);
        Optional<Participant> participant = record.participant(participantId);
        if (participant.isEmpty()) {
            // An id that breaks the identifier rule may be a name typed in its place: it is not repeated.
            String which = PSEUDONYMOUS_ID.matcher(participantId).matches() ? "\"" + participantId + "\""
                    : "with that id (it is not shown: it is not a pseudonymous id, so it may be a name)";
            throw new InvalidInputException(input.name() + ": participants: no participant " + which + " in the record");
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
