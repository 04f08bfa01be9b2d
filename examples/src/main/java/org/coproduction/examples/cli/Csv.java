package org.coproduction.examples.cli;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comma-separated table as people save it from a spreadsheet: lines starting with {@code #} and blank
 * lines are comments, the first other line names the columns, and a cell may be quoted with {@code "} (a
 * doubled {@code ""} inside quotes is one quote; commas and line breaks inside quotes are part of the cell).
 * A byte-order mark at the start (Excel's "CSV UTF-8", .NET's default encoding) is ignored. Read with
 * Jackson's CSV parser, as the measures module reads researchers' tables. Each row keeps the line it starts
 * on for error messages.
 */
final class Csv {

    /** Jackson's CSV parser at the token level, as the measures module reads tables: cells need no data binding. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /** One data row with the line it came from. */
    record Row(int line, List<String> cells) {
    }

    private final String name;
    private final List<String> header;
    private final int headerLine;
    private final List<Row> rows;

    private Csv(String name, List<String> header, int headerLine, List<Row> rows) {
        this.name = name;
        this.header = header;
        this.headerLine = headerLine;
        this.rows = rows;
    }

    /**
     * Reads a table.
     *
     * @param input  the document
     * @return the table, not null
     * @throws InvalidInputException if there is no header line, the header is separated by semicolons or tabs
     *     rather than commas (naming the delimiter found), a quote is not closed, or a row has a different number
     *     of cells from the header, naming each such line
     */
    static Csv parse(Input input) {
        String text = input.text().startsWith("\uFEFF") ? input.text().substring(1) : input.text();
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withComments();
        try (CsvParser parser = CSV.createParser(text)) {
            parser.setSchema(schema);
            parser.nextToken(); // the array of all rows
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = -1;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        // The row's first cell tells where the row starts.
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                lines.add(cells);
                numbers.add(line);
            }
        } catch (StreamReadException e) {
            problems.add(input.name() + ": line " + e.getLocation().getLineNr() + ": "
                    + (e.getMessage().contains("closing quote") ? "a quoted cell is not closed"
                            : "is not valid CSV (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a string does not fail
        }
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            int number = numbers.get(i);
            if (header == null) {
                header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                headerLine = number;
                String delimiter = otherDelimiter(cells);
                if (delimiter != null) {
                    throw new InvalidInputException(input.name() + ": line " + number + ": the columns seem to be "
                            + "separated by " + delimiter + ", not commas; save the table as CSV with commas (in Excel, "
                            + "\"CSV UTF-8 (Comma delimited)\")");
                }
            } else if (cells.size() != header.size()) {
                problems.add(input.name() + ": line " + number + ": has " + cells.size() + " cells, the header has "
                        + header.size());
            } else {
                rows.add(new Row(number, List.copyOf(cells)));
            }
        }
        if (header == null && problems.isEmpty()) {
            problems.add(input.name() + ": has no header line");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return new Csv(input.name(), header, headerLine, rows);
    }

    /**
     * The delimiter a header line of one cell seems to use instead of commas, in words, or null: a spreadsheet
     * set to a language that writes decimal commas saves "CSV" with semicolons, and some exports use tabs.
     */
    private static String otherDelimiter(List<String> header) {
        if (header.size() != 1) {
            return null;
        }
        String only = header.get(0);
        if (only.contains(";")) {
            return "semicolons (;)";
        }
        return only.contains("\t") ? "tabs" : null;
    }

    /**
     * The position of each required column, failing with one line per missing column.
     *
     * @param columns  the required column names, lower case
     * @return each name's position, not null
     * @throws InvalidInputException naming every missing column and the columns the file has
     */
    Map<String, Integer> require(String... columns) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String column : columns) {
            int at = header.indexOf(column);
            if (at < 0) {
                problems.add(name + ": line " + headerLine + ": missing column \"" + column + "\" (the header has "
                        + String.join(", ", header) + "; expected " + String.join(", ", Arrays.asList(columns)) + ")");
            }
            positions.put(column, at);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return positions;
    }

    String name() {
        return name;
    }

    List<String> header() {
        return header;
    }

    int headerLine() {
        return headerLine;
    }

    List<Row> rows() {
        return rows;
    }
}
