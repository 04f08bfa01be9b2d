package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A recompense policy held as data: an organisation's rules for paying people for their time and
 * reimbursing their expenses, as a run of effective-dated {@link RateSchedule}s.
 *
 * <p>Councils commit to "appropriate recompense for people's time, commensurate with the level of time
 * commitment" and to making sure nobody ends up worse off for taking part (NIHR payment guidance [V]). The
 * library ships example policies in {@link Recompense}; an organisation builds its own in code or JSON.
 *
 * <p>A policy is rejected, with every problem named, when its schedules are out of date order, overlap,
 * or leave a gap between one schedule's end and the next one's start (a day with no rates), or when a
 * schedule other than the last is open-ended, or when a cap (per day, week, tax year or claim) has more decimal
 * places than the currency's minor unit, as no penny could be paid up to it, or when the currency is not money
 * (gold {@code XAU}, "no currency" {@code XXX} and the other ISO 4217 codes no one is paid in). Amounts are rounded once per statement line to the
 * currency's minor unit with {@link #lineRounding()}, half up unless set.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RecompensePolicy implements WithRecompensePolicy {

    /**
     * The policy's identifier, such as {@code nihr-hourly}.
     *
     * @return the identifier, not blank
     */
    public abstract String id();

    /**
     * The policy's name, such as "NIHR-style hourly payment for public involvement".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * The publisher's document the policy follows.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The currency of every rate, fee and cap in the policy.
     *
     * @return the currency, not null
     */
    public abstract Currency currency();

    /**
     * How money for time is paid.
     *
     * @return the route, bank transfer unless set
     */
    @Value.Default
    public PaymentRoute paymentRoute() {
        return PaymentRoute.BANK_TRANSFER;
    }

    /**
     * How each line's amount is rounded to the currency's minor unit.
     *
     * @return the rounding mode, half up unless set
     */
    @Value.Default
    public RoundingMode lineRounding() {
        return RoundingMode.HALF_UP;
    }

    /**
     * The schedules in date order, without overlaps or gaps; only the last may be open-ended.
     *
     * @return the schedules, not empty
     */
    public abstract List<RateSchedule> schedules();

    /**
     * A builder for a policy.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link RecompensePolicy} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableRecompensePolicy.Builder {
        Builder() {
        }
    }

    /**
     * The schedule in force on a day.
     *
     * @param day  the day, not null
     * @return the schedule, or empty if the policy has no rates for that day
     */
    public Optional<RateSchedule> scheduleOn(LocalDate day) {
        List<RateSchedule> all = schedules();
        for (int i = all.size() - 1; i >= 0; i--) {
            RateSchedule schedule = all.get(i);
            if (!day.isBefore(schedule.effectiveFrom())) {
                return schedule.isInForceOn(day) ? Optional.of(schedule) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("RecompensePolicy").notBlank(id(), "id").notBlank(name(), "name")
                .check(!schedules().isEmpty(), "schedules", "must not be empty")
                .check(lineRounding() != RoundingMode.UNNECESSARY, "lineRounding",
                        "must say how to round (unnecessary would fail on the first fraction of a penny)", lineRounding());
        Quantities.currency(problems, currency(), "currency");
        int digits = currency().getDefaultFractionDigits();
        for (int i = 0; i < schedules().size() && Quantities.isMoney(currency()); i++) {
            // A cap is an amount paid in full, so it must be payable: a £10.005 cap has no penny to stop at.
            RateSchedule schedule = schedules().get(i);
            String path = "schedules[" + i + "]";
            minorUnits(problems, schedule.caps().perDay(), path + ".caps.perDay", digits);
            minorUnits(problems, schedule.caps().perWeek(), path + ".caps.perWeek", digits);
            minorUnits(problems, schedule.caps().perTaxYear(), path + ".caps.perTaxYear", digits);
            for (int k = 0; k < schedule.expenseRules().size(); k++) {
                minorUnits(problems, schedule.expenseRules().get(k).capPerClaim(),
                        path + ".expenseRules[" + k + "].capPerClaim", digits);
            }
        }
        for (int i = 1; i < schedules().size(); i++) {
            RateSchedule before = schedules().get(i - 1);
            RateSchedule next = schedules().get(i);
            String path = "schedules[" + i + "].effectiveFrom";
            if (before.effectiveTo().isEmpty()) {
                problems.check(false, "schedules[" + (i - 1) + "].effectiveTo",
                        "must be set: only the last schedule may be open-ended, and schedules[" + i
                                + "] starts " + next.effectiveFrom());
                continue;
            }
            LocalDate end = before.effectiveTo().get();
            problems.check(next.effectiveFrom().isAfter(end), path, "must be after schedules[" + (i - 1)
                    + "].effectiveTo (" + end + "): effective dates overlap", next.effectiveFrom());
            problems.check(!next.effectiveFrom().isAfter(end.plusDays(1)), path, "must be " + end.plusDays(1)
                    + ", the day after schedules[" + (i - 1) + "].effectiveTo: rate gap from " + end.plusDays(1)
                    + " to " + next.effectiveFrom().minusDays(1), next.effectiveFrom());
        }
        problems.throwIfAny();
    }

    private void minorUnits(Violations problems, Optional<BigDecimal> amount, String path,
            int digits) {
        amount.ifPresent(a -> Quantities.decimals(problems, a, digits, path, " for " + currency().getCurrencyCode()));
    }

    @Override
    public String toString() {
        return "RecompensePolicy " + id() + " (" + schedules().size() + " schedule"
                + (schedules().size() == 1 ? "" : "s") + ", " + currency().getCurrencyCode() + ")";
    }
}
