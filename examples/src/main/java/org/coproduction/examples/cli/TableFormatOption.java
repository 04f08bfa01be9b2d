package org.coproduction.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code -f/--format} option of a command whose natural output is a table: readable text, JSON, or CSV
 * (one row per line, a header first) for a spreadsheet.
 */
final class TableFormatOption {

    /** How a table is printed. */
    enum TableFormat {
        /** Readable text. */
        TEXT,
        /** JSON written by {@link org.coproduction.core.json.CoproductionJson}. */
        JSON,
        /** Comma-separated values with a header line. */
        CSV
    }

    @Option(names = {"-f", "--format"}, defaultValue = "text", converter = Converter.class,
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    private TableFormat format;

    /**
     * The format asked for.
     *
     * @return the format, not null
     */
    TableFormat format() {
        return format;
    }

    /** Reads {@code text}, {@code json} or {@code csv}, as the option's help says. */
    static final class Converter implements CommandLine.ITypeConverter<TableFormat> {
        @Override
        public TableFormat convert(String value) {
            for (TableFormat format : TableFormat.values()) {
                if (format.name().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new CommandLine.TypeConversionException("expected text, json or csv, was \"" + value + "\"");
        }
    }

    /**
     * A cell written for CSV: quoted when it holds a comma, a quote or a line break, with quotes doubled.
     *
     * @param cell  the cell's text, not null
     * @return the cell as CSV, not null
     */
    static String cell(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
