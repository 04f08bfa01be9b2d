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
 * The cross-table of two raters' ratings: how many units the first rater put in category i and the second
 * in category j. It is all Cohen's kappa needs, and what a {@link PairTableAccumulator} builds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Experimental
public final class PairTable implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Scale scale;
    private final long[][] counts;
    private final long unitsLeftOut;

    private PairTable(Scale scale, long[][] counts, long unitsLeftOut) {
        this.scale = scale;
        this.counts = counts;
        this.unitsLeftOut = unitsLeftOut;
    }

    /**
     * A table from its counts: rows are the first rater's categories, columns the second's.
     *
     * @param scale  the scale rated on, not null
     * @param counts  a k × k table of counts for the k categories of the scale, none negative
     * @param unitsLeftOut  how many units were not counted because a rating was missing, at least 0
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException if the table is not k × k or has a
     *     negative count
     */
    @JsonCreator
    public static PairTable of(@JsonProperty("scale") Scale scale, @JsonProperty("counts") long[][] counts,
            @JsonProperty("unitsLeftOut") long unitsLeftOut) {
        Objects.requireNonNull(scale, "scale");
        Violations problems = Violations.of("PairTable");
        int k = scale.size();
        problems.check(counts != null && counts.length == k, "counts", "must have one row per category (" + k + ")",
                counts == null ? null : counts.length);
        problems.check(unitsLeftOut >= 0, "unitsLeftOut", "must not be negative", unitsLeftOut);
        problems.throwIfAny();
        long[][] copy = new long[k][];
        for (int i = 0; i < k; i++) {
            problems.check(counts[i] != null && counts[i].length == k, "counts[" + i + "]",
                    "must have one column per category (" + k + ")", counts[i] == null ? null : counts[i].length);
            if (counts[i] != null && counts[i].length == k) {
                copy[i] = counts[i].clone();
                for (int j = 0; j < k; j++) {
                    problems.check(counts[i][j] >= 0, "counts[" + i + "][" + j + "]", "must not be negative",
                            counts[i][j]);
                }
            }
        }
        problems.throwIfAny();
        return new PairTable(scale, copy, unitsLeftOut);
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
     * The counts: row i, column j is the number of units the first rater put in category i and the second
     * in category j.
     *
     * @return a copy of the table, not null
     */
    @JsonProperty("counts")
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /**
     * How many units were not counted because either rating was missing.
     *
     * @return the count, at least 0
     */
    @JsonProperty("unitsLeftOut")
    public long unitsLeftOut() {
        return unitsLeftOut;
    }

    /**
     * The number of units counted.
     *
     * @return the total of the table
     */
    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    /**
     * Cohen's kappa, weighted or not (Cohen 1960, 1968): κ = 1 − Σ w_ij o_ij / Σ w_ij e_ij, with o the
     * observed counts, e_ij = r_i c_j / N the counts expected from the raters' own totals and w the
     * {@link Weighting}'s disagreement weights. Unweighted, this is (p_o − p_e)/(1 − p_e).
     *
     * @param weighting  how near misses count, not null
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if the table is empty, or both raters
     *     used a single category throughout so that chance agreement is complete and kappa is undefined
     */
    public Agreement cohenKappa(Weighting weighting) {
        int k = scale.size();
        long n = total();
        Violations problems = Violations.of("Cohen's kappa");
        problems.check(n > 0, "counts", "must count at least one unit rated by both raters", n);
        problems.throwIfAny();
        long[] rows = new long[k];
        long[] columns = new long[k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += counts[i][j];
                columns[j] += counts[i][j];
            }
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double w = weighting.disagreement(scale, i, j);
                observedDisagreement += w * counts[i][j];
                expectedDisagreement += w * ((double) rows[i] * columns[j] / n);
            }
        }
        problems.check(expectedDisagreement > 0, "counts",
                "must not have both raters using one and the same category throughout: kappa is then undefined");
        problems.throwIfAny();
        double kappa = 1 - observedDisagreement / expectedDisagreement;
        double po = 1 - observedDisagreement / n;
        double pe = 1 - expectedDisagreement / n;
        AgreementMethod method = AgreementMethod.cohen(weighting);
        return Agreement.builder().method(method).source(method.source())
                .coefficient(kappa).observed(po).expected(pe).units(n).unitsLeftOut(unitsLeftOut)
                .explanation(String.format(Locale.ROOT,
                        "Two raters rated %d units. They agreed%s %s of the time; chance alone would give %s. "
                                + "%s = %s, where 1 is perfect agreement and 0 is no better than chance.%s",
                        n, weighting == Weighting.UNWEIGHTED ? "" : " (with partial credit for near misses)",
                        Agreement.show(po), Agreement.show(pe), method.displayName(), Agreement.show(kappa),
                        Agreement.leftOut(unitsLeftOut, "a rating was missing")))
                .build();
    }

    /**
     * Cohen's kappa with its large-sample standard error, 95% confidence interval and z-test.
     *
     * @param weighting  how near misses count, not null
     * @return the kappa with its uncertainty, not null
     * @throws org.coproduction.core.validation.ValidationException if kappa is undefined
     * @see #cohenKappaInterval(Weighting, double)
     */
    public AgreementInterval cohenKappaInterval(Weighting weighting) {
        return cohenKappaInterval(weighting, 0.95);
    }

    /**
     * Cohen's kappa, weighted or not, with the large-sample standard errors of Fleiss, Cohen and Everitt
     * (1969). With cell proportions p_ij, margins p_i· and p_·j, agreement weights w_ij = 1 − the
     * {@link Weighting}'s disagreement weight, w̄_i· = Σ_j p_·j w_ij, w̄_·j = Σ_i p_i· w_ij and p_e = Σ w_ij p_i· p_·j:
     * <ul>
     *   <li>Var(κ) = [Σ p_ij (w_ij − (w̄_i· + w̄_·j)(1 − κ))² − (κ − p_e(1 − κ))²] / (N(1 − p_e)²), for the
     *       interval κ ± z·SE, which is not cut at −1 or 1;</li>
     *   <li>Var₀(κ) = [Σ p_i· p_·j (w_ij − (w̄_i· + w̄_·j))² − p_e²] / (N(1 − p_e)²), the variance when the raters
     *       agree no more than chance, for the test z = κ/SE₀.</li>
     * </ul>
     * These are the figures R's {@code irr::kappa2} (z), {@code psych::cohen.kappa} and SAS print.
     *
     * @param weighting  how near misses count, not null
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the kappa with its uncertainty, not null
     * @throws org.coproduction.core.validation.ValidationException if kappa is undefined, the level is outside
     *     (0, 1), or the ratings leave no variation to test (standard error under no agreement of 0)
     */
    public AgreementInterval cohenKappaInterval(Weighting weighting, double confidence) {
        Violations problems = Violations.of("Cohen's kappa interval");
        Uncertainty.checkConfidence(problems, confidence);
        problems.throwIfAny();
        Agreement kappa = cohenKappa(weighting);
        int k = scale.size();
        double n = total();
        double[] rows = new double[k];
        double[] columns = new double[k];
        double[][] w = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rows[i] += counts[i][j] / n;
                columns[j] += counts[i][j] / n;
                w[i][j] = 1 - weighting.disagreement(scale, i, j);
            }
        }
        double[] rowWeights = new double[k];
        double[] columnWeights = new double[k];
        double chance = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                rowWeights[i] += columns[j] * w[i][j];
                columnWeights[j] += rows[i] * w[i][j];
                chance += w[i][j] * rows[i] * columns[j];
            }
        }
        double kap = kappa.coefficient();
        double spread = 0;
        double nullSpread = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double d = w[i][j] - (rowWeights[i] + columnWeights[j]) * (1 - kap);
                spread += counts[i][j] / n * d * d;
                double d0 = w[i][j] - (rowWeights[i] + columnWeights[j]);
                nullSpread += rows[i] * columns[j] * d0 * d0;
            }
        }
        double scaleFactor = n * (1 - chance) * (1 - chance);
        double variance = (spread - square(kap - chance * (1 - kap))) / scaleFactor;
        double nullVariance = (nullSpread - chance * chance) / scaleFactor;
        problems.check(nullVariance > 0, "counts",
                "must vary enough for a test: the standard error under no agreement is 0");
        problems.throwIfAny();
        // Perfect agreement gives a variance of exactly 0 in exact arithmetic; rounding can leave a hair below.
        double se = Math.sqrt(Math.max(0, variance));
        double se0 = Math.sqrt(nullVariance);
        double z = kap / se0;
        double p = Uncertainty.twoSided(z);
        double half = Uncertainty.z(confidence) * se;
        String level = Uncertainty.percent(confidence);
        String sentence = String.format(Locale.ROOT,
                "%s = %s from %d units, standard error %s (Fleiss, Cohen and Everitt 1969): with %s%% confidence "
                        + "kappa lies between %s and %s.",
                kappa.method().displayName(), Agreement.show(kap), (long) n, AgreementInterval.four(se), level,
                Agreement.show(kap - half), Agreement.show(kap + half));
        return AgreementInterval.builder()
                .agreement(kappa)
                .interval(Uncertainty.interval(IntervalMethod.KAPPA_LARGE_SAMPLE, kap, kap - half, kap + half,
                        confidence, sentence))
                .standardError(se).nullStandardError(se0).z(z).pValueTwoSided(p)
                .explanation(sentence + " " + Uncertainty.testSentence(z, p))
                .build();
    }

    private static double square(double x) {
        return x * x;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PairTable
                && scale.equals(((PairTable) other).scale)
                && Arrays.deepEquals(counts, ((PairTable) other).counts)
                && unitsLeftOut == ((PairTable) other).unitsLeftOut;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, Arrays.deepHashCode(counts), unitsLeftOut);
    }

    @Override
    public String toString() {
        return "PairTable " + Arrays.deepToString(counts) + " on " + scale.categories()
                + (unitsLeftOut == 0 ? "" : ", " + unitsLeftOut + " left out");
    }

    /** Java serialisation reads the fields back through {@link #of}, so that a table read is checked. */
    private Object readResolve() {
        return of(scale, counts, unitsLeftOut);
    }
}
