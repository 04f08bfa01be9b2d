package org.coproduction.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A comma-separated table as councils export it from a spreadsheet: lines starting with {@code #} and blank
 * lines are comments, the first other line names the columns, and a cell may be quoted with {@code "} (a
 * doubled {@code ""} inside quotes is one quote). Each row keeps its line number for error messages.
 */
final class Csv {

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
     * @throws InvalidInputException if there is no header line, a quote is not closed, or a row has a
     *     different number of cells from the header, naming each such line
     */
    static Csv parse(Input input) {
        List<String> problems = new ArrayList<>();
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        String[] lines = input.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            List<String> cells = cells(line);
            if (cells == null) {
                problems.add(input.name() + ": line " + number + ": a quoted cell is not closed");
                continue;
            }
            if (header == null) {
                header = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
                headerLine = number;
            } else if (cells.size() != header.size()) {
                problems.add(input.name() + ": line " + number + ": has " + cells.size() + " cells, the header has "
                        + header.size());
            } else {
                rows.add(new Row(number, cells));
            }
        }
        if (header == null) {
            problems.add(input.name() + ": has no header line");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return new Csv(input.name(), header, headerLine, rows);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        cells.add(cell.toString());
        return cells;
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
