package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * A social return on investment analysis: what went in, what changed and for how long, and how it is
 * discounted. {@link #result()} calculates the ratio with every step shown; {@link #sensitivity()} changes
 * each assumption in turn.
 *
 * <p>Conventions, stated because practitioners differ: inputs are at year 0 and not discounted; the first
 * year of outcomes is discounted by one period ({@code PV = Σ Vₜ / (1 + r)ᵗ} for {@code t = 1…n}); drop-off
 * applies from the second year. Arithmetic is exact except for the division by the discount growth (34
 * significant digits); money is rounded once at the end to the currency's minor unit with {@link #rounding()}.
 *
 * <pre>{@code
 * SroiAnalysis a = new SroiAnalysis("carers-project", Currency.getInstance("GBP"),
 *     List.of(SroiInput.of("Grant", "20000")), List.of(isolation, gpVisits),
 *     DiscountSchedule.constant("0.035", LocalDate.of(2024, 4, 1), source), RoundingMode.HALF_UP);
 * a.result().ratio();   // 1.6504
 * }</pre>
 *
 * @param id  the analysis's identifier, not blank
 * @param currency  the currency of every amount, not null
 * @param inputs  the inputs, at least one, totalling more than 0
 * @param outcomes  the outcomes, at least one, with unique identifiers
 * @param discountSchedule  the discount rates, not null
 * @param rounding  how money and ratios are rounded at the end, not null; not {@code UNNECESSARY}
 */
@Experimental
public record SroiAnalysis(String id, Currency currency, List<SroiInput> inputs, List<SroiOutcome> outcomes,
        DiscountSchedule discountSchedule, RoundingMode rounding) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final int RATIO_SCALE = 4;
    private static final int FACTOR_SCALE = 6;
    private static final BigDecimal SHARE_STEP = new BigDecimal("0.10");
    private static final BigDecimal AMOUNT_STEP = new BigDecimal("0.20");
    private static final BigDecimal RATE_STEP = new BigDecimal("0.01");
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /**
     * Checks the analysis.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public SroiAnalysis {
        Violations problems = Violations.of("SroiAnalysis " + id)
                .check(id != null && !id.isBlank(), "id", "must not be blank", id)
                .check(currency != null, "currency", "is required")
                .check(inputs != null && !inputs.isEmpty(), "inputs", "must have at least one input")
                .check(outcomes != null && !outcomes.isEmpty(), "outcomes", "must have at least one outcome")
                .check(discountSchedule != null, "discountSchedule", "is required")
                .check(rounding != null && rounding != RoundingMode.UNNECESSARY, "rounding",
                        "must be a rounding mode other than UNNECESSARY", rounding);
        if (inputs != null && !inputs.isEmpty()) {
            BigDecimal total = inputs.stream().map(SroiInput::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            problems.check(total.signum() > 0, "inputs", "must total more than 0, so that a ratio exists", total);
            inputs = List.copyOf(inputs);
        }
        if (outcomes != null && !outcomes.isEmpty()) {
            problems.unique(outcomes, SroiOutcome::id, "outcomes", "id");
            outcomes = List.copyOf(outcomes);
        }
        problems.throwIfAny();
    }

    /**
     * The total value of the inputs.
     *
     * @return the total, exact, not null
     */
    public BigDecimal totalInputs() {
        return inputs.stream().map(SroiInput::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Calculates present value, net present value, the ratios and the payback period.
     *
     * @return the result with the year-by-year values, not null
     */
    public SroiResult result() {
        int scale = currency.getDefaultFractionDigits();
        BigDecimal in = totalInputs();
        List<YearValue> years = new ArrayList<>();
        BigDecimal pv = BigDecimal.ZERO;
        BigDecimal shownSoFar = BigDecimal.ZERO.setScale(scale);
        for (int t = 1; t <= lastYear(outcomes); t++) {
            BigDecimal value = valueInYear(outcomes, t);
            BigDecimal factor = discountSchedule.factor(t, PRECISION);
            BigDecimal discounted = value.multiply(factor, PRECISION);
            pv = pv.add(discounted);
            // Each year shows the rounded running total less what the earlier years show, so the years shown
            // add up to the present value shown (rounding each year alone could leave them a penny apart).
            BigDecimal shownRunningTotal = pv.setScale(scale, rounding);
            years.add(new YearValue(t, value.setScale(scale, rounding), factor.setScale(FACTOR_SCALE, rounding),
                    shownRunningTotal.subtract(shownSoFar)));
            shownSoFar = shownRunningTotal;
        }
        BigDecimal npv = pv.subtract(in);
        BigDecimal firstYear = valueInYear(outcomes, 1);
        Optional<BigDecimal> payback = firstYear.signum() == 0 ? Optional.empty()
                : Optional.of(in.multiply(TWELVE).divide(firstYear, PRECISION).setScale(2, rounding));
        return new SroiResult(currency, in.setScale(Math.max(scale, in.scale()), rounding), years,
                pv.setScale(scale, rounding), npv.setScale(scale, rounding), pv.divide(in, PRECISION).setScale(RATIO_SCALE,
                        rounding), npv.divide(in, PRECISION).setScale(RATIO_SCALE, rounding), payback,
                discountSchedule.id(), rounding);
    }

    /**
     * A sensitivity table: each outcome's quantity and financial proxy changed by 20% down and up; its
     * deadweight, displacement, attribution and drop-off by 10 percentage points (bounded to 0 and 1, with a
     * note); its duration by one year (not below 1); and the discount rates set to 0 and raised by one
     * percentage point. The step sizes are the library's choice [U: the guide asks for one change at a time
     * and how far each must change to reach 1:1, not for particular steps].
     *
     * @return the rows, outcome by outcome, then the discount rate, not null
     */
    public List<SensitivityRow> sensitivity() {
        List<SensitivityRow> rows = new ArrayList<>();
        BigDecimal in = totalInputs();
        BigDecimal pv = presentValue(outcomes, discountSchedule);
        for (int i = 0; i < outcomes.size(); i++) {
            SroiOutcome o = outcomes.get(i);
            BigDecimal own = presentValue(List.of(o), discountSchedule);
            // PV depends linearly on quantity, proxy and each (1 − share): scaling the outcome's PV by k gives 1:1.
            Optional<BigDecimal> k = own.signum() == 0 ? Optional.empty()
                    : Optional.of(in.subtract(pv.subtract(own)).divide(own, PRECISION));
            int index = i;
            rows.add(amountRow("quantity", index, o.quantity(), k, v -> withOutcome(index, copy(o, v, null, null,
                    null, null, null, null))));
            rows.add(amountRow("financial proxy", index, o.financialProxy(), k, v -> withOutcome(index, copy(o, null, v,
                    null, null, null, null, null))));
            rows.add(shareRow("deadweight", index, o.deadweight(), k, v -> withOutcome(index, copy(o, null, null, v,
                    null, null, null, null))));
            rows.add(shareRow("displacement", index, o.displacement(), k, v -> withOutcome(index, copy(o, null, null,
                    null, v, null, null, null))));
            rows.add(shareRow("attribution", index, o.attribution(), k, v -> withOutcome(index, copy(o, null, null,
                    null, null, v, null, null))));
            rows.add(shareRow("drop-off", index, o.dropOff(), Optional.empty(), v -> withOutcome(index, copy(o, null,
                    null, null, null, null, v, null))));
            BigDecimal duration = BigDecimal.valueOf(o.durationYears());
            BigDecimal shorter = BigDecimal.valueOf(Math.max(1, o.durationYears() - 1));
            BigDecimal longer = BigDecimal.valueOf(o.durationYears() + 1L);
            rows.add(new SensitivityRow("duration (years)", Optional.of(o.id()), duration, shorter, longer,
                    ratio(withOutcome(index, copy(o, null, null, null, null, null, null, shorter.intValue()))),
                    ratio(withOutcome(index, copy(o, null, null, null, null, null, null, longer.intValue()))),
                    Optional.empty(), o.durationYears() == 1 ? Optional.of("duration bounded at 1 year") : Optional.empty()));
        }
        BigDecimal firstRate = discountSchedule.rate(1);
        rows.add(new SensitivityRow("discount rate (first band)", Optional.empty(), firstRate, BigDecimal.ZERO,
                firstRate.add(RATE_STEP), ratio(withSchedule(discountSchedule.undiscounted())),
                ratio(withSchedule(discountSchedule.withRatesChangedBy(RATE_STEP))), Optional.empty(),
                Optional.of("low: no discounting; high: every band one percentage point higher")));
        return rows;
    }

    private SensitivityRow amountRow(String name, int index, BigDecimal base, Optional<BigDecimal> k,
            java.util.function.Function<BigDecimal, SroiAnalysis> with) {
        BigDecimal low = base.multiply(BigDecimal.ONE.subtract(AMOUNT_STEP));
        BigDecimal high = base.multiply(BigDecimal.ONE.add(AMOUNT_STEP));
        Optional<BigDecimal> breakEven = k.filter(x -> x.signum() >= 0).map(x -> base.multiply(x, PRECISION)
                .setScale(4, rounding));
        return new SensitivityRow(name, Optional.of(outcomes.get(index).id()), base, low, high,
                ratio(with.apply(low)), ratio(with.apply(high)), breakEven, Optional.empty());
    }

    private SensitivityRow shareRow(String name, int index, BigDecimal base, Optional<BigDecimal> k,
            java.util.function.Function<BigDecimal, SroiAnalysis> with) {
        BigDecimal low = base.subtract(SHARE_STEP).max(BigDecimal.ZERO);
        BigDecimal high = base.add(SHARE_STEP).min(BigDecimal.ONE);
        List<String> bounds = new ArrayList<>();
        if (base.subtract(SHARE_STEP).signum() < 0) {
            bounds.add("low bounded at 0");
        }
        if (base.add(SHARE_STEP).compareTo(BigDecimal.ONE) > 0) {
            bounds.add("high bounded at 1");
        }
        // (1 − share′) = (1 − share) × k  ⇒  share′ = 1 − (1 − share) × k, if it lies in [0, 1].
        Optional<BigDecimal> breakEven = k.map(x -> BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(base).multiply(x)))
                .filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.ONE) <= 0).map(v -> v.setScale(4, rounding));
        return new SensitivityRow(name, Optional.of(outcomes.get(index).id()), base, low, high,
                ratio(with.apply(low)), ratio(with.apply(high)), breakEven,
                bounds.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", bounds)));
    }

    private static SroiOutcome copy(SroiOutcome o, BigDecimal quantity, BigDecimal proxy, BigDecimal deadweight,
            BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff, Integer duration) {
        return new SroiOutcome(o.id(), o.description(), pick(quantity, o.quantity()), pick(proxy, o.financialProxy()),
                o.proxySource(), pick(deadweight, o.deadweight()), pick(displacement, o.displacement()),
                pick(attribution, o.attribution()), pick(dropOff, o.dropOff()), duration == null ? o.durationYears() : duration);
    }

    private static <T> T pick(T changed, T original) {
        return changed == null ? original : changed;
    }

    private SroiAnalysis withOutcome(int index, SroiOutcome changed) {
        List<SroiOutcome> copy = new ArrayList<>(outcomes);
        copy.set(index, changed);
        return new SroiAnalysis(id, currency, inputs, copy, discountSchedule, rounding);
    }

    private SroiAnalysis withSchedule(DiscountSchedule schedule) {
        return new SroiAnalysis(id, currency, inputs, outcomes, schedule, rounding);
    }

    /**
     * A copy with the outcomes changed, such as after the evaluation replaces forecast quantities.
     *
     * @param change  how to change each outcome, not null
     * @return the new analysis, not null
     */
    public SroiAnalysis withOutcomes(UnaryOperator<SroiOutcome> change) {
        List<SroiOutcome> copy = new ArrayList<>();
        outcomes.forEach(o -> copy.add(change.apply(o)));
        return new SroiAnalysis(id, currency, inputs, copy, discountSchedule, rounding);
    }

    private static BigDecimal ratio(SroiAnalysis a) {
        return a.result().ratio();
    }

    private static int lastYear(List<SroiOutcome> outcomes) {
        return outcomes.stream().mapToInt(SroiOutcome::durationYears).max().orElse(0);
    }

    private static BigDecimal valueInYear(List<SroiOutcome> outcomes, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (SroiOutcome o : outcomes) {
            sum = sum.add(o.impactInYear(year));
        }
        return sum;
    }

    private static BigDecimal presentValue(List<SroiOutcome> outcomes, DiscountSchedule schedule) {
        BigDecimal pv = BigDecimal.ZERO;
        for (int t = 1; t <= lastYear(outcomes); t++) {
            pv = pv.add(valueInYear(outcomes, t).multiply(schedule.factor(t, PRECISION), PRECISION));
        }
        return pv;
    }

    @Override
    public String toString() {
        return "SROI analysis " + id + ": " + inputs.size() + " input(s), " + outcomes.size() + " outcome(s), "
                + discountSchedule.id() + ", " + currency.getCurrencyCode();
    }
}
