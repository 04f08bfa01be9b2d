package org.coproduction.core.recompense.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.money.Money;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.StatementLine;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Checks a payment statement against the earnings limit of a benefit the person has told the organisation
 * applies to them, week by week (ESA, Carer's Allowance) or assessment period by assessment period
 * (Universal Credit), and warns when payment for time approaches (within {@link #margin()}) or exceeds the
 * limit, or when ESA's hours rule is approached or broken.
 *
 * <p>Warnings never decide entitlement. ESA and Carer's Allowance limits are measured after tax, National
 * Insurance and half of pension contributions; this check compares the gross payment, so it warns early
 * rather than late. A week or period is assigned to the tax year of its first day. Universal Credit
 * assessment periods depend on the claimant, so the day of the month they start on is a setting.
 *
 * <pre>{@code
 * BenefitCheck.of(Benefit.CARERS_ALLOWANCE).warnings(statement)
 * }</pre>
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class BenefitCheck implements WithBenefitCheck {

    private static final String NOT_ADVICE = "This is information, not advice: before deciding, talk to Jobcentre Plus"
            + " or an independent welfare-rights adviser such as Citizens Advice.";

    /**
     * The benefit the person said applies to them.
     *
     * @return the benefit, not null
     */
    public abstract Benefit benefit();

    /**
     * The limits to check against.
     *
     * @return the table, the UK table unless set
     */
    @Value.Default
    public BenefitLimits limits() {
        return BenefitLimits.uk();
    }

    /**
     * How close to the limit, as a share of it, counts as approaching: 0.10 warns from 90% of the limit.
     *
     * @return the margin, 0 to 1, 0.10 unless set
     */
    @Value.Default
    public BigDecimal margin() {
        return new BigDecimal("0.10");
    }

    /**
     * The first day of the benefit week.
     *
     * @return the day, Monday unless set
     */
    @Value.Default
    public DayOfWeek weekStartsOn() {
        return DayOfWeek.MONDAY;
    }

    /**
     * The day of the month a Universal Credit assessment period starts on; in a shorter month the period
     * starts on its last day.
     *
     * @return the day, 1 to 31, 1 unless set
     */
    @Value.Default
    public int assessmentPeriodStartDay() {
        return 1;
    }

    /**
     * A check for a benefit with the UK limits, a 10% margin, Monday weeks and assessment periods from the
     * first of the month.
     *
     * @param benefit  the benefit, not null
     * @return the check, not null
     */
    public static BenefitCheck of(Benefit benefit) {
        return BenefitCheck.builder().benefit(benefit).build();
    }

    /**
     * A builder for a check.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link BenefitCheck} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableBenefitCheck.Builder {
        Builder() {
        }
    }

    /**
     * The warnings for a statement, in date order; empty when every period is comfortably within the limit.
     * For a tax year the table has no limit for, one warning of level
     * {@link BenefitWarning.Level#LIMIT_NOT_KNOWN} says that the limit is not known to this version of the
     * library and should be checked, with the payment for time in that year's periods; every other year is
     * still checked.
     *
     * @param statement  the statement, in pounds, not null
     * @return the warnings, not null
     * @throws ValidationException if the statement is not in pounds
     */
    public List<BenefitWarning> warnings(PaymentStatement statement) {
        if (!statement.currency().getCurrencyCode().equals("GBP")) {
            throw new ValidationException("BenefitCheck", List.of(Violation.of("statement.currency",
                    "must be GBP: UK benefit limits are in pounds", statement.currency().getCurrencyCode())));
        }
        Map<LocalDate, BigDecimal[]> periods = new TreeMap<>();
        for (StatementLine line : statement.lines()) {
            if (!line.isEarnings()) {
                continue;
            }
            BigDecimal[] sums = periods.computeIfAbsent(periodStart(line.date()),
                    d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(line.amount().amount());
            sums[1] = sums[1].add(BigDecimal.valueOf(line.attendedMinutes() + line.preparationMinutes()));
        }
        List<BenefitWarning> warnings = new ArrayList<>();
        BenefitWarning unknown = null;
        for (Map.Entry<LocalDate, BigDecimal[]> period : periods.entrySet()) {
            LocalDate start = period.getKey();
            BigDecimal earnings = period.getValue()[0];
            BigDecimal hours = period.getValue()[1].divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            BenefitLimit limit = limits().limit(benefit(), TaxYear.of(start)).orElse(null);
            if (limit != null) {
                warn(start, periodEnd(start), earnings, hours, limit, partial(start, statement))
                        .ifPresent(warnings::add);
            } else if (unknown != null && TaxYear.of(unknown.periodStart()).equals(TaxYear.of(start))) {
                unknown = notKnown(unknown.periodStart(), periodEnd(start), unknown.earnings().amount().add(earnings),
                        unknown.hours().add(hours));
                warnings.set(warnings.size() - 1, unknown);
            } else {
                unknown = notKnown(start, periodEnd(start), earnings, hours);
                warnings.add(unknown);
            }
        }
        return warnings;
    }

    /** One warning for the periods of a tax year whose limit is not known: check it by hand. */
    private BenefitWarning notKnown(LocalDate start, LocalDate end, BigDecimal earnings, BigDecimal hours) {
        String text = "Tax year " + TaxYear.of(start) + ": the " + benefit().label() + " for this year is not known to"
                + " this version of the library, so payment for time of " + pounds(earnings) + " from " + start + " to "
                + end + " was not checked against it. Check the current limit (limits change each April) with"
                + " Jobcentre Plus or GOV.UK, or give the check a table of limits that has this year. " + NOT_ADVICE;
        return BenefitWarning.builder().benefit(benefit()).level(BenefitWarning.Level.LIMIT_NOT_KNOWN)
                .periodStart(start).periodEnd(end).earnings(Money.of(earnings.setScale(2), "GBP")).hours(hours)
                .message(text).build();
    }

    private boolean partial(LocalDate start, PaymentStatement statement) {
        return start.isBefore(statement.from()) || periodEnd(start).isAfter(statement.to());
    }

    private java.util.Optional<BenefitWarning> warn(LocalDate start, LocalDate end, BigDecimal earnings,
            BigDecimal hours, BenefitLimit limit, boolean partial) {
        BigDecimal threshold = limit.amount().multiply(BigDecimal.ONE.subtract(margin()));
        boolean moneyOver = earnings.compareTo(limit.amount()) > 0;
        boolean moneyNear = earnings.compareTo(threshold) >= 0;
        boolean hoursOver = false;
        boolean hoursNear = false;
        if (limit.hoursBelow().isPresent()) {
            BigDecimal cap = limit.hoursBelow().get();
            hoursOver = hours.compareTo(cap) >= 0;
            hoursNear = hours.compareTo(cap.multiply(BigDecimal.ONE.subtract(margin()))) >= 0;
        }
        if (!moneyNear && !hoursNear) {
            return java.util.Optional.empty();
        }
        BenefitWarning.Level level = moneyOver || hoursOver ? BenefitWarning.Level.EXCEEDED
                : BenefitWarning.Level.APPROACHING;
        String unit = benefit().isWeekly() ? "week" : "assessment period";
        StringBuilder text = new StringBuilder(400);
        text.append(benefit().isWeekly() ? "Week" : "Assessment period").append(" from ").append(start).append(" to ")
                .append(end).append(": payment for time of ").append(pounds(earnings));
        if (moneyOver) {
            text.append(" is over the ").append(benefit().label()).append(" of ").append(pounds(limit.amount()))
                    .append(" a ").append(benefit().isWeekly() ? "week" : "month").append(" (").append(limit.taxYear())
                    .append(") by ").append(pounds(earnings.subtract(limit.amount()))).append('.');
        } else if (moneyNear) {
            text.append(" is within ").append(margin().movePointRight(2).stripTrailingZeros().toPlainString())
                    .append("% of the ").append(benefit().label()).append(" of ").append(pounds(limit.amount()))
                    .append(" a ").append(benefit().isWeekly() ? "week" : "month").append(" (").append(limit.taxYear())
                    .append(").");
        } else {
            text.append(" is within the money limit.");
        }
        if (hoursNear) {
            text.append(' ').append(hours.stripTrailingZeros().toPlainString()).append(" hours of work this week ")
                    .append(hoursOver ? "reaches" : "is close to").append(" ESA's rule of fewer than ")
                    .append(limit.hoursBelow().get().toPlainString()).append(" hours a week.");
        }
        switch (benefit()) {
            case CARERS_ALLOWANCE:
                text.append(" Carer's Allowance is a cliff edge: earning even £1 over the limit in a week loses that"
                        + " week's allowance. The limit is measured after tax, National Insurance, half of pension"
                        + " contributions and allowable expenses; this check uses the gross payment.");
                break;
            case ESA_PERMITTED_WORK:
                text.append(" The ESA limit is measured after tax, National Insurance and half of pension"
                        + " contributions; this check uses the gross payment.");
                break;
            default:
                if (moneyOver && limit.taper().isPresent()) {
                    BigDecimal reduction = earnings.subtract(limit.amount()).multiply(limit.taper().get())
                            .setScale(2, RoundingMode.HALF_UP);
                    text.append(" Above the work allowance Universal Credit is reduced by ")
                            .append(limit.taper().get().movePointRight(2).stripTrailingZeros().toPlainString())
                            .append("p for each £1: about ").append(pounds(reduction))
                            .append(" less for this assessment period, if this is the person's only earnings.");
                }
        }
        if (partial) {
            text.append(" Only the days of this ").append(unit).append(" inside the statement were counted.");
        }
        text.append(" Ways to avoid it: decline some or all of the payment, ask for part-payment, or spread the"
                + " activities over more ").append(benefit().isWeekly() ? "weeks" : "assessment periods")
                .append(". Declining, asking for less or giving it to charity are not treated as being paid the full"
                        + " amount for service-user involvement. ").append(NOT_ADVICE);
        return java.util.Optional.of(BenefitWarning.builder().benefit(benefit()).level(level).periodStart(start)
                .periodEnd(end).earnings(Money.of(earnings, "GBP"))
                .limit(Money.of(limit.amount().setScale(Math.max(2, limit.amount().scale())), "GBP"))
                .hours(hours).message(text.toString()).build());
    }

    /**
     * The first day of the week or assessment period a day falls in.
     *
     * @param day  the day, not null
     * @return the first day of its period, not null
     */
    public LocalDate periodStart(LocalDate day) {
        if (benefit().isWeekly()) {
            return day.with(TemporalAdjusters.previousOrSame(weekStartsOn()));
        }
        LocalDate thisMonth = startIn(day.getYear(), day.getMonthValue());
        if (!day.isBefore(thisMonth)) {
            return thisMonth;
        }
        LocalDate previous = day.minusMonths(1);
        return startIn(previous.getYear(), previous.getMonthValue());
    }

    /**
     * The last day of the week or assessment period starting on a day.
     *
     * @param start  a first day returned by {@link #periodStart}, not null
     * @return the last day, inclusive, not null
     */
    public LocalDate periodEnd(LocalDate start) {
        if (benefit().isWeekly()) {
            return start.plusDays(6);
        }
        LocalDate next = start.plusMonths(1);
        return startIn(next.getYear(), next.getMonthValue()).minusDays(1);
    }

    private LocalDate startIn(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(assessmentPeriodStartDay(), first.lengthOfMonth()));
    }

    private static String pounds(BigDecimal amount) {
        return "£" + (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
    }

    @Value.Check
    void check() {
        Violations.of("BenefitCheck")
                .check(margin().signum() >= 0 && margin().compareTo(BigDecimal.ONE) <= 0, "margin",
                        "must be from 0 to 1", margin())
                .check(assessmentPeriodStartDay() >= 1 && assessmentPeriodStartDay() <= 31, "assessmentPeriodStartDay",
                        "must be from 1 to 31", assessmentPeriodStartDay())
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "BenefitCheck " + benefit().id() + " (margin " + margin().toPlainString() + ")";
    }
}
