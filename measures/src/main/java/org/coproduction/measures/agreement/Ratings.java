package org.coproduction.measures.agreement;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.interval.IntervalMethod;

/**
 * A table of ratings as a researcher holds it: units (projects, items) down the side, raters across the
 * top, a category from a {@link Scale} in each cell, and gaps where a rater gave no rating. From it come
 * Cohen's kappa for any two raters, Fleiss' kappa and Krippendorff's alpha.
 *
 * <pre>{@code
 * Ratings ratings = Ratings.builder(Scale.rungs())
 *     .raters("lived-1", "lived-2", "staff-1")
 *     .unit("P01", "co-design", "co-design", "co-production")
 *     .unit("P02", "consultation", null, "engagement")   // lived-2 did not rate P02
 *     .build();
 * ratings.krippendorffAlpha(Metric.ORDINAL);
 * ratings.cohenKappa("lived-1", "staff-1", Weighting.QUADRATIC);
 * ratings.forRaters("lived-1", "lived-2").fleissKappa();
 * }</pre>
 *
 * <p>Raters are named by pseudonymous ids or roles, never by name. This class is immutable and
 * thread-safe.
 */
@Experimental
public final class Ratings {

    private final Scale scale;
    private final List<String> raters;
    private final List<RatedUnit> units;

    private Ratings(Scale scale, List<String> raters, List<RatedUnit> units) {
        this.scale = scale;
        this.raters = raters;
        this.units = units;
    }

    /**
     * A table of ratings.
     *
     * @param scale  the scale rated on, not null
     * @param raters  the raters' ids, in column order, unique, at least two
     * @param units  the units with one rating (or null) per rater, not null
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException naming every problem: a rater id repeated
     *     or blank, a unit with the wrong number of ratings, a rating not on the scale
     */
    @JsonCreator
    public static Ratings of(@JsonProperty("scale") Scale scale, @JsonProperty("raters") List<String> raters,
            @JsonProperty("units") List<RatedUnit> units) {
        Violations problems = Violations.of("Ratings");
        problems.check(scale != null, "scale", "is required");
        problems.check(raters != null, "raters", "is required");
        problems.check(units != null, "units", "is required");
        problems.throwIfAny();
        problems.check(raters.size() >= 2, "raters", "must have at least 2 raters", raters.size());
        for (int r = 0; r < raters.size(); r++) {
            problems.check(raters.get(r) != null && !raters.get(r).isBlank(), "raters[" + r + "]", "must not be blank");
        }
        problems.unique(raters, r -> r, "raters", "id");
        for (int u = 0; u < units.size(); u++) {
            RatedUnit unit = units.get(u);
            problems.check(unit.ratings().size() == raters.size(), "units[" + u + "].ratings",
                    "must have one entry per rater (" + raters.size() + "), null where missing", unit.ratings().size());
            Codes.of(scale, unit.ratings(), "units[" + u + "].ratings", problems);
        }
        problems.throwIfAny();
        return new Ratings(scale, List.copyOf(raters), List.copyOf(units));
    }

    /**
     * A builder for a table of ratings on a scale.
     *
     * @param scale  the scale, not null
     * @return a new builder, not null
     */
    public static Builder builder(Scale scale) {
        return new Builder(scale);
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
     * The raters' ids in column order.
     *
     * @return the ids, unmodifiable, not null
     */
    @JsonProperty("raters")
    public List<String> raters() {
        return raters;
    }

    /**
     * The units with their ratings.
     *
     * @return the units, unmodifiable, not null
     */
    @JsonProperty("units")
    public List<RatedUnit> units() {
        return units;
    }

    /**
     * The same units with only some raters' columns, for example the lived-experience raters alone.
     *
     * @param raterIds  the raters to keep, in the order wanted, at least two
     * @return the narrower table, not null
     * @throws org.coproduction.core.validation.ValidationException if a rater is unknown
     */
    public Ratings forRaters(String... raterIds) {
        int[] columns = columns(raterIds);
        List<RatedUnit> narrowed = new ArrayList<>();
        for (RatedUnit unit : units) {
            List<String> kept = new ArrayList<>();
            for (int column : columns) {
                kept.add(unit.ratings().get(column));
            }
            narrowed.add(new RatedUnit(unit.id(), kept));
        }
        return of(scale, Arrays.asList(raterIds), narrowed);
    }

    private int[] columns(String... raterIds) {
        Violations problems = Violations.of("Ratings");
        int[] columns = new int[raterIds.length];
        for (int i = 0; i < raterIds.length; i++) {
            columns[i] = raters.indexOf(raterIds[i]);
            problems.check(columns[i] >= 0, "raters", "must include " + raterIds[i] + "; the raters are " + raters,
                    raterIds[i]);
        }
        problems.throwIfAny();
        return columns;
    }

    /**
     * The cross-table of two raters' ratings, for Cohen's kappa.
     *
     * @param first  the first rater's id
     * @param second  the second rater's id
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException if a rater is unknown
     */
    public PairTable pairTable(String first, String second) {
        int[] columns = columns(first, second);
        PairTableAccumulator accumulator = new PairTableAccumulator(scale);
        for (RatedUnit unit : units) {
            accumulator.add(RatingPair.of(unit.ratings().get(columns[0]), unit.ratings().get(columns[1])));
        }
        return accumulator.result();
    }

    /**
     * Cohen's kappa between two raters; units either did not rate are left out and counted.
     *
     * @param first  the first rater's id
     * @param second  the second rater's id
     * @param weighting  how near misses count; {@link Weighting#UNWEIGHTED} for nominal categories
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if a rater is unknown, no unit was rated by
     *     both, or kappa is undefined
     */
    public Agreement cohenKappa(String first, String second, Weighting weighting) {
        return pairTable(first, second).cohenKappa(weighting);
    }

    /**
     * Cohen's kappa for a table of exactly two raters.
     *
     * @param weighting  how near misses count, not null
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if there are not exactly two raters, or
     *     kappa is undefined
     */
    public Agreement cohenKappa(Weighting weighting) {
        Violations.of("Cohen's kappa").check(raters.size() == 2, "raters",
                "must be exactly 2 for Cohen's kappa; name the two with cohenKappa(first, second, weighting)",
                raters.size()).throwIfAny();
        return cohenKappa(raters.get(0), raters.get(1), weighting);
    }

    /**
     * The sums for Fleiss' kappa.
     *
     * @return the table, not null
     * @throws org.coproduction.core.validation.ValidationException naming each unit with a missing rating:
     *     Fleiss' kappa needs every unit rated by every rater
     */
    public FleissTable fleissTable() {
        Violations problems = Violations.of("Fleiss' kappa");
        for (int u = 0; u < units.size(); u++) {
            problems.check(units.get(u).given() == raters.size(), "units[" + u + "].ratings",
                    "must have a rating from all " + raters.size()
                            + " raters for Fleiss' kappa (use Krippendorff's alpha when ratings are missing)",
                    units.get(u).given());
        }
        problems.throwIfAny();
        FleissAccumulator accumulator = new FleissAccumulator(scale, raters.size());
        units.forEach(accumulator::add);
        return accumulator.result();
    }

    /**
     * Fleiss' kappa over all raters (Fleiss 1971).
     *
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if a rating is missing or kappa is undefined
     */
    public Agreement fleissKappa() {
        return fleissTable().kappa();
    }

    /**
     * Krippendorff's coincidence matrix over all raters.
     *
     * @return the matrix, not null
     */
    public CoincidenceMatrix coincidences() {
        CoincidenceAccumulator accumulator = new CoincidenceAccumulator(scale);
        units.forEach(accumulator::add);
        return accumulator.result();
    }

    /**
     * Krippendorff's alpha over all raters (Krippendorff 2011); missing ratings are allowed, and units with
     * fewer than two ratings are left out and counted.
     *
     * @param metric  the distance between values: {@link Metric#ORDINAL} for rungs
     * @return the agreement, not null
     * @throws org.coproduction.core.validation.ValidationException if no unit has two ratings or alpha is
     *     undefined
     */
    public Agreement krippendorffAlpha(Metric metric) {
        return coincidences().alpha(metric);
    }

    /**
     * Cohen's kappa between two raters with its large-sample standard error, 95% interval and z-test (Fleiss,
     * Cohen and Everitt 1969); see {@link PairTable#cohenKappaInterval(Weighting, double)}.
     *
     * @param first  the first rater's id
     * @param second  the second rater's id
     * @param weighting  how near misses count, not null
     * @return the kappa with its uncertainty, not null
     * @throws org.coproduction.core.validation.ValidationException if a rater is unknown, no unit was rated by
     *     both, or kappa is undefined
     */
    public AgreementInterval cohenKappaInterval(String first, String second, Weighting weighting) {
        return pairTable(first, second).cohenKappaInterval(weighting);
    }

    /**
     * Fleiss' kappa over all raters with its standard error under no agreement, 95% interval and z-test
     * (Fleiss, Nee and Landis 1979); see {@link FleissTable#kappaInterval(double)}.
     *
     * @return the kappa with its uncertainty, not null
     * @throws org.coproduction.core.validation.ValidationException if a rating is missing or kappa is undefined
     */
    public AgreementInterval fleissKappaInterval() {
        return fleissTable().kappaInterval();
    }

    /**
     * Krippendorff's alpha with a 95% bootstrap interval; see
     * {@link #krippendorffAlphaInterval(Metric, int, long, double)}.
     *
     * @param metric  the distance between values, not null
     * @param replicates  how many bootstrap samples to draw, at least 2; 1,000 or more for a steady interval
     * @param seed  the seed of the random stream; the same seed gives the same interval
     * @return alpha with its interval, the seed and the number of replicates, not null
     * @throws org.coproduction.core.validation.ValidationException if alpha is undefined or the bootstrap
     *     cannot give an interval
     */
    public AgreementInterval krippendorffAlphaInterval(Metric metric, int replicates, long seed) {
        return krippendorffAlphaInterval(metric, replicates, seed, 0.95);
    }

    /**
     * Krippendorff's alpha with a percentile bootstrap interval over units (Hayes and Krippendorff 2007 for
     * alpha and bootstrapping it; Efron and Tibshirani 1993 for the percentile interval). The procedure is
     * fixed so that anyone can repeat it:
     * <ol>
     *   <li>keep the U units with at least two ratings, in table order;</li>
     *   <li>from {@code new java.util.SplittableRandom(seed)}, for each replicate draw U units with replacement,
     *       unit {@code nextInt(U)} each time, and compute alpha of the drawn units with the same metric;</li>
     *   <li>a replicate whose ratings all fall in one category has no alpha: it is counted in
     *       {@link AgreementInterval#undefinedReplicates()} and left out of the next step;</li>
     *   <li>the limits are the α/2 and 1 − α/2 quantiles of the sorted alphas, interpolated linearly between
     *       order statistics at position (B − 1)·q, counting from 0 (R's and numpy's default quantile).</li>
     * </ol>
     * This resamples units; Krippendorff's own algorithm instead draws pairs from the coincidence matrix, and
     * the two can differ for small data.
     *
     * @param metric  the distance between values, not null
     * @param replicates  how many bootstrap samples to draw, at least 2; 1,000 or more for a steady interval
     * @param seed  the seed of the random stream
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return alpha with its interval, the seed and the number of replicates, not null
     * @throws org.coproduction.core.validation.ValidationException if alpha is undefined, fewer than two
     *     replicates have an alpha, the level is outside (0, 1), or the bootstrap alphas lie wholly on one side
     *     of the estimate (too few units to bootstrap)
     */
    public AgreementInterval krippendorffAlphaInterval(Metric metric, int replicates, long seed, double confidence) {
        Violations problems = Violations.of("Krippendorff's alpha interval");
        problems.check(replicates >= 2, "replicates", "must be at least 2", replicates);
        Uncertainty.checkConfidence(problems, confidence);
        problems.throwIfAny();
        Agreement alpha = krippendorffAlpha(metric);
        List<double[][]> contributions = pairableContributions();
        int k = scale.size();
        int count = contributions.size();
        SplittableRandom random = new SplittableRandom(seed);
        double[] alphas = new double[replicates];
        int defined = 0;
        for (int r = 0; r < replicates; r++) {
            double[][] o = new double[k][k];
            for (int draw = 0; draw < count; draw++) {
                double[][] unit = contributions.get(random.nextInt(count));
                for (int c = 0; c < k; c++) {
                    for (int d = 0; d < k; d++) {
                        o[c][d] += unit[c][d];
                    }
                }
            }
            double[] parts = CoincidenceMatrix.parts(scale, metric, o);
            if (parts[2] > 0) {
                alphas[defined++] = 1 - (parts[0] - 1) * parts[1] / parts[2];
            }
        }
        int undefined = replicates - defined;
        problems.check(defined >= 2, "replicates", "must give at least 2 replicates with an alpha; " + undefined
                + " of " + replicates + " had every rating in one category", defined);
        problems.throwIfAny();
        double[] sorted = Arrays.copyOf(alphas, defined);
        Arrays.sort(sorted);
        double lower = quantile(sorted, (1 - confidence) / 2);
        double upper = quantile(sorted, 1 - (1 - confidence) / 2);
        double estimate = alpha.coefficient();
        problems.check(lower <= estimate && estimate <= upper, "units",
                "must be enough for a bootstrap: the bootstrap interval " + lower + " to " + upper
                        + " does not contain alpha " + estimate);
        problems.throwIfAny();
        String sentence = String.format(Locale.ROOT,
                "%s = %s. Resampling the %d units %d times (seed %d), %s%% of the resampled alphas lie between "
                        + "%s and %s (percentile bootstrap interval)%s.",
                alpha.method().displayName(), Agreement.show(estimate), count, replicates, seed,
                Uncertainty.percent(confidence), Agreement.show(lower), Agreement.show(upper),
                undefined == 0 ? "" : "; " + undefined + " resamples with every rating in one category had no alpha "
                        + "and were left out");
        return AgreementInterval.builder()
                .agreement(alpha)
                .interval(Uncertainty.interval(IntervalMethod.ALPHA_BOOTSTRAP, estimate, lower, upper, confidence,
                        sentence))
                .replicates(replicates).seed(seed).undefinedReplicates(undefined)
                .explanation(alpha.explanation() + " " + sentence)
                .build();
    }

    /** Each unit's share of the coincidences, 1/(m − 1) per ordered pair of its m ratings, for units with m ≥ 2. */
    private List<double[][]> pairableContributions() {
        int k = scale.size();
        List<double[][]> contributions = new ArrayList<>();
        Violations unused = Violations.of("Ratings");
        for (int u = 0; u < units.size(); u++) {
            int[] codes = Codes.of(scale, units.get(u).ratings(), "units[" + u + "].ratings", unused);
            int m = (int) Arrays.stream(codes).filter(c -> c != Codes.MISSING).count();
            if (m < 2) {
                continue;
            }
            double[][] o = new double[k][k];
            for (int i = 0; i < codes.length; i++) {
                for (int j = 0; j < codes.length; j++) {
                    if (i != j && codes[i] != Codes.MISSING && codes[j] != Codes.MISSING) {
                        o[codes[i]][codes[j]] += 1.0 / (m - 1);
                    }
                }
            }
            contributions.add(o);
        }
        return contributions;
    }

    /** The q-quantile of sorted values, interpolating linearly at position (B − 1)·q from 0. */
    static double quantile(double[] sorted, double q) {
        double position = (sorted.length - 1) * q;
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratings && scale.equals(((Ratings) other).scale)
                && raters.equals(((Ratings) other).raters) && units.equals(((Ratings) other).units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, raters, units);
    }

    @Override
    public String toString() {
        return "Ratings of " + units.size() + " units by " + raters.size() + " raters on " + scale;
    }

    /** Builds a {@link Ratings} table row by row. Not thread-safe; build once. */
    public static final class Builder {
        private final Scale scale;
        private final List<String> raters = new ArrayList<>();
        private final List<RatedUnit> units = new ArrayList<>();

        private Builder(Scale scale) {
            this.scale = Objects.requireNonNull(scale, "scale");
        }

        /**
         * Adds raters, in column order.
         *
         * @param ids  the raters' ids
         * @return this builder, not null
         */
        public Builder raters(String... ids) {
            Collections.addAll(raters, ids);
            return this;
        }

        /**
         * Adds a unit with one rating per rater, {@code null} where missing.
         *
         * @param id  the unit's id
         * @param ratings  the ratings in rater order
         * @return this builder, not null
         */
        public Builder unit(String id, String... ratings) {
            units.add(RatedUnit.of(id, ratings));
            return this;
        }

        /**
         * Adds a unit rated in rungs of the TLAP ladder, {@code null} where missing; use with
         * {@link Scale#rungs()}.
         *
         * @param id  the unit's id
         * @param rungs  the rungs in rater order
         * @return this builder, not null
         */
        public Builder unit(String id, Rung... rungs) {
            String[] ids = new String[rungs.length];
            for (int i = 0; i < rungs.length; i++) {
                ids[i] = rungs[i] == null ? null : rungs[i].id();
            }
            return unit(id, ids);
        }

        /**
         * The table.
         *
         * @return the ratings, not null
         * @throws org.coproduction.core.validation.ValidationException naming every problem
         */
        public Ratings build() {
            return Ratings.of(scale, raters, units);
        }
    }
}
