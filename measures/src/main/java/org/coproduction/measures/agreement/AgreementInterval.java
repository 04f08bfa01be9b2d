package org.coproduction.measures.agreement;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * An agreement coefficient with its uncertainty: the {@link Agreement} itself, a confidence interval, and,
 * for kappa, the standard errors and the z-test of "no agreement beyond chance"; for a bootstrap interval,
 * the seed and the number of replicates, so that anyone can repeat it exactly.
 *
 * <pre>{@code
 * ratings.cohenKappaInterval("lived-1", "staff-1", Weighting.UNWEIGHTED)
 *     // Cohen's kappa = 0.484 (95% CI 0.2137 to 0.7547), z = 3.2626, two-sided p = 0.0011
 * ratings.krippendorffAlphaInterval(Metric.ORDINAL, 2000, 17)
 *     // Krippendorff's alpha, ordinal = 0.815 (95% CI … to …), 2000 bootstrap replicates, seed 17
 * }</pre>
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AgreementInterval implements WithAgreementInterval {

    /**
     * The coefficient, with its observed and chance parts and its explanation.
     *
     * @return the agreement, not null
     */
    public abstract Agreement agreement();

    /**
     * The confidence interval round the coefficient; its method names how it was made.
     *
     * @return the interval, not null
     */
    public abstract ConfidenceInterval interval();

    /**
     * The standard error the interval was built from: the large-sample standard error for Cohen's kappa, the
     * standard error under no agreement for Fleiss' kappa; empty for a bootstrap interval.
     *
     * @return the standard error, at least 0 (0 only for perfect agreement), or empty
     */
    public abstract OptionalDouble standardError();

    /**
     * The standard error when there is no agreement beyond chance (κ = 0), which the z-test uses.
     *
     * @return the standard error, positive, or empty for a coefficient without a z-test
     */
    public abstract OptionalDouble nullStandardError();

    /**
     * The z statistic of the test of no agreement beyond chance, κ / SE₀.
     *
     * @return z, or empty for a coefficient without a z-test
     */
    public abstract OptionalDouble z();

    /**
     * The two-sided p-value of the z-test, 2(1 − Φ(|z|)).
     *
     * @return the p-value, 0 to 1, or empty for a coefficient without a z-test
     */
    public abstract OptionalDouble pValueTwoSided();

    /**
     * How many bootstrap replicates were drawn.
     *
     * @return the count, or empty when the interval is not a bootstrap interval
     */
    public abstract OptionalInt replicates();

    /**
     * The seed of the random stream the bootstrap drew from; the same ratings, seed and replicates give the
     * same interval.
     *
     * @return the seed, or empty when the interval is not a bootstrap interval
     */
    public abstract OptionalLong seed();

    /**
     * How many bootstrap replicates had no defined coefficient (every resampled rating in one category) and
     * were left out of the percentiles; counted here, never dropped silently.
     *
     * @return the count, at least 0
     */
    @Value.Default
    public int undefinedReplicates() {
        return 0;
    }

    /**
     * What the coefficient and its uncertainty say, in plain English.
     *
     * @return the explanation, not blank
     */
    public abstract String explanation();

    /**
     * A builder, for reading stored results; compute one with {@link Ratings}, {@link PairTable} or
     * {@link FleissTable}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AgreementInterval} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAgreementInterval.Builder {
        Builder() {
        }
    }

    @Value.Check
    AgreementInterval check() {
        Violations problems = Violations.of("AgreementInterval");
        standardError().ifPresent(se -> problems.check(se >= 0 && Double.isFinite(se), "standardError",
                "must be finite and not negative", se));
        nullStandardError().ifPresent(se -> problems.check(se > 0 && Double.isFinite(se), "nullStandardError",
                "must be positive and finite", se));
        pValueTwoSided().ifPresent(p -> problems.check(p >= 0 && p <= 1, "pValueTwoSided", "must be 0 to 1", p));
        z().ifPresent(z -> problems.check(Double.isFinite(z), "z", "must be a finite number", z));
        problems.check(z().isPresent() == nullStandardError().isPresent(), "z",
                "must be given exactly when nullStandardError is");
        problems.check(replicates().isPresent() == seed().isPresent(), "seed",
                "must be given exactly when replicates is");
        replicates().ifPresent(r -> problems.check(r >= 1, "replicates", "must be at least 1", r));
        problems.check(undefinedReplicates() >= 0 && undefinedReplicates() <= replicates().orElse(0),
                "undefinedReplicates", "must be 0 to replicates", undefinedReplicates());
        problems.check(agreement().coefficient() == interval().estimate(), "interval.estimate",
                "must equal the coefficient " + agreement().coefficient(), interval().estimate());
        problems.notBlank(explanation(), "explanation");
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withStandardError(positiveZero(standardError())).withZ(positiveZero(z()))
                .withPValueTwoSided(positiveZero(pValueTwoSided()));
    }

    private static OptionalDouble positiveZero(OptionalDouble value) {
        return value.isPresent() ? OptionalDouble.of(value.getAsDouble() + 0.0) : value;
    }

    @Override
    public String toString() {
        ConfidenceInterval ci = interval();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s = %s (%s%% CI %s to %s)",
                agreement().method().displayName(), Agreement.show(agreement().coefficient()),
                plain(ci.confidenceLevel() * 100), four(ci.lower()), four(ci.upper())));
        if (z().isPresent()) {
            text.append(String.format(Locale.ROOT, ", z = %.4f, two-sided %s", z().getAsDouble(),
                    pValueTwoSided().getAsDouble() < 0.0001 ? "p < 0.0001"
                            : String.format(Locale.ROOT, "p = %.4f", pValueTwoSided().getAsDouble())));
        }
        if (replicates().isPresent()) {
            text.append(", ").append(replicates().getAsInt()).append(" bootstrap replicates, seed ")
                    .append(seed().getAsLong());
        }
        return text.toString();
    }

    static String four(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
