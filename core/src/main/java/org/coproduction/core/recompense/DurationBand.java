package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One band of a {@link RateBasis#BANDED} rule: paid time up to and including {@link #upToMinutes()} is paid
 * either a fixed amount (a half-day fee) or at an hourly rate.
 *
 * <p>Rules: the upper edge is from 1 to 1440 minutes; exactly one of the amount and the hourly rate is given,
 * from 0 to 1,000,000,000 with at most 10 decimal places (the library's bounds on money and rates).
 *
 * <pre>{@code
 * DurationBand.fixed(240, new BigDecimal("75.00"))   // up to 4 hours: £75 (a half day)
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DurationBand implements WithDurationBand {

    /**
     * The longest paid time in this band, in minutes, inclusive.
     *
     * @return the upper edge, 1 or more
     */
    public abstract int upToMinutes();

    /**
     * The fixed amount for any time in this band, such as a half-day fee.
     *
     * @return the amount, or empty when the band is hourly
     */
    public abstract Optional<BigDecimal> amount();

    /**
     * The hourly rate for time in this band.
     *
     * @return the rate, or empty when the band is a fixed amount
     */
    public abstract Optional<BigDecimal> hourlyRate();

    /**
     * A band paid a fixed amount.
     *
     * @param upToMinutes  the upper edge in minutes, inclusive
     * @param amount  the amount, not negative, not null
     * @return the band, not null
     * @throws org.coproduction.core.validation.ValidationException if the edge or amount is out of range
     */
    public static DurationBand fixed(int upToMinutes, BigDecimal amount) {
        return ImmutableDurationBand.builder().upToMinutes(upToMinutes).amount(amount).build();
    }

    /**
     * A band paid by the hour.
     *
     * @param upToMinutes  the upper edge in minutes, inclusive
     * @param hourlyRate  the rate, not negative, not null
     * @return the band, not null
     * @throws org.coproduction.core.validation.ValidationException if the edge or rate is out of range
     */
    public static DurationBand hourly(int upToMinutes, BigDecimal hourlyRate) {
        return ImmutableDurationBand.builder().upToMinutes(upToMinutes).hourlyRate(hourlyRate).build();
    }

    @Value.Check
    DurationBand check() {
        Violations problems = Violations.of("DurationBand")
                .check(upToMinutes() >= 1 && upToMinutes() <= 1440, "upToMinutes",
                        "must be from 1 to 1440 minutes", upToMinutes())
                .check(amount().isPresent() != hourlyRate().isPresent(), "amount",
                        "exactly one of amount and hourlyRate must be given");
        amount().ifPresent(a -> Quantities.rate(problems.check(a.signum() >= 0, "amount", "must be ≥ 0", a), a,
                "amount"));
        hourlyRate().ifPresent(r -> Quantities.rate(problems.check(r.signum() >= 0, "hourlyRate", "must be ≥ 0", r),
                r, "hourlyRate"));
        problems.throwIfAny();
        // Checked first, so that only amounts in range are written out in plain digits.
        if (amount().filter(Quantities::needsPlain).isPresent()
                || hourlyRate().filter(Quantities::needsPlain).isPresent()) {
            return ImmutableDurationBand.builder().from(this).amount(amount().map(Quantities::plain))
                    .hourlyRate(hourlyRate().map(Quantities::plain)).build();
        }
        return this;
    }

    @Override
    public String toString() {
        return "up to " + upToMinutes() + " min: "
                + amount().map(a -> a.toPlainString() + " fixed").orElseGet(() -> hourlyRate().orElseThrow() + " an hour");
    }
}
