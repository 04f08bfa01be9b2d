package org.coproduction.measures.interval;

import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The result of the pooled two-proportion z-test of "no difference" between two independent proportions:
 * {@code p̄ = (x₁ + x₂)/(n₁ + n₂)}, {@code SE₀ = √(p̄(1 − p̄)(1/n₁ + 1/n₂))}, {@code z = (p̂₁ − p̂₂)/SE₀},
 * two-sided p = {@code 2(1 − Φ(|z|))}.
 *
 * <p>The test and the Newcombe interval ({@link Intervals#newcombe}) are different methods and can
 * disagree near p = 0.05; report each under its own name and never mix them.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ZTest implements WithZTest {

    /**
     * The method, always {@link IntervalMethod#TWO_PROPORTION_Z_TEST}.
     *
     * @return the method, not null
     */
    @Value.Default
    public IntervalMethod method() {
        return IntervalMethod.TWO_PROPORTION_Z_TEST;
    }

    /**
     * Where the method comes from.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The observed difference p̂₁ − p̂₂.
     *
     * @return the difference, −1 to 1
     */
    public abstract double difference();

    /**
     * The pooled proportion p̄ = (x₁ + x₂)/(n₁ + n₂).
     *
     * @return the pooled proportion, 0 to 1
     */
    public abstract double pooledProportion();

    /**
     * The standard error under the hypothesis of no difference, SE₀.
     *
     * @return the standard error, positive
     */
    public abstract double standardError();

    /**
     * The test statistic z = (p̂₁ − p̂₂)/SE₀.
     *
     * @return the statistic
     */
    public abstract double z();

    /**
     * The two-sided p-value, 2(1 − Φ(|z|)).
     *
     * @return the p-value, 0 to 1
     */
    public abstract double pValueTwoSided();

    /**
     * The one-sided p-value for the alternative that the first proportion is the larger, 1 − Φ(z).
     *
     * @return the p-value, 0 to 1
     */
    public abstract double pValueFirstGreater();

    /**
     * What the test says, in plain English.
     *
     * @return the explanation, not blank
     */
    public abstract String explanation();

    /**
     * A builder, for reading stored results; use {@link Intervals#zTest} to compute one.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ZTest} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableZTest.Builder {
        Builder() {
        }
    }

    @Value.Check
    ZTest check() {
        Violations problems = Violations.of("ZTest");
        problems.check(pValueTwoSided() >= 0 && pValueTwoSided() <= 1, "pValueTwoSided", "must be 0 to 1",
                pValueTwoSided());
        problems.check(pValueFirstGreater() >= 0 && pValueFirstGreater() <= 1, "pValueFirstGreater",
                "must be 0 to 1", pValueFirstGreater());
        problems.check(Double.isFinite(difference()), "difference", "must be a finite number", difference());
        problems.check(pooledProportion() >= 0 && pooledProportion() <= 1, "pooledProportion", "must be 0 to 1",
                pooledProportion());
        problems.check(Double.isFinite(z()), "z", "must be a finite number", z());
        problems.check(standardError() > 0 && Double.isFinite(standardError()), "standardError",
                "must be positive and finite", standardError());
        problems.notBlank(explanation(), "explanation");
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withDifference(difference() + 0.0).withPooledProportion(pooledProportion() + 0.0).withZ(z() + 0.0)
                .withPValueTwoSided(pValueTwoSided() + 0.0).withPValueFirstGreater(pValueFirstGreater() + 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "z = %.4f, two-sided %s (%s)", z(), pText(pValueTwoSided()),
                method().displayName());
    }

    /** A p-value as text; four decimals would print a very small p as 0.0000, which reads as "impossible". */
    static String pText(double p) {
        return p < 0.0001 ? "p < 0.0001" : String.format(Locale.ROOT, "p = %.4f", p);
    }
}
