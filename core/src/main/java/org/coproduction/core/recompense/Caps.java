package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The most one person can be paid for time in a day, a week and a tax year (domain notes, rule type 6).
 * Expenses are never capped here; they have their own rules.
 *
 * <p>Caps are applied in date order, then in the order of each day's start times (activities without one
 * first), then activity identifier. The part of a payment over a cap is shown on the line as over the cap, not
 * silently removed, and counted in {@link PaymentStatement#overCaps()}. A statement reads back to the start
 * of the week or tax year its period starts in, so that earlier payments count towards the cap; a record
 * there that no schedule covers, or that is known only by its month, is left out with a note. The tax year
 * runs from 6 April to 5 April.
 *
 * <p>Rules: each cap is from 0 to 1,000,000,000 (the library's bound on an amount of money); its policy
 * checks that it has no more decimal places than the currency's minor unit.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Caps implements WithCaps {

    /**
     * The most paid for time on one day.
     *
     * @return the cap in the policy's currency, or empty for none
     */
    public abstract Optional<BigDecimal> perDay();

    /**
     * The most paid for time in one week.
     *
     * @return the cap, or empty for none
     */
    public abstract Optional<BigDecimal> perWeek();

    /**
     * The most paid for time in one tax year (6 April to 5 April).
     *
     * @return the cap, or empty for none
     */
    public abstract Optional<BigDecimal> perTaxYear();

    /**
     * The first day of a week for the weekly cap.
     *
     * @return the day, Monday unless set
     */
    @Value.Default
    public DayOfWeek weekStartsOn() {
        return DayOfWeek.MONDAY;
    }

    /**
     * No caps.
     *
     * @return caps with no limits, not null
     */
    public static Caps none() {
        return Caps.builder().build();
    }

    /**
     * A builder for caps.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Caps} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableCaps.Builder {
        Builder() {
        }
    }

    /**
     * Whether any cap is set.
     *
     * @return true if at least one cap applies
     */
    public boolean any() {
        return perDay().isPresent() || perWeek().isPresent() || perTaxYear().isPresent();
    }

    @Value.Check
    Caps check() {
        Violations problems = Violations.of("Caps");
        perDay().ifPresent(c -> Quantities.amount(problems.check(c.signum() >= 0, "perDay", "must be ≥ 0", c), c,
                "perDay"));
        perWeek().ifPresent(c -> Quantities.amount(problems.check(c.signum() >= 0, "perWeek", "must be ≥ 0", c), c,
                "perWeek"));
        perTaxYear().ifPresent(c -> Quantities.amount(problems.check(c.signum() >= 0, "perTaxYear", "must be ≥ 0",
                c), c, "perTaxYear"));
        problems.throwIfAny();
        // Checked first, so that only caps in range are written out in plain digits.
        if (perDay().filter(Quantities::needsPlain).isPresent() || perWeek().filter(Quantities::needsPlain).isPresent()
                || perTaxYear().filter(Quantities::needsPlain).isPresent()) {
            return builder().from(this).perDay(perDay().map(Quantities::plain))
                    .perWeek(perWeek().map(Quantities::plain)).perTaxYear(perTaxYear().map(Quantities::plain)).build();
        }
        return this;
    }

    @Override
    public String toString() {
        return "Caps[day " + perDay().map(BigDecimal::toPlainString).orElse("none")
                + ", week " + perWeek().map(BigDecimal::toPlainString).orElse("none")
                + ", tax year " + perTaxYear().map(BigDecimal::toPlainString).orElse("none") + "]";
    }
}
