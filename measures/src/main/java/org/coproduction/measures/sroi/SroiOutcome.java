package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * One outcome on the impact map, with what it is worth and how much of it the activity can claim.
 *
 * <p>Its impact in the first year is {@code quantity × financial proxy × (1 − deadweight) × (1 − displacement)
 * × (1 − attribution)}; each later year keeps {@code (1 − drop-off)} of the year before, so year {@code t} is
 * {@code impact₁ × (1 − drop-off)^(t−1)}, for {@code duration} years. [S: artemis.im, SROI stage 5, following
 * the guide; the exact drop-off formula is unverified.]
 *
 * @param id  a short identifier, such as {@code reduced-isolation}, not blank
 * @param description  the outcome and who experiences it, not blank
 * @param quantity  how many people (or other units) experience the outcome, not negative
 * @param financialProxy  the value of one unit of the outcome for one year, in the analysis currency, not
 *     negative
 * @param proxySource  where the financial proxy comes from, if stated
 * @param deadweight  the share that would have happened anyway, from 0 to 1
 * @param displacement  the share that displaces outcomes elsewhere, from 0 to 1
 * @param attribution  the share caused by other organisations or people, from 0 to 1
 * @param dropOff  the share lost each year after the first, from 0 to 1
 * @param durationYears  how many years the outcome lasts, at least 1
 */
@Experimental
public record SroiOutcome(String id, String description, BigDecimal quantity, BigDecimal financialProxy,
        Optional<String> proxySource, BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution,
        BigDecimal dropOff, int durationYears) {

    /**
     * Checks the outcome.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public SroiOutcome {
        proxySource = Objects.requireNonNullElse(proxySource, Optional.empty());
        Violations problems = Violations.of("SroiOutcome " + id)
                .check(id != null && !id.isBlank(), "id", "must not be blank", id)
                .check(description != null && !description.isBlank(), "description", "must not be blank", description)
                .check(durationYears >= 1, "durationYears", "must be at least 1", durationYears);
        nonNegative(problems, quantity, "quantity");
        nonNegative(problems, financialProxy, "financialProxy");
        fraction(problems, deadweight, "deadweight");
        fraction(problems, displacement, "displacement");
        fraction(problems, attribution, "attribution");
        fraction(problems, dropOff, "dropOff");
        problems.throwIfAny();
    }

    private static void nonNegative(Violations problems, BigDecimal value, String field) {
        problems.check(value != null, field, "is required");
        if (value != null) {
            problems.check(value.signum() >= 0, field, "must not be negative", value);
        }
    }

    private static void fraction(Violations problems, BigDecimal value, String field) {
        problems.check(value != null, field, "is required");
        if (value != null) {
            problems.check(value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0, field,
                    "must be a fraction from 0 to 1 (0.25 for 25%)", value);
        }
    }

    /**
     * The impact in the first year, exact: quantity × proxy × (1 − deadweight) × (1 − displacement) ×
     * (1 − attribution).
     *
     * @return the impact, not null
     */
    public BigDecimal firstYearImpact() {
        return quantity.multiply(financialProxy).multiply(BigDecimal.ONE.subtract(deadweight))
                .multiply(BigDecimal.ONE.subtract(displacement)).multiply(BigDecimal.ONE.subtract(attribution));
    }

    /**
     * The impact in a year, exact: the first year's impact × (1 − drop-off)^(year − 1), or 0 after the
     * outcome's duration.
     *
     * @param year  the year, at least 1
     * @return the impact, not null
     */
    public BigDecimal impactInYear(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("year: must be at least 1, was " + year);
        }
        if (year > durationYears) {
            return BigDecimal.ZERO;
        }
        return firstYearImpact().multiply(BigDecimal.ONE.subtract(dropOff).pow(year - 1));
    }

    @Override
    public String toString() {
        return id + ": " + quantity.toPlainString() + " × " + financialProxy.toPlainString() + " a year for "
                + durationYears + " year(s), deadweight " + deadweight.toPlainString() + ", displacement "
                + displacement.toPlainString() + ", attribution " + attribution.toPlainString() + ", drop-off "
                + dropOff.toPlainString();
    }
}
