package org.coproduction.measures.table;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.coproduction.core.validation.Violations;

/**
 * A CSV table read whole: the header and every row with the line it starts on. Lines starting with '#' and
 * blank lines are skipped; fields may be quoted (with commas, quotes or line breaks inside); a byte order mark
 * at the start is ignored. Cells are trimmed.
 */
final class CsvRows {

    /** Jackson's CSV parser at the token level: no data binding is needed to read cells. */
    private static final CsvFactory CSV = CsvFactory.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).enable(CsvParser.Feature.TRIM_SPACES).build();

    /** One row: the line it starts on (from 1) and its cells. */
    record Row(long line, List<String> cells) {
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvRows(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvRows read(Reader source) {
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withComments();
        try (CsvParser parser = CSV.createParser(withoutByteOrderMark(source))) {
            parser.setSchema(schema);
            JsonToken token = parser.nextToken(); // the array of all rows
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                // The row's first cell tells where the row starts (the array's own start is reported at the
                // end of the line before).
                long line = -1;
                List<String> cells = new ArrayList<>();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText().trim());
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Row(line, Collections.unmodifiableList(cells)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV table: " + e.getMessage(), e);
        }
        Violations.of("CSV table").check(header != null, "line 1", "must be a header naming the columns")
                .throwIfAny();
        return new CsvRows(List.copyOf(header), List.copyOf(rows));
    }

    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        PushbackReader reader = new PushbackReader(source, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    List<Row> rows() {
        return rows;
    }

    /**
     * The positions of the named columns, ignoring case and surrounding spaces; every missing column is named
     * in one error.
     */
    int[] columns(String... names) {
        Violations problems = Violations.of("CSV table");
        int[] positions = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            positions[i] = position(names[i]);
            problems.check(positions[i] >= 0, "header", "must have a column \"" + names[i] + "\"; the columns are "
                    + header);
        }
        problems.throwIfAny();
        return positions;
    }

    private int position(String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    List<String> header() {
        return header;
    }

    /**
     * The cell of a row in a column, or "" when the row is short; a short or long row is reported by
     * {@link #checkWidth}.
     */
    static String cell(Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : "";
    }

    /** Reports a row with another number of cells than the header has. */
    void checkWidth(Row row, Violations problems) {
        problems.check(row.cells().size() == header.size(), where(row),
                "must have " + header.size() + " cells, one per column of the header", row.cells().size());
    }

    /** The place of a row in the file, for error messages: "line 7". */
    static String where(Row row) {
        return "line " + row.line();
    }

    /** The place of a cell in the file, for error messages: "line 7, column 3 (after)". */
    String where(Row row, int column) {
        return "line " + row.line() + ", column " + (column + 1) + " (" + header.get(column) + ")";
    }
}
