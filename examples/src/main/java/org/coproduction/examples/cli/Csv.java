package org.coproduction.examples.cli;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comma-separated table as people save it from a spreadsheet, read as a stream one row at a time, so
 * that a table of any size is read in the same small memory: lines starting with {@code #} and blank lines
 * are comments, the first other line names the columns, and a cell may be quoted with {@code "} (a doubled
 * {@code ""} inside quotes is one quote; commas and line breaks inside quotes are part of the cell). The
 * text comes from {@link Utf8Reader}, which refuses bytes that are not UTF-8 and skips a byte-order mark
 * (Excel's "CSV UTF-8", .NET's default encoding). Read with Jackson's CSV parser at the token level, as the
 * measures module reads researchers' tables. Each row keeps the line it starts on for error messages.
 *
 * <p>A command reads a table like this:
 * <pre>{@code
 * Problems problems = new Problems(Input.name(file));
 * try (Csv table = Csv.open(inputFiles.open(file), problems)) {
 *     Map<String, Integer> columns = table.require("dimension", "answer");
 *     for (Csv.Row row = table.next(); row != null; row = table.next()) {
 *         // check the row, adding to problems; use it
 *     }
 * }
 * problems.throwIfAny();
 * }</pre>
 * A row with a different number of cells from the header, or a quote that is not closed, is added to the
 * problems (the row is not returned; after an unclosed quote the table ends).
 */
final class Csv implements Closeable {

    /** Jackson's CSV parser at the token level, as the measures module reads tables: cells need no data binding. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /**
     * One data row with the line it starts on.
     *
     * @param line  the line number, counting from 1
     * @param cells  the cells as written, as many as the header has
     */
    record Row(int line, List<String> cells) {
    }

    private final String name;
    private final CsvParser parser;
    private final Problems problems;
    private List<String> header;
    private List<String> labels;
    private int headerLine;
    private boolean started;
    private boolean ended;

    private Csv(String name, CsvParser parser, Problems problems) {
        this.name = name;
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Opens a table and reads its header line.
     *
     * @param text  the table's characters, closed with the table
     * @param problems  where problems in rows are added, not null
     * @return the table, to be closed, not null
     * @throws InvalidInputException if there is no header line, the header is separated by semicolons or tabs
     *     rather than commas (naming the delimiter found), or the CSV is broken before the header ends
     */
    static Csv open(Utf8Reader text, Problems problems) {
        Csv table;
        try {
            CsvParser parser = CSV.createParser(text);
            parser.setSchema(CsvSchema.emptySchema().withComments());
            table = new Csv(text.name(), parser, problems);
        } catch (IOException e) {
            throw new InvalidInputException(text.name() + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            table.readHeader();
        } catch (RuntimeException e) {
            table.close();
            throw e;
        }
        return table;
    }

    private void readHeader() {
        Problems beforeHeader = new Problems(name);
        Row first = row(beforeHeader);
        beforeHeader.throwIfAny();
        if (first == null) {
            throw new InvalidInputException(name + ": has no header line");
        }
        labels = first.cells().stream().map(String::strip).toList();
        header = labels.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        headerLine = first.line();
        String delimiter = otherDelimiter(first.cells());
        if (delimiter != null) {
            throw new InvalidInputException(name + ": line " + headerLine + ": the columns seem to be "
                    + "separated by " + delimiter + ", not commas; save the table as CSV with commas (in Excel, "
                    + "\"CSV UTF-8 (Comma delimited)\")");
        }
    }

    /**
     * The next data row with as many cells as the header; rows with another number are added to the problems
     * and skipped.
     *
     * @return the row, or null at the end of the table
     */
    Row next() {
        for (Row row = row(problems); row != null; row = row(problems)) {
            if (row.cells().size() == header.size()) {
                return row;
            }
            problems.add(name + ": line " + row.line() + ": has " + row.cells().size() + " cells, the header has "
                    + header.size());
        }
        return null;
    }

    /** The next line of cells, or null at the end or after a break in the CSV, which is added to the problems. */
    private Row row(Problems found) {
        if (ended) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                parser.nextToken(); // the array that wraps all rows
            }
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                ended = true;
                return null;
            }
            int line = -1;
            List<String> cells = new ArrayList<>();
            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (line < 0) {
                    // The row's first cell tells where the row starts.
                    line = parser.currentTokenLocation().getLineNr();
                }
                cells.add(parser.getText());
            }
            return new Row(line, List.copyOf(cells));
        } catch (StreamReadException e) {
            ended = true;
            found.add(name + ": line " + e.getLocation().getLineNr() + ": "
                    + (e.getMessage().contains("closing quote") ? "a quoted cell is not closed"
                            : "is not valid CSV (" + e.getOriginalMessage() + ")"));
            return null;
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read (" + e.getMessage() + ")");
        }
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
        List<String> missing = new ArrayList<>();
        for (String column : columns) {
            int at = header.indexOf(column);
            if (at < 0) {
                missing.add(name + ": line " + headerLine + ": missing column \"" + column + "\" (the header has "
                        + String.join(", ", header) + "; expected " + String.join(", ", Arrays.asList(columns)) + ")");
            }
            positions.put(column, at);
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(String.join("\n", missing));
        }
        return positions;
    }

    String name() {
        return name;
    }

    /**
     * The column names, stripped and in lower case.
     *
     * @return the names, not null
     */
    List<String> header() {
        return header;
    }

    /**
     * The column names as written, stripped: for output that keeps the table's own labels.
     *
     * @return the names, not null
     */
    List<String> labels() {
        return labels;
    }

    int headerLine() {
        return headerLine;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Nothing was written; a stream that fails to close has already been read.
        }
    }
}
