package org.coproduction.measures.table;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.agreement.RatedUnit;
import org.coproduction.measures.agreement.Ratings;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.interval.PairedCount;
import org.coproduction.measures.interval.ProportionCount;
import org.coproduction.measures.safeguarding.Referral;
import org.coproduction.measures.survey.AscsResponse;

/**
 * Researchers' tables in, as CSV: a header row naming the columns, then one row per record. Fields may be
 * quoted (with commas, quotes or line breaks inside), lines starting with {@code #} and blank lines are
 * skipped, and a UTF-8 byte order mark is ignored. Column names match ignoring case. Every problem in a
 * table is reported at once, each with its line and column, and nothing is returned from a table with a
 * problem.
 *
 * <p>The library reads no files itself: pass a {@link Reader} (in JShell, {@code Files.newBufferedReader(
 * Path.of("survey.csv"))}, which reads UTF-8), a {@code new StringReader(text)}, or an {@link InputStream}
 * through {@link #utf8(InputStream)}.
 *
 * <pre>{@code
 * Tables.ratingsWide(Files.newBufferedReader(Path.of("ratings.csv")), Scale.rungs(), "project")
 *     .krippendorffAlphaInterval(Metric.ORDINAL, 2000, 1);
 * Tables.shares(Files.newBufferedReader(Path.of("survey.csv")), "year", "influence").change("2025", "2024");
 * Tables.paired(Files.newBufferedReader(Path.of("forum.csv")), "before", "after").change();
 * }</pre>
 *
 * <p>Yes/no cells read {@code yes}, {@code y}, {@code true}, {@code 1} as yes and {@code no}, {@code n},
 * {@code false}, {@code 0} as no, ignoring case; any other value is an error, never a silent "no".
 */
@Stable
public final class Tables {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("no", "n", "false", "0");
    private static final String YES_NO = "must be yes or no (yes, y, true, 1 / no, n, false, 0)";

    private Tables() {
    }

    /**
     * A reader of UTF-8 text from a stream, for the methods of this class.
     *
     * @param stream  the stream, not null; closed when the returned reader is closed
     * @return the reader, not null
     */
    public static Reader utf8(InputStream stream) {
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    /**
     * A yes/no outcome counted by group, such as survey year: for each value of the group column, how many
     * said yes of those who answered; blank answers are counted apart.
     *
     * @param csv  the table, not null; read to the end, not closed
     * @param groupColumn  the column naming each row's group, such as "year"
     * @param outcomeColumn  the yes/no column, such as "influence"
     * @return the counts by group, in the order the groups first appear, not null
     * @throws ValidationException naming every missing column, blank group and cell that is not yes or no,
     *     by line and column
     */
    public static GroupShares shares(Reader csv, String groupColumn, String outcomeColumn) {
        CsvRows table = CsvRows.read(csv);
        int[] at = table.columns(groupColumn, outcomeColumn);
        Violations problems = Violations.of("CSV table");
        Map<String, long[]> tallies = new LinkedHashMap<>();
        for (CsvRows.Row row : table.rows()) {
            table.checkWidth(row, problems);
            String group = CsvRows.cell(row, at[0]);
            String answer = CsvRows.cell(row, at[1]);
            problems.check(!group.isEmpty(), table.where(row, at[0]), "must name the group");
            long[] tally = tallies.computeIfAbsent(group, g -> new long[3]);
            if (answer.isEmpty()) {
                tally[2]++;
                continue;
            }
            Boolean yes = yesNo(answer);
            problems.check(yes != null, table.where(row, at[1]), YES_NO, answer);
            if (yes != null) {
                tally[0] += yes ? 1 : 0;
                tally[1]++;
            }
        }
        problems.throwIfAny();
        Map<String, ProportionCount> counts = new LinkedHashMap<>();
        Map<String, Long> blank = new LinkedHashMap<>();
        tallies.forEach((group, tally) -> {
            counts.put(group, ProportionCount.of(tally[0], tally[1]));
            blank.put(group, tally[2]);
        });
        return new GroupShares(new ArrayList<>(tallies.keySet()), counts, blank);
    }

    /**
     * A yes/no answer given twice by the same people, one row per person, as the 2 × 2 counts that
     * Newcombe's paired interval and McNemar's test need.
     *
     * @param csv  the table, not null; read to the end, not closed
     * @param beforeColumn  the column of the first answer, such as "before"
     * @param afterColumn  the column of the second answer, such as "after"
     * @return the counts, not null
     * @throws ValidationException naming every missing column and every cell that is blank or not yes or no,
     *     by line and column: a paired comparison needs both answers from everyone in it
     */
    public static PairedCount paired(Reader csv, String beforeColumn, String afterColumn) {
        CsvRows table = CsvRows.read(csv);
        int[] at = table.columns(beforeColumn, afterColumn);
        Violations problems = Violations.of("CSV table");
        long[] cells = new long[4];
        for (CsvRows.Row row : table.rows()) {
            table.checkWidth(row, problems);
            Boolean before = pairedAnswer(table, row, at[0], problems);
            Boolean after = pairedAnswer(table, row, at[1], problems);
            if (before != null && after != null) {
                cells[(before ? 0 : 2) + (after ? 0 : 1)]++;
            }
        }
        problems.throwIfAny();
        // cells: [yes, yes], [yes, no], [no, yes], [no, no]
        return PairedCount.of(cells[0], cells[1], cells[2], cells[3]);
    }

    private static Boolean pairedAnswer(CsvRows table, CsvRows.Row row, int column, Violations problems) {
        String text = CsvRows.cell(row, column);
        if (text.isEmpty()) {
            problems.check(false, table.where(row, column),
                    "must be answered: a paired comparison needs both answers; leave out people not asked twice");
            return null;
        }
        Boolean answer = yesNo(text);
        problems.check(answer != null, table.where(row, column), YES_NO, text);
        return answer;
    }

    /**
     * Ratings in long form, one row per rating: a unit (project), a rater and a category of the scale. Units
     * and raters come in the order they first appear; a rater who did not rate a unit has a gap there.
     *
     * @param csv  the table, not null; read to the end, not closed
     * @param scale  the scale rated on, not null
     * @param unitColumn  the column naming the unit, such as "project"
     * @param raterColumn  the column naming the rater, such as "rater"
     * @param valueColumn  the column of the rating, such as "rung"
     * @return the ratings, not null
     * @throws ValidationException naming every missing column, blank unit or rater, rating not on the scale and
     *     second rating of a unit by the same rater, by line and column
     */
    public static Ratings ratings(Reader csv, Scale scale, String unitColumn, String raterColumn, String valueColumn) {
        CsvRows table = CsvRows.read(csv);
        int[] at = table.columns(unitColumn, raterColumn, valueColumn);
        Violations problems = Violations.of("CSV table");
        List<String> raters = new ArrayList<>();
        Map<String, Map<String, String>> byUnit = new LinkedHashMap<>();
        Map<String, Long> firstLine = new LinkedHashMap<>();
        for (CsvRows.Row row : table.rows()) {
            table.checkWidth(row, problems);
            String unit = CsvRows.cell(row, at[0]);
            String rater = CsvRows.cell(row, at[1]);
            String value = CsvRows.cell(row, at[2]);
            problems.check(!unit.isEmpty(), table.where(row, at[0]), "must name the unit");
            problems.check(!rater.isEmpty(), table.where(row, at[1]), "must name the rater");
            checkOnScale(table, row, at[2], value, scale, problems);
            if (unit.isEmpty() || rater.isEmpty()) {
                continue;
            }
            if (!raters.contains(rater)) {
                raters.add(rater);
            }
            Map<String, String> given = byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>());
            String key = unit + "\u0000" + rater;
            problems.check(!given.containsKey(rater), table.where(row, at[1]), "must rate " + unit
                    + " only once; " + rater + " rated it already on line " + firstLine.get(key), rater);
            firstLine.putIfAbsent(key, row.line());
            given.putIfAbsent(rater, value.isEmpty() ? null : value);
        }
        problems.throwIfAny();
        List<RatedUnit> units = new ArrayList<>();
        byUnit.forEach((unit, given) -> {
            List<String> row = new ArrayList<>();
            for (String rater : raters) {
                row.add(given.get(rater));
            }
            units.add(new RatedUnit(unit, row));
        });
        return Ratings.of(scale, raters, units);
    }

    /**
     * Ratings in wide form, one row per unit: a unit column, then one column per rater, a category of the
     * scale in each cell, blank where a rater gave none.
     *
     * @param csv  the table, not null; read to the end, not closed
     * @param scale  the scale rated on, not null
     * @param unitColumn  the column naming the unit, such as "project"; every other column is a rater
     * @return the ratings, not null
     * @throws ValidationException naming every missing column, blank or repeated unit and rating not on the
     *     scale, by line and column
     */
    public static Ratings ratingsWide(Reader csv, Scale scale, String unitColumn) {
        CsvRows table = CsvRows.read(csv);
        int unitAt = table.columns(unitColumn)[0];
        Violations problems = Violations.of("CSV table");
        List<String> raters = new ArrayList<>(table.header());
        raters.remove(unitAt);
        Map<String, Long> seen = new LinkedHashMap<>();
        List<RatedUnit> units = new ArrayList<>();
        for (CsvRows.Row row : table.rows()) {
            table.checkWidth(row, problems);
            String unit = CsvRows.cell(row, unitAt);
            problems.check(!unit.isEmpty(), table.where(row, unitAt), "must name the unit");
            problems.check(unit.isEmpty() || !seen.containsKey(unit), table.where(row, unitAt),
                    "must not repeat a unit; " + unit + " is on line " + seen.get(unit), unit);
            seen.putIfAbsent(unit, row.line());
            List<String> given = new ArrayList<>();
            for (int column = 0; column < table.header().size(); column++) {
                if (column != unitAt) {
                    String value = CsvRows.cell(row, column);
                    checkOnScale(table, row, column, value, scale, problems);
                    given.add(value.isEmpty() ? null : value);
                }
            }
            units.add(new RatedUnit(unit.isEmpty() ? "line " + row.line() : unit, given));
        }
        problems.throwIfAny();
        return Ratings.of(scale, raters, units);
    }

    private static void checkOnScale(CsvRows table, CsvRows.Row row, int column, String value, Scale scale,
            Violations problems) {
        problems.check(value.isEmpty() || scale.indexOf(value).isPresent(), table.where(row, column),
                "must be a category of the scale " + scale.categories() + " or blank", value);
    }

    /** The columns of an Adult Social Care Survey return, as {@link AscsResponse} names them. */
    private static final List<String> ASCS_COLUMNS = List.of("recordId", "weight", "q1", "q3a", "q4a", "q5a", "q6a",
            "q7a", "q8a", "q9a", "q11", "q12");

    /**
     * Adult Social Care Survey returns, one row per respondent, with the columns recordId, weight, q1, q3a,
     * q4a, q5a, q6a, q7a, q8a, q9a, q11 and q12 (any order, other columns ignored). Answer codes are whole
     * numbers as in the survey's return; a blank answer is {@link AscsResponse#NO_ANSWER}.
     *
     * @param csv  the table, not null; read to the end, not closed
     * @return the responses in table order, not null
     * @throws ValidationException naming every missing column, number that is not a number, and code or weight
     *     out of range, by line and column
     */
    public static List<AscsResponse> ascsResponses(Reader csv) {
        CsvRows table = CsvRows.read(csv);
        int[] at = table.columns(ASCS_COLUMNS.toArray(String[]::new));
        Violations problems = Violations.of("CSV table");
        List<AscsResponse> responses = new ArrayList<>();
        for (CsvRows.Row row : table.rows()) {
            table.checkWidth(row, problems);
            String weightText = CsvRows.cell(row, at[1]);
            double weight = Double.NaN;
            try {
                weight = Double.parseDouble(weightText);
            } catch (NumberFormatException e) {
                problems.check(false, table.where(row, at[1]), "must be a number", weightText);
            }
            int[] codes = new int[10];
            boolean readable = !Double.isNaN(weight);
            for (int q = 0; q < 10; q++) {
                String text = CsvRows.cell(row, at[q + 2]);
                try {
                    codes[q] = text.isEmpty() ? AscsResponse.NO_ANSWER : Integer.parseInt(text);
                } catch (NumberFormatException e) {
                    problems.check(false, table.where(row, at[q + 2]), "must be a whole-number answer code or blank",
                            text);
                    readable = false;
                }
            }
            if (!readable) {
                continue;
            }
            try {
                responses.add(new AscsResponse(CsvRows.cell(row, at[0]), weight, codes[0], codes[1], codes[2],
                        codes[3], codes[4], codes[5], codes[6], codes[7], codes[8], codes[9]));
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    int column = ASCS_COLUMNS.indexOf(v.path());
                    problems.add(column >= 0 ? Violation.of(table.where(row, at[column]), v.rule(),
                            v.actual().orElse(null)) : v.under(CsvRows.where(row)));
                }
            }
        }
        problems.throwIfAny();
        return List.copyOf(responses);
    }

    /**
     * Adult support and protection referrals, one row per referral, with the columns referralId, personId,
     * received (a date such as 2025-04-01) and selfReferral (yes or no).
     *
     * @param csv  the table, not null; read to the end, not closed
     * @return the referrals in table order, not null
     * @throws ValidationException naming every missing column, blank identifier, date that is not a date and
     *     cell that is not yes or no, by line and column
     */
    public static List<Referral> referrals(Reader csv) {
        CsvRows table = CsvRows.read(csv);
        int[] at = table.columns("referralId", "personId", "received", "selfReferral");
        Violations problems = Violations.of("CSV table");
        List<Referral> referrals = new ArrayList<>();
        for (CsvRows.Row row : table.rows()) {
            table.checkWidth(row, problems);
            String id = CsvRows.cell(row, at[0]);
            String person = CsvRows.cell(row, at[1]);
            String date = CsvRows.cell(row, at[2]);
            String self = CsvRows.cell(row, at[3]);
            problems.check(!id.isEmpty(), table.where(row, at[0]), "must not be blank");
            problems.check(!person.isEmpty(), table.where(row, at[1]), "must not be blank");
            LocalDate received = null;
            try {
                received = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.check(false, table.where(row, at[2]), "must be a date written year-month-day, such as "
                        + "2025-04-01", date);
            }
            Boolean selfReferral = yesNo(self);
            problems.check(selfReferral != null, table.where(row, at[3]), YES_NO, self);
            if (!id.isEmpty() && !person.isEmpty() && received != null && selfReferral != null) {
                referrals.add(new Referral(id, person, received, selfReferral));
            }
        }
        problems.throwIfAny();
        return List.copyOf(referrals);
    }

    private static Boolean yesNo(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        return YES.contains(key) ? Boolean.TRUE : NO.contains(key) ? Boolean.FALSE : null;
    }

}
