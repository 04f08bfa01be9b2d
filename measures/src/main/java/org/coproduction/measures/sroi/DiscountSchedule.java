package org.coproduction.measures.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violations;

/**
 * Discount rates by year, dated, with their source: rates are configuration that changes (HM Treasury is
 * reviewing the Green Book rate, with a final report due in June 2026), never a constant.
 *
 * <p>The discount factor for year {@code t} is {@code 1 / ((1 + r₁)(1 + r₂)…(1 + rₜ))}, where {@code rₛ} is the
 * rate of the band covering year {@code s}: a declining schedule discounts each year at its own rate, so the
 * factor for year 31 under the Green Book is {@code 1 / (1.035³⁰ × 1.03)}.
 *
 * @param id  the schedule's identifier, such as {@code green-book-stpr}, not blank
 * @param effectiveFrom  the date from which the schedule applies, not null
 * @param bands  the bands, in year order, contiguous from year 1, the last open-ended
 * @param source  where the rates come from, not null
 */
@Experimental
public record DiscountSchedule(String id, LocalDate effectiveFrom, List<RateBand> bands, Citation source) {

    /**
     * Checks the schedule.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem: a gap or overlap
     *     between bands, a first band not starting at year 1, a last band that ends
     */
    public DiscountSchedule {
        Violations problems = Violations.of("DiscountSchedule")
                .check(id != null && !id.isBlank(), "id", "must not be blank", id)
                .check(effectiveFrom != null, "effectiveFrom", "is required")
                .check(source != null, "source", "is required")
                .check(bands != null && !bands.isEmpty(), "bands", "must have at least one band");
        if (bands != null && !bands.isEmpty()) {
            int expected = 1;
            for (int i = 0; i < bands.size(); i++) {
                RateBand b = bands.get(i);
                problems.check(b.fromYear() == expected, "bands[" + i + "].fromYear",
                        "must be " + expected + " (bands start at year 1 and follow each other without gaps)", b.fromYear());
                boolean last = i == bands.size() - 1;
                problems.check(last == b.toYear().isEmpty(), "bands[" + i + "].toYear",
                        last ? "must be absent on the last band, so every year has a rate" : "is required on all but the last band");
                expected = b.toYear().map(t -> t + 1).orElse(expected);
            }
            bands = List.copyOf(bands);
        }
        problems.throwIfAny();
    }

    /**
     * HM Treasury's Green Book social time preference rate: 3.5% real for years 0–30, 3.0% for 31–75, 2.5%
     * after that (STPR = δ + L + μg with δ = 0.5%, L = 1%, μ = 1, g = 2%). Under review in 2026.
     *
     * @return the schedule, not null
     */
    public static DiscountSchedule greenBook() {
        return new DiscountSchedule("green-book-stpr", LocalDate.of(2003, 1, 1),
                List.of(RateBand.of(1, 30, "0.035"), RateBand.of(31, 75, "0.030"), RateBand.from(76, "0.025")),
                Citation.builder().reference("HM Treasury, Review of discounting in the Green Book: Terms of Reference "
                        + "(16 December 2025); Green Book supplementary guidance: discounting")
                        .url("https://www.gov.uk/government/publications/green-book-discount-rate-review-2026/review-of-"
                                + "discounting-in-the-green-book-terms-of-reference")
                        .status(SourceStatus.VERIFIED)
                        .note("Effective date is the 2003 Green Book's adoption of the STPR [U]; a review reports in "
                                + "June 2026").build());
    }

    /**
     * One rate for every year.
     *
     * @param rate  the rate as a fraction, such as {@code "0.035"}; {@code "0"} for no discounting
     * @param effectiveFrom  the date from which it applies, not null
     * @param source  where it comes from, not null
     * @return the schedule, not null
     */
    public static DiscountSchedule constant(String rate, LocalDate effectiveFrom, Citation source) {
        return new DiscountSchedule("constant-" + rate, effectiveFrom, List.of(RateBand.from(1, rate)), source);
    }

    /**
     * The rate that applies in a year.
     *
     * @param year  the year, at least 1
     * @return the rate as a fraction, not null
     * @throws IllegalArgumentException if the year is below 1
     */
    public BigDecimal rate(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("year: must be at least 1, was " + year);
        }
        return bands.stream().filter(b -> b.covers(year)).findFirst().orElseThrow().rate();
    }

    /**
     * The discount factor for a year: 1 ÷ the product of (1 + rate) over years 1 to {@code year}.
     *
     * @param year  the year, at least 0 (year 0 has factor 1)
     * @param context  the precision of the division, not null
     * @return the factor, not null
     */
    public BigDecimal factor(int year, MathContext context) {
        BigDecimal growth = BigDecimal.ONE;
        for (int s = 1; s <= year; s++) {
            growth = growth.multiply(BigDecimal.ONE.add(rate(s)));
        }
        return BigDecimal.ONE.divide(growth, context);
    }

    /**
     * A copy with every rate changed by the same amount, for sensitivity analysis; rates are not allowed
     * below 0.
     *
     * @param change  the change as a fraction, such as {@code 0.01} for one percentage point, not null
     * @return the new schedule, not null
     * @throws org.coproduction.core.validation.ValidationException if a rate would fall below 0 or rise above 1
     */
    public DiscountSchedule withRatesChangedBy(BigDecimal change) {
        List<RateBand> changed = bands.stream()
                .map(b -> new RateBand(b.fromYear(), b.toYear(), b.rate().add(change)))
                .collect(Collectors.toList());
        return new DiscountSchedule(id + (change.signum() >= 0 ? "+" : "") + change.toPlainString(), effectiveFrom,
                changed, source);
    }

    /**
     * The same years at a rate of 0: no discounting.
     *
     * @return the schedule, not null
     */
    public DiscountSchedule undiscounted() {
        return new DiscountSchedule(id + "-undiscounted", effectiveFrom,
                List.of(new RateBand(1, Optional.empty(), BigDecimal.ZERO)), source);
    }

    @Override
    public String toString() {
        return id + " from " + effectiveFrom + ": " + bands.stream().map(RateBand::toString)
                .collect(Collectors.joining(", "));
    }
}
