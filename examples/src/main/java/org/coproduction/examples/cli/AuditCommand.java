package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.coproduction.assessment.audit.AreaScore;
import org.coproduction.assessment.audit.Audit;
import org.coproduction.assessment.audit.AuditAnswer;
import org.coproduction.assessment.audit.AuditResponses;
import org.coproduction.assessment.audit.AuditResult;
import org.coproduction.assessment.audit.Audits;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction audit}: scores an audit-style instrument from a group's scores and gives the profile:
 * each area's score beside its possible range, the total, the band where the audit publishes bands, and the
 * weakest areas, explained.
 *
 * <p>An unknown {@code --audit} is invalid input (exit code 1), like an unknown rung of {@code assess}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Score an audit (wales-coproduction-audit or coproduction-assessment, or a council's own with "
                + "--audit-file) from a JSON document of scores: each area's score and its possible range, the "
                + "total, the band where the audit publishes bands, and the weakest areas.",
            "Every item must be scored; --so-far scores what is there and lists the items not scored."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input, including an audit the library does not ship",
            "2:wrong command line"})
final class AuditCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The scores (JSON), or - for standard input "
            + "(the default).")
    private String file = "-";

    @Option(names = {"-a", "--audit"}, paramLabel = "ID",
            description = "A shipped audit: wales-coproduction-audit or coproduction-assessment (default: the "
                    + "scores' auditId).")
    private String auditId;

    @Option(names = "--audit-file", paramLabel = "FILE", description = "A council's own audit as JSON.")
    private String auditFile;

    @Option(names = "--so-far", description = "Score what is there; items not scored are listed, never counted.")
    private boolean soFar;

    @Mixin
    private FormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        Input input = inputFiles.read(file);
        AuditResponses responses = CoproductionCommand.readDocument(input, AuditResponses.class);
        Audit audit = auditFile != null ? CoproductionCommand.readDocument(inputFiles.read(auditFile), Audit.class)
                : shipped(auditId != null ? auditId.strip() : responses.auditId());
        AuditResult result;
        try {
            result = soFar ? audit.scoreSoFar(responses) : audit.score(responses);
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.isJson() ? CoproductionJson.write(result) + "\n" : text(audit, result));
        return 0;
    }

    private static Audit shipped(String id) {
        try {
            return Audits.byId(id);
        } catch (NoSuchElementException e) {
            throw new InvalidInputException("--audit: " + e.getMessage());
        }
    }

    private static String text(Audit audit, AuditResult result) {
        StringBuilder text = new StringBuilder();
        text.append(result).append('\n').append(result.explanation()).append('\n');
        text.append("\nStatements: ").append(audit.statementsSource().reference()).append(" (")
                .append(audit.statementsSource().status().id()).append(")\n");
        for (AreaScore area : result.areas()) {
            text.append("\n  ").append(area.name()).append(": ")
                    .append(area.score().map(String::valueOf).orElse("not scored yet"))
                    .append(" (possible ").append(area.lowest()).append(" to ").append(area.highest()).append(")")
                    .append(result.weakestAreas().contains(area.areaId()) ? ", weakest" : "").append('\n');
            for (AuditAnswer answer : area.answers()) {
                text.append("    ").append(answer.score())
                        .append(audit.anchor(answer.score()).map(a -> " (" + a.meaning() + ")").orElse(""))
                        .append(": ").append(audit.areaOf(answer.itemId()).orElseThrow().items().stream()
                                .filter(i -> i.id().equals(answer.itemId())).findFirst().orElseThrow().text())
                        .append('\n');
            }
            for (String item : area.unanswered()) {
                text.append("    not scored: ").append(item).append('\n');
            }
        }
        return text.toString();
    }
}
