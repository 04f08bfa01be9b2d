// Agreement between raters on the ladder of co-production, and change with confidence.
//
// The ratings in ratings.csv are ILLUSTRATIVE, made up for this example. Run from the repository root:
//   ./mvnw -q -pl examples -am package -DskipTests
//   jshell --class-path "examples/target/lib/*" examples/jshell/agreement-and-change.jsh
// or pass another file with -R-Dratings.csv=path/to/your.csv (same layout: a project column, then one
// column per rater, rung identifiers such as co-design in the cells, empty where a rater gave none).


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coproduction.measures.agreement.*;
import org.coproduction.measures.interval.*;

// ---- Read the CSV with plain Java: skip comment lines, first line names the raters.
String csvPath = System.getProperty("ratings.csv", "examples/jshell/ratings.csv");
List<String> rows = new ArrayList<>();
for (String line : Files.readAllLines(Path.of(csvPath))) {
    if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line);
    }
}
String[] header = rows.get(0).split(",", -1);
Ratings.Builder builder = Ratings.builder(Scale.rungs()).raters(Arrays.copyOfRange(header, 1, header.length));
for (String row : rows.subList(1, rows.size())) {
    String[] cells = row.split(",", -1);
    builder.unit(cells[0], Arrays.copyOfRange(cells, 1, cells.length));
}
Ratings ratings = builder.build();
System.out.println(ratings);

// ---- Krippendorff's alpha: all raters, missing ratings allowed; ordinal, because rungs are ordered.
Agreement alpha = ratings.krippendorffAlpha(Metric.ORDINAL);
System.out.printf(Locale.ROOT, "%nKrippendorff's alpha (ordinal, all five raters): alpha-ordinal = %.4f%n", alpha.coefficient());
System.out.println("  " + alpha.explanation());
System.out.printf(Locale.ROOT, "Krippendorff's alpha (nominal, all five raters): alpha-nominal = %.4f%n",
        ratings.krippendorffAlpha(Metric.NOMINAL).coefficient());
System.out.printf(Locale.ROOT, "Lived-experience raters alone: alpha-lived = %.4f; professionals alone: alpha-staff = %.4f%n",
        ratings.forRaters("lived-1", "lived-2", "lived-3").krippendorffAlpha(Metric.ORDINAL).coefficient(),
        ratings.forRaters("staff-1", "staff-2").krippendorffAlpha(Metric.ORDINAL).coefficient());

// ---- Cohen's kappa between one lived-experience rater and one professional.
Agreement plain = ratings.cohenKappa("lived-1", "staff-1", Weighting.UNWEIGHTED);
Agreement weighted = ratings.cohenKappa("lived-1", "staff-1", Weighting.QUADRATIC);
System.out.printf(Locale.ROOT, "%nCohen's kappa, lived-1 against staff-1: kappa-unweighted = %.4f, kappa-quadratic = %.4f%n",
        plain.coefficient(), weighted.coefficient());
System.out.println("  " + weighted.explanation());

// ---- Fleiss' kappa needs every project rated by every rater, so use the complete rows only.
List<RatedUnit> complete = new ArrayList<>();
for (RatedUnit unit : ratings.units()) {
    if (unit.given() == ratings.raters().size()) {
        complete.add(unit);
    }
}
Agreement fleiss = Ratings.of(ratings.scale(), ratings.raters(), complete).fleissKappa();
System.out.printf(Locale.ROOT, "%nFleiss' kappa over the %d fully rated projects: fleiss-kappa = %.4f%n",
        complete.size(), fleiss.coefficient());

// ---- Change with confidence (ILLUSTRATIVE figures): forum members who said "I can influence decisions",
// 18 of 40 before the new way of working and 29 of 42 a year later (different respondents each time).
ConfidenceInterval change = Intervals.newcombe(29, 42, 18, 40);
System.out.printf(Locale.ROOT, "%nChange in the share who can influence decisions: change = %.4f (95%% CI %.4f to %.4f)%n",
        change.estimate(), change.lower(), change.upper());
System.out.println("  " + change.explanation());
System.out.println("  Before: " + Intervals.wilson(18, 40) + "; after: " + Intervals.wilson(29, 42));
System.out.println("  " + Intervals.zTest(29, 42, 18, 40));

/exit
