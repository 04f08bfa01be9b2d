package org.coproduction.measures.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How far raters agree, beyond what chance would give: a kappa or alpha coefficient with the method that
 * produced it, its reference, the observed and chance-expected parts, how many units it rests on, and a
 * plain-English explanation.
 *
 * <p>1 means perfect agreement, 0 agreement no better than chance, below 0 systematic disagreement.
 * For kappa, {@link #observed()} and {@link #expected()} are agreements (p_o and p_e, weighted where the
 * method is weighted) and the coefficient is (p_o − p_e)/(1 − p_e); for Krippendorff's alpha they are
 * disagreements (D_o and D_e) and the coefficient is 1 − D_o/D_e.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Agreement implements WithAgreement {

    /**
     * The coefficient computed.
     *
     * @return the method, not null
     */
    public abstract AgreementMethod method();

    /**
     * The publication that defines the method.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The coefficient: kappa or alpha.
     *
     * @return the coefficient, at most 1
     */
    public abstract double coefficient();

    /**
     * The observed agreement (kappa) or disagreement (alpha).
     *
     * @return the observed part
     */
    public abstract double observed();

    /**
     * The agreement (kappa) or disagreement (alpha) expected by chance.
     *
     * @return the expected part
     */
    public abstract double expected();

    /**
     * How many units (projects, items, subjects) the coefficient rests on.
     *
     * @return the number of units used
     */
    public abstract long units();

    /**
     * How many units were left out because they had too few ratings (for Cohen, a missing rating from
     * either rater; for alpha, fewer than two ratings). Nothing is dropped silently: the count is here and
     * in the explanation.
     *
     * @return the number of units left out
     */
    public abstract long unitsLeftOut();

    /**
     * What the coefficient says, in plain English.
     *
     * @return the explanation, not blank
     */
    public abstract String explanation();

    /**
     * A builder, for reading stored results; compute one with {@link Ratings} or an accumulator's table.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Agreement} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAgreement.Builder {
        Builder() {
        }
    }

    @Value.Check
    Agreement check() {
        Violations problems = Violations.of("Agreement");
        problems.check(Double.isFinite(coefficient()) && coefficient() <= 1 + 1e-12, "coefficient",
                "must be a finite number no more than 1", coefficient());
        problems.check(Double.isFinite(observed()), "observed", "must be a finite number", observed());
        problems.check(Double.isFinite(expected()), "expected", "must be a finite number", expected());
        problems.check(units() >= 0, "units", "must not be negative", units());
        problems.check(unitsLeftOut() >= 0, "unitsLeftOut", "must not be negative", unitsLeftOut());
        problems.notBlank(explanation(), "explanation");
        problems.throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withCoefficient(coefficient() + 0.0).withObserved(observed() + 0.0).withExpected(expected() + 0.0);
    }

    static String show(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    static String leftOut(long count, String why) {
        return count == 0 ? "" : " " + count + (count == 1 ? " unit was" : " units were") + " left out (" + why + ").";
    }

    @Override
    public String toString() {
        return method().displayName() + " = " + show(coefficient()) + " (" + units() + " units)";
    }
}
