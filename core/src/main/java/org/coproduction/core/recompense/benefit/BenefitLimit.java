package org.coproduction.core.recompense.benefit;

import java.math.BigDecimal;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One benefit's earnings limit for one tax year: the amount per week or per monthly assessment period,
 * the hours rule where there is one (ESA: fewer than 16 hours a week), the taper where earnings above the
 * limit reduce the award (Universal Credit: 55p per £1), and the source.
 *
 * <p>Limits are in pounds and are set each April; keep them as data, year by year (domain notes, Table B).
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class BenefitLimit implements WithBenefitLimit {

    /**
     * The benefit.
     *
     * @return the benefit, not null
     */
    public abstract Benefit benefit();

    /**
     * The tax year the limit applies to.
     *
     * @return the tax year, not null
     */
    public abstract TaxYear taxYear();

    /**
     * The earnings limit per week or per monthly assessment period, in pounds.
     *
     * @return the amount, positive
     */
    public abstract BigDecimal amount();

    /**
     * The hours a week the work must stay below, where the benefit has an hours rule (ESA: 16).
     *
     * @return the hours, or empty
     */
    public abstract Optional<BigDecimal> hoursBelow();

    /**
     * The share of earnings above the limit taken off the award (Universal Credit: 0.55).
     *
     * @return the taper, or empty
     */
    public abstract Optional<BigDecimal> taper();

    /**
     * Where the figure comes from and how far it has been checked.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * A builder for a limit.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link BenefitLimit} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableBenefitLimit.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("BenefitLimit")
                .check(amount().signum() > 0, "amount", "must be > 0", amount());
        hoursBelow().ifPresent(h -> problems.check(h.signum() > 0 && h.compareTo(BigDecimal.valueOf(168)) <= 0,
                "hoursBelow", "must be from 0 to 168 hours a week", h));
        taper().ifPresent(t -> problems.check(t.signum() > 0 && t.compareTo(BigDecimal.ONE) <= 0, "taper",
                "must be more than 0 and at most 1", t));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return benefit().label() + " " + taxYear() + ": £" + amount().setScale(Math.max(2, amount().scale()))
                .toPlainString()
                + (benefit().isWeekly() ? " a week" : " a month") + " [" + source().status().id() + "]";
    }
}
