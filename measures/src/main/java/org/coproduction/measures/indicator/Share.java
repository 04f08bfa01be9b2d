package org.coproduction.measures.indicator;

import java.util.OptionalDouble;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * A count of the records that meet a definition out of the count of records eligible for it: the
 * numerator and denominator of a proportion, kept as whole numbers so that shares add exactly.
 *
 * <p>The proportion is only defined when something was eligible; with a denominator of 0 there is no
 * value ({@link #proportion()} is empty), never a guessed 0.
 *
 * @param numerator  the records that meet the definition, from 0 to the denominator
 * @param denominator  the records eligible, at least 0
 */
@Stable
public record Share(long numerator, long denominator) implements java.io.Serializable {

    /** A share of nothing out of nothing: the starting point for adding counts. */
    public static final Share NONE = new Share(0, 0);

    /**
     * Checks the counts.
     *
     * @throws org.coproduction.core.validation.ValidationException if a count is negative or the
     *     numerator is larger than the denominator
     */
    public Share {
        Violations.of("Share")
                .check(denominator >= 0, "denominator", "must not be negative", denominator)
                .check(numerator >= 0, "numerator", "must not be negative", numerator)
                .check(numerator <= denominator, "numerator", "must not exceed the denominator " + denominator, numerator)
                .throwIfAny();
    }

    /**
     * A share of {@code numerator} out of {@code denominator}.
     *
     * @param numerator  the records that meet the definition
     * @param denominator  the records eligible
     * @return the share, not null
     * @throws org.coproduction.core.validation.ValidationException if the counts are inconsistent
     */
    public static Share of(long numerator, long denominator) {
        return new Share(numerator, denominator);
    }

    /**
     * The sum of two shares of the same definition, as if their records had been counted together.
     *
     * @param other  the other share, not null
     * @return the combined share, not null
     */
    public Share plus(Share other) {
        return new Share(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /**
     * The proportion numerator ÷ denominator, between 0 and 1.
     *
     * @return the proportion, or empty when nothing was eligible
     */
    public OptionalDouble proportion() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) numerator / denominator);
    }

    /**
     * The proportion as a percentage, between 0 and 100.
     *
     * @return the percentage, or empty when nothing was eligible
     */
    public OptionalDouble percent() {
        return denominator == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * numerator / denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator + (denominator == 0 ? " (no data)"
                : String.format(java.util.Locale.ROOT, " (%.1f%%)", 100.0 * numerator / denominator));
    }
}
