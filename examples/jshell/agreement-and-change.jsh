// Agreement between raters on the ladder of co-production, and change with confidence.
//
// The ratings in ratings.csv are ILLUSTRATIVE, made up for this example. The CSV is read with the library's
// Tables (quoted fields, comments and a byte order mark are handled; errors name the line and column).
// Run from anywhere with bin/jshell, which runs a script in its own folder, so ratings.csv is the file
// beside this script:
//   bin/jshell examples/jshell/agreement-and-change.jsh
// or pass another file with -R-Dratings.csv=/path/to/your.csv (same layout: a project column, then one
// column per rater, rung identifiers such as co-design in the cells, empty where a rater gave none).


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coproduction.measures.agreement.*;
import org.coproduction.measures.interval.*;
import org.coproduction.measures.table.*;

// ---- Read the CSV: a project column, then one column per rater; lines starting with # are comments.
String csvPath = System.getProperty("ratings.csv", "ratings.csv");
Ratings ratings = Tables.ratingsWide(Files.newBufferedReader(Path.of(csvPath)), Scale.rungs(), "project");
System.out.println(ratings);

// ---- Krippendorff's alpha: all raters, missing ratings allowed; ordinal, because rungs are ordered.
Agreement alpha = ratings.krippendorffAlpha(Metric.ORDINAL);
System.out.printf(Locale.ROOT, "%nKrippendorff's alpha (ordinal, all five raters): alpha-ordinal = %.4f%n", alpha.coefficient());
System.out.println("  " + alpha.explanation());
// With a bootstrap interval over the projects: seeded, so the same data give the same interval.
AgreementInterval alphaInterval = ratings.krippendorffAlphaInterval(Metric.ORDINAL, 2000, 20250401L);
System.out.println("  " + alphaInterval);
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
// With its large-sample standard error, interval and z-test (Fleiss, Cohen and Everitt 1969).
System.out.println("  " + ratings.cohenKappaInterval("lived-1", "staff-1", Weighting.QUADRATIC));

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
System.out.println("  " + Ratings.of(ratings.scale(), ratings.raters(), complete).fleissKappaInterval());

// ---- Change with confidence (ILLUSTRATIVE figures): forum members who said "I can influence decisions",
// 18 of 40 before the new way of working and 29 of 42 a year later (different respondents each time).
ConfidenceInterval change = Intervals.newcombe(29, 42, 18, 40);
System.out.printf(Locale.ROOT, "%nChange in the share who can influence decisions: change = %.4f (95%% CI %.4f to %.4f)%n",
        change.estimate(), change.lower(), change.upper());
System.out.println("  " + change.explanation());
System.out.println("  Before: " + Intervals.wilson(18, 40) + "; after: " + Intervals.wilson(29, 42));
System.out.println("  " + Intervals.zTest(29, 42, 18, 40));

/exit
