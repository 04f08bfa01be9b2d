package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.interval.IntervalMethod;

/**
 * The sums Fleiss' kappa needs, kept as whole numbers so that parts merge exactly: the number of units N,
 * the number of raters per unit n, each category's total count T_j = Σ_i n_ij, and Σ_i Σ_j n_ij², where
 * n_ij is how many raters put unit i in category j. What a {@link FleissAccumulator} builds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Experimental
public final class FleissTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Scale scale;
    private final int ratersPerUnit;
    private final long units;
    private final long[] categoryTotals;
    private final long sumOfSquares;

    private FleissTable(Scale scale, int ratersPerUnit, long units, long[] categoryTotals, long sumOfSquares) {
        this.scale = scale;
        this.ratersPerUnit = ratersPerUnit;
        this.units = units;
        this.categoryTotals = categoryTotals;
        this.sumOfSquares = sumOfSquares;
    }

    /**
     * A table from its sums.
     *
     * @param scale  the scale rated on, not null
     * @param ratersPerUnit  the number of ratings every unit has, n, at least 2
     * @param units  the number of units N, at least 0
     * @param categoryTotals  T_j for each category of the scale, none negative, summing to N·n
     * @param sumOfSquares  Σ_i Σ_j n_ij², at least 0
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException if the sums are inconsistent
     */
    @JsonCreator
    public static FleissTable of(@JsonProperty("scale") Scale scale, @JsonProperty("ratersPerUnit") int ratersPerUnit,
            @JsonProperty("units") long units, @JsonProperty("categoryTotals") long[] categoryTotals,
            @JsonProperty("sumOfSquares") long sumOfSquares) {
        Objects.requireNonNull(scale, "scale");
        Violations problems = Violations.of("FleissTable");
        problems.check(ratersPerUnit >= 2, "ratersPerUnit", "must be at least 2", ratersPerUnit);
        problems.check(units >= 0, "units", "must not be negative", units);
        problems.check(categoryTotals != null && categoryTotals.length == scale.size(), "categoryTotals",
                "must have one total per category (" + scale.size() + ")",
                categoryTotals == null ? null : categoryTotals.length);
        problems.throwIfAny();
        long sum = 0;
        for (int j = 0; j < categoryTotals.length; j++) {
            problems.check(categoryTotals[j] >= 0, "categoryTotals[" + j + "]", "must not be negative", categoryTotals[j]);
            sum += categoryTotals[j];
        }
        problems.check(sum == units * ratersPerUnit, "categoryTotals", "must sum to units × ratersPerUnit ("
                + units * ratersPerUnit + ")", sum);
        problems.check(sumOfSquares >= 0, "sumOfSquares", "must not be negative", sumOfSquares);
        problems.throwIfAny();
        return new FleissTable(scale, ratersPerUnit, units, categoryTotals.clone(), sumOfSquares);
    }

    /**
     * A table straight from a units × categories count table, as Fleiss (1971) printed his: row i holds, for
     * each category of the scale, how many raters put unit i in it. Every row must add up to the same number
     * of raters.
     *
     * <pre>{@code
     * FleissTable.fromCounts(Scale.nominal("a", "b", "c", "d", "e"), new long[][] {
     *     {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, … }).kappaInterval()
     * }</pre>
     *
     * @param scale  the scale rated on, not null; its categories are the columns
     * @param counts  one row per unit, one column per category, none negative, every row with the same total of
     *     at least 2
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException naming every row of the wrong length, every
     *     negative count and every row whose total differs from the first row's
     */
    public static FleissTable fromCounts(Scale scale, long[][] counts) {
        Objects.requireNonNull(scale, "scale");
        Violations problems = Violations.of("FleissTable");
        problems.check(counts != null && counts.length > 0, "counts", "must have at least one unit (row)");
        problems.throwIfAny();
        int k = scale.size();
        long raters = -1;
        long[] totals = new long[k];
        long sumOfSquares = 0;
        for (int i = 0; i < counts.length; i++) {
            long[] row = counts[i];
            if (row == null || row.length != k) {
                problems.check(false, "counts[" + i + "]", "must have one count per category (" + k + ")",
                        row == null ? null : row.length);
                continue;
            }
            long rowTotal = 0;
            for (int j = 0; j < k; j++) {
                problems.check(row[j] >= 0, "counts[" + i + "][" + j + "]", "must not be negative", row[j]);
                rowTotal += row[j];
                totals[j] += row[j];
                sumOfSquares += row[j] * row[j];
            }
            if (raters < 0) {
                raters = rowTotal;
                problems.check(rowTotal >= 2, "counts[" + i + "]", "must add up to at least 2 raters", rowTotal);
            } else {
                problems.check(rowTotal == raters, "counts[" + i + "]",
                        "must add up to " + raters + " raters, as counts[0] does (Fleiss' kappa needs the same "
                                + "number of raters for every unit)", rowTotal);
            }
        }
        problems.throwIfAny();
        return of(scale, (int) raters, counts.length, totals, sumOfSquares);
    }

    /**
     * The scale rated on.
     *
     * @return the scale, not null
     */
    @JsonProperty("scale")
    public Scale scale() {
        return scale;
    }

    /**
     * The number of ratings every unit has, n.
     *
     * @return n, at least 2
     */
    @JsonProperty("ratersPerUnit")
    public int ratersPerUnit() {
        return ratersPerUnit;
    }

    /**
     * The number of units, N.
     *
     * @return N, at least 0
     */
    @JsonProperty("units")
    public long units() {
        return units;
    }

    /**
     * Each category's total count over all units, T_j.
     *
     * @return a copy of the totals, not null
     */
    @JsonProperty("categoryTotals")
    public long[] categoryTotals() {
        return categoryTotals.clone();
    }

    /**
     * Σ_i Σ_j n_ij², the sum over units and categories of the squared number of raters in agreement.
     *
     * @return the sum, at least 0
     */
    @JsonProperty("sumOfSquares")
    public long sumOfSquares() {
        return sumOfSquares;
    }

    /**
     * Fleiss' kappa (Fleiss 1971): p_j = T_j/(N n); P_i = (Σ_j n_ij² − n)/(n(n − 1)); P̄ = mean of P_i,
     * computed exactly as (Σ_i Σ_j n_ij² − N n)/(N n (n − 1)); P̄_e = Σ_j p_j²; κ = (P̄ − P̄_e)/(1 − P̄_e).
     * With two raters it equals Scott's pi, not Cohen's kappa.
     *
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if there are no units, or every rating is
     *     in one category so that kappa is undefined
     */
    public Agreement kappa() {
        Violations problems = Violations.of("Fleiss' kappa");
        problems.check(units > 0, "units", "must be at least 1", units);
        problems.throwIfAny();
        double nN = (double) units * ratersPerUnit;
        double meanAgreement = (sumOfSquares - nN) / (nN * (ratersPerUnit - 1));
        double chance = 0;
        for (long total : categoryTotals) {
            double p = total / nN;
            chance += p * p;
        }
        problems.check(chance < 1, "categoryTotals",
                "must not put every rating in one category: kappa is then undefined");
        problems.throwIfAny();
        double kappa = (meanAgreement - chance) / (1 - chance);
        return Agreement.builder().method(AgreementMethod.FLEISS_KAPPA).source(AgreementMethod.FLEISS_KAPPA.source())
                .coefficient(kappa).observed(meanAgreement).expected(chance).units(units).unitsLeftOut(0)
                .explanation(String.format(Locale.ROOT,
                        "%d raters each rated %d units. Two raters picked at random agreed on a unit %s of the time; "
                                + "chance alone would give %s. Fleiss' kappa = %s, where 1 is perfect agreement and 0 "
                                + "is no better than chance.",
                        ratersPerUnit, units, Agreement.show(meanAgreement), Agreement.show(chance),
                        Agreement.show(kappa)))
                .build();
    }

    /**
     * Fleiss' kappa with its standard error under no agreement, 95% interval and z-test.
     *
     * @return the kappa with its uncertainty, not null
     * @throws org.coproduction.core.validation.ValidationException if kappa is undefined
     * @see #kappaInterval(double)
     */
    public AgreementInterval kappaInterval() {
        return kappaInterval(0.95);
    }

    /**
     * Fleiss' kappa with the standard error of Fleiss, Nee and Landis (1979) for the hypothesis of no
     * agreement beyond chance: with p_j the share of all ratings in category j and q_j = 1 − p_j,
     * SE₀ = √2 / (Σ p_j q_j · √(N n (n − 1))) · √((Σ p_j q_j)² − Σ p_j q_j (q_j − p_j)); z = κ/SE₀.
     *
     * <p>The interval κ ± z·SE₀ uses the same standard error. It is derived for κ = 0, so away from 0 the
     * interval is an approximation: for an interval that does not lean on that, use Krippendorff's alpha with
     * its bootstrap interval ({@link Ratings#krippendorffAlphaInterval(Metric, int, long)}), which for nominal
     * ratings with none missing is close to Fleiss' kappa.
     *
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the kappa with its uncertainty, not null
     * @throws org.coproduction.core.validation.ValidationException if kappa is undefined or the level is
     *     outside (0, 1)
     */
    public AgreementInterval kappaInterval(double confidence) {
        Violations problems = Violations.of("Fleiss' kappa interval");
        Uncertainty.checkConfidence(problems, confidence);
        problems.throwIfAny();
        Agreement kappa = kappa();
        double nN = (double) units * ratersPerUnit;
        double spread = 0;
        double skew = 0;
        for (long total : categoryTotals) {
            double p = total / nN;
            double q = 1 - p;
            spread += p * q;
            skew += p * q * (q - p);
        }
        double se0 = Math.sqrt(2) / (spread * Math.sqrt(nN * (ratersPerUnit - 1)))
                * Math.sqrt(spread * spread - skew);
        double kap = kappa.coefficient();
        double z = kap / se0;
        double p = Uncertainty.twoSided(z);
        double half = Uncertainty.z(confidence) * se0;
        String sentence = String.format(Locale.ROOT,
                "Fleiss' kappa = %s from %d units rated by %d raters each, standard error under no agreement %s "
                        + "(Fleiss, Nee and Landis 1979): with %s%% confidence kappa lies between %s and %s, an "
                        + "approximation that is best near 0.",
                Agreement.show(kap), units, ratersPerUnit, AgreementInterval.four(se0),
                Uncertainty.percent(confidence), Agreement.show(kap - half), Agreement.show(kap + half));
        return AgreementInterval.builder()
                .agreement(kappa)
                .interval(Uncertainty.interval(IntervalMethod.FLEISS_KAPPA_NULL_SE, kap, kap - half, kap + half,
                        confidence, sentence))
                .standardError(se0).nullStandardError(se0).z(z).pValueTwoSided(p)
                .explanation(sentence + " " + Uncertainty.testSentence(z, p))
                .build();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof FleissTable)) {
            return false;
        }
        FleissTable that = (FleissTable) other;
        return scale.equals(that.scale) && ratersPerUnit == that.ratersPerUnit && units == that.units
                && Arrays.equals(categoryTotals, that.categoryTotals) && sumOfSquares == that.sumOfSquares;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, ratersPerUnit, units, Arrays.hashCode(categoryTotals), sumOfSquares);
    }

    @Override
    public String toString() {
        return "FleissTable N=" + units + ", n=" + ratersPerUnit + ", totals " + Arrays.toString(categoryTotals);
    }

    /** Java serialisation reads the fields back through {@link #of}, so that a table read is checked. */
    private Object readResolve() {
        return of(scale, ratersPerUnit, units, categoryTotals, sumOfSquares);
    }
}
