package org.coproduction.measures.interval;

import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * McNemar's test of "no change" for a yes/no answer given twice by the same people (McNemar 1947): only
 * the people who changed carry information, b from yes to no and c from no to yes, and
 * χ² = (b − c)²/(b + c) with one degree of freedom, without continuity correction.
 *
 * <p>The test and Newcombe's paired interval ({@link Intervals#newcombePaired}) are different methods and can
 * disagree near p = 0.05; report each under its own name.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class McNemarTest implements WithMcNemarTest {

    /**
     * The method, always {@link IntervalMethod#MCNEMAR_TEST}.
     *
     * @return the method, not null
     */
    @Value.Default
    public IntervalMethod method() {
        return IntervalMethod.MCNEMAR_TEST;
    }

    /**
     * Where the method comes from.
     *
     * @return the citation, not null
     */
    @Value.Default
    public Citation source() {
        return IntervalMethod.MCNEMAR_TEST.source();
    }

    /**
     * People with the outcome the first time only (b).
     *
     * @return the count, at least 0
     */
    public abstract long yesFirstOnly();

    /**
     * People with the outcome the second time only (c).
     *
     * @return the count, at least 0
     */
    public abstract long yesSecondOnly();

    /**
     * The statistic (b − c)²/(b + c).
     *
     * @return the statistic, at least 0
     */
    public abstract double chiSquare();

    /**
     * The p-value, the chance of a chi-square with one degree of freedom at least this large.
     *
     * @return the p-value, 0 to 1
     */
    public abstract double pValue();

    /**
     * What the test says, in plain English.
     *
     * @return the explanation, not blank
     */
    public abstract String explanation();

    /**
     * A builder, for reading stored results; use {@link Intervals#mcNemar} to compute one.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link McNemarTest} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableMcNemarTest.Builder {
        Builder() {
        }
    }

    @Value.Check
    McNemarTest check() {
        Violations problems = Violations.of("McNemarTest");
        problems.check(yesFirstOnly() >= 0, "yesFirstOnly", "must not be negative", yesFirstOnly());
        problems.check(yesSecondOnly() >= 0, "yesSecondOnly", "must not be negative", yesSecondOnly());
        problems.check(chiSquare() >= 0 && Double.isFinite(chiSquare()), "chiSquare", "must be finite and not negative",
                chiSquare());
        problems.check(pValue() >= 0 && pValue() <= 1, "pValue", "must be 0 to 1", pValue());
        problems.notBlank(explanation(), "explanation");
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withChiSquare(chiSquare() + 0.0).withPValue(pValue() + 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "chi-square = %.4f, %s (%s, %d changed to no, %d to yes)", chiSquare(),
                ZTest.pText(pValue()), method().displayName(), yesFirstOnly(), yesSecondOnly());
    }
}
