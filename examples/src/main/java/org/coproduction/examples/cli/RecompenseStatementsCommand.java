package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction recompense statements}: the payment statement of everyone in a record for a period,
 * with the totals across them, as text, JSON or CSV (one row per person and a total row).
 */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Print the payment statement of everyone in a co-production record (JSON) for a period, "
                + "then the totals across everyone.",
            "Text: each statement in full, then the totals. JSON: {from, to, policyId, statements: [...], totals}. "
                + "CSV: one row per person and a last row named total, amounts in the policy's currency.",
            "People are listed in the record's order; staff and others whose time the policy does not pay are listed "
                + "with their lines (and zero totals), so the rows add up to the record.",
            "",
            "Example:",
            "  coproduction recompense statements examples/samples/record.json --from 2026-01-01 --to 2026-03-31 "
                + "--policy nihr --format csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)",
            "2:wrong command line (such as a date not in YYYY-MM-DD form)", "3:unexpected failure"})
final class RecompenseStatementsCommand implements Callable<Integer> {

    /**
     * A total of a statement: its CSV column, its JSON name (the statement's own field), its words in text, and
     * where it is read from.
     */
    private record Column(String name, String json, String label, Function<PaymentStatement, Money> total) {
    }

    /** The totals, in the order of the CSV columns after the participant. */
    private static final List<Column> COLUMNS = List.of(
            new Column("offered_for_time", "offeredForTime",
                    "Offered for time", PaymentStatement::offeredForTime),
            new Column("declined", "declined",
                    "Offered and declined", PaymentStatement::declined),
            new Column("donated", "donated",
                    "Paid to charity at the person's request", PaymentStatement::donated),
            new Column("over_caps", "overCaps",
                    "Over the policy's caps, not paid", PaymentStatement::overCaps),
            new Column("payment_for_time", "paymentForTime",
                    "Payment for time (counts as earnings)", PaymentStatement::paymentForTime),
            new Column("expenses_repaid", "reimbursedExpenses",
                    "Expenses repaid (not earnings)", PaymentStatement::reimbursedExpenses),
            new Column("expenses_over_caps", "expensesOverCaps",
                    "Expenses over the policy's caps per claim, not repaid",
                    PaymentStatement::expensesOverCaps),
            new Column("expenses_held", "heldExpenses",
                    "Expenses held", PaymentStatement::heldExpenses),
            new Column("total_paid", "totalPaid",
                    "Total paid (time and expenses)", PaymentStatement::totalPaid));

    @Parameters(index = "0", paramLabel = "RECORD", description = "The co-production record (JSON), or - for standard input.")
    private String recordFile;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period, inclusive.")
    private LocalDate to;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private RecompenseCommand.PolicyChoice policy;

    @Mixin
    private TableFormatOption format;

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
        List<PaymentStatement> statements = statements(input, chosen, record, from, to);
        Map<String, Money> totals = totals(statements, chosen);
        PrintWriter out = spec.commandLine().getOut();
        switch (format.format()) {
            case JSON:
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("from", from.toString());
                result.put("to", to.toString());
                result.put("policyId", chosen.id());
                result.put("statements", statements);
                result.put("totals", totals);
                out.println(CoproductionJson.write(result));
                break;
            case CSV:
                out.println("participant," + String.join(",", COLUMNS.stream().map(Column::name).toList()));
                for (PaymentStatement statement : statements) {
                    List<String> row = new ArrayList<>();
                    row.add(TableFormatOption.cell(statement.participantId()));
                    COLUMNS.forEach(column -> row.add(column.total().apply(statement).amount().toPlainString()));
                    out.println(String.join(",", row));
                }
                List<String> total = new ArrayList<>(List.of("total"));
                totals.values().forEach(money -> total.add(money.amount().toPlainString()));
                out.println(String.join(",", total));
                break;
            default:
                statements.forEach(statement -> out.println(statement.toText()));
                out.println("Totals for " + statements.size() + (statements.size() == 1 ? " person, " : " people, ") + from + " to " + to + " (policy "
                        + chosen.id() + ")");
                COLUMNS.forEach(column -> out.println("  " + column.label() + ": " + totals.get(column.json())));
        }
        return 0;
    }

    /** Everyone's statement, in the record's order; a broken rule in anyone's records is invalid input. */
    static List<PaymentStatement> statements(Input input, RecompensePolicy policy, CoproductionRecord record,
            LocalDate from, LocalDate to) {
        try {
            return List.copyOf(Recompense.statements(policy, record.participants(), record.activities(), from, to,
                    StatementOptions.none()).values());
        } catch (ValidationException e) {
            throw InvalidInputException.of(input.name(), e);
        }
    }

    /** Each column's total across the statements, exactly (money is added as BigDecimal, never rounded). */
    private static Map<String, Money> totals(List<PaymentStatement> statements, RecompensePolicy policy) {
        Map<String, Money> totals = new LinkedHashMap<>();
        for (Column column : COLUMNS) {
            Money sum = Money.zero(policy.currency());
            for (PaymentStatement statement : statements) {
                sum = sum.plus(column.total().apply(statement));
            }
            totals.put(column.json(), sum);
        }
        return totals;
    }
}
