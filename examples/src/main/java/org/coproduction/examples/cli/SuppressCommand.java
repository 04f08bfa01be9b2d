package org.coproduction.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.disclosure.CountTable;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedCell;
import org.coproduction.measures.disclosure.PublishedTable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coproduction suppress}: a table of counts as it may be published, with the library's small-number
 * suppression ({@link DisclosureRule}): counts below the threshold hidden, further cells hidden so that no hidden
 * count can be worked out from the totals, and optionally the published counts rounded.
 */
@Command(name = "suppress", mixinStandardHelpOptions = true,
        description = {"Small-number suppression of a table of counts (CSV) before it is published: counts below the "
                + "threshold (5 unless given) are hidden, zeros too unless --show-zeros, and further cells are hidden "
                + "where needed so that no hidden count can be worked out from the published cells and the row, "
                + "column and grand totals, which are added. Every hidden cell is marked [c] alike, so the table does "
                + "not tell a small count from one hidden to protect it.",
            "CSV layout: a header line whose first cell names the rows (such as age band) and whose other cells name "
                + "the columns; one line per row with its label and a whole-number count of 0 or more in each column; "
                + "no total row or column (totals are worked out); lines starting with # are comments.",
            "",
            "Example:",
            "  coproduction suppress examples/samples/counts.csv --threshold 5 --round 5 --format csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:invalid input (a line per problem on standard error)",
            "2:wrong command line (such as a threshold below 3)", "3:unexpected failure"})
final class SuppressCommand implements Callable<Integer> {

    /** How a suppressed cell is written in text and CSV, as NHS England's and the ONS's tables mark them. */
    static final String SUPPRESSED = "[c]";


    @Parameters(index = "0", paramLabel = "TABLE", description = "The table of counts (CSV), or - for standard input.")
    private String file;

    @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
            description = "Counts below N are suppressed; at least 3, the documented minimum (default: ${DEFAULT-VALUE}).")
    private int threshold;

    @Option(names = "--round", paramLabel = "BASE", defaultValue = "1",
            description = "Round published counts to the nearest BASE, half up, such as 5; 1 for none (default: "
                    + "${DEFAULT-VALUE}).")
    private int round;

    @Option(names = "--show-zeros", description = "Show zero counts as 0 instead of suppressing them.")
    private boolean showZeros;

    @Mixin
    private TableFormatOption format;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private InputFiles inputFiles;

    @Override
    public Integer call() {
        DisclosureRule rule = rule(spec, threshold, round, showZeros);
        Problems problems = new Problems(Input.name(file));
        List<String> labels;
        CountTable counts;
        try (Csv csv = Csv.open(inputFiles.open(file), problems)) {
            labels = csv.labels();
            counts = table(csv, problems);
        }
        PublishedTable published = rule.apply(counts);
        print(spec.commandLine().getOut(), labels.get(0), published, format.format());
        return 0;
    }

    /**
     * The rule the options describe; a threshold or base outside the library's limits is a wrong command line.
     *
     * @param spec  the command, for the message
     * @param threshold  the threshold given
     * @param round  the rounding base given
     * @param showZeros  whether zeros are shown
     * @return the rule, not null
     */
    static DisclosureRule rule(CommandLine.Model.CommandSpec spec, int threshold, int round, boolean showZeros) {
        List<String> wrong = new ArrayList<>();
        if (threshold < DisclosureRule.MINIMUM_THRESHOLD) {
            wrong.add("--threshold must be at least " + DisclosureRule.MINIMUM_THRESHOLD
                    + " (the documented minimum), was " + threshold);
        }
        if (round < 1) {
            wrong.add("--round must be at least 1 (1 for no rounding), was " + round);
        }
        if (!wrong.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.join("\n", wrong));
        }
        DisclosureRule rule = DisclosureRule.fewerThan(threshold).withRoundingBase(round);
        return showZeros ? rule.withZerosShown() : rule;
    }

    /** Reads the counts, naming every cell that is not a count and any total row or column by line and column. */
    private static CountTable table(Csv csv, Problems problems) {
        List<String> labels = csv.labels();
        if (labels.size() < 2) {
            problems.add(csv.name() + ": line " + csv.headerLine() + ": needs a column of row labels and at least "
                    + "one column of counts, has " + labels.size() + " column(s)");
        }
        List<String> columns = labels.subList(Math.min(1, labels.size()), labels.size());
        for (String column : columns) {
            if (isTotal(column)) {
                problems.add(csv.name() + ": line " + csv.headerLine() + ": column \"" + column + "\": leave out "
                        + "totals; they are worked out from the counts");
            }
        }
        List<String> rows = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        for (Csv.Row row = csv.next(); row != null; row = csv.next()) {
            String label = row.cells().get(0).strip();
            rows.add(label);
            if (isTotal(label)) {
                problems.add(csv.name() + ": line " + row.line() + ": row \"" + label + "\": leave out totals; they "
                        + "are worked out from the counts");
            }
            long[] line = new long[columns.size()];
            for (int j = 0; j < columns.size(); j++) {
                String cell = row.cells().get(j + 1).strip();
                try {
                    line[j] = Long.parseLong(cell);
                } catch (NumberFormatException e) {
                    line[j] = -1;
                }
                if (line[j] < 0) {
                    problems.add(csv.name() + ": line " + row.line() + ": column \"" + columns.get(j) + "\": \""
                            + cell + "\" is not a count (a whole number of 0 or more)");
                }
            }
            counts.add(line);
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(csv.name() + ": has no rows of counts after the header");
        }
        problems.throwIfAny();
        try {
            return CountTable.of(rows, columns, counts.toArray(long[][]::new));
        } catch (ValidationException e) {
            throw InvalidInputException.of(csv.name(), e);
        }
    }

    private static boolean isTotal(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        return l.equals("total") || l.equals("totals") || l.equals("all");
    }

    /**
     * Prints a published table as text (aligned, with the rule), CSV ({@code [c]} for a suppressed cell, a total
     * column and row) or JSON (the library's {@link PublishedTable}).
     *
     * @param out  standard output
     * @param corner  what the rows are, the first cell of the header in CSV
     * @param table  the table
     * @param format  the format
     */
    static void print(PrintWriter out, String corner, PublishedTable table, TableFormatOption.TableFormat format) {
        if (format == TableFormatOption.TableFormat.JSON) {
            out.println(CoproductionJson.write(table));
            return;
        }
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(corner));
        header.addAll(table.columnLabels());
        header.add("total");
        grid.add(header);
        for (int i = 0; i < table.rowLabels().size(); i++) {
            List<String> line = new ArrayList<>(List.of(table.rowLabels().get(i)));
            table.cells().get(i).forEach(cell -> line.add(shown(cell)));
            line.add(shown(table.rowTotals().get(i)));
            grid.add(line);
        }
        List<String> totals = new ArrayList<>(List.of("total"));
        table.columnTotals().forEach(cell -> totals.add(shown(cell)));
        totals.add(shown(table.grandTotal()));
        grid.add(totals);
        if (format == TableFormatOption.TableFormat.CSV) {
            grid.forEach(line -> out.println(String.join(",", line.stream().map(TableFormatOption::cell).toList())));
            return;
        }
        int[] widths = new int[header.size()];
        grid.forEach(line -> {
            for (int j = 0; j < line.size(); j++) {
                widths[j] = Math.max(widths[j], line.get(j).length());
            }
        });
        for (List<String> line : grid) {
            StringBuilder text = new StringBuilder(String.format("%-" + widths[0] + "s", line.get(0)));
            for (int j = 1; j < line.size(); j++) {
                text.append("  ").append(String.format("%" + widths[j] + "s", line.get(j)));
            }
            out.println(text.toString().stripTrailing());
        }
        out.println("Rule: " + table.rule() + ". " + SUPPRESSED + " = suppressed: "
                + (table.rule().suppressZeros() ? "fewer than " + table.rule().threshold()
                        : "from 1 to " + (table.rule().threshold() - 1))
                + ", or hidden so that no suppressed count can be worked out from the totals.");
    }

    private static String shown(PublishedCell cell) {
        return cell.value().map(String::valueOf).orElse(SUPPRESSED);
    }
}
