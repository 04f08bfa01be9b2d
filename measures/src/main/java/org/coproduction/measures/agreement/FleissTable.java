package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * The sums Fleiss' kappa needs, kept as whole numbers so that parts merge exactly: the number of units N,
 * the number of raters per unit n, each category's total count T_j = Σ_i n_ij, and Σ_i Σ_j n_ij², where
 * n_ij is how many raters put unit i in category j. What a {@link FleissAccumulator} builds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Experimental
public final class FleissTable {

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
}
