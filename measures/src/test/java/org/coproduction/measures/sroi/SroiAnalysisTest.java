package org.coproduction.measures.sroi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class SroiAnalysisTest {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Citation NOTES = Citation.of("Domain notes, reference case R-SROI-1 (derived)",
            SourceStatus.LIBRARY_OWN);

    private static SroiOutcome outcome(String id, String qty, String proxy, String dw, String disp, String attr,
            String drop, int years) {
        return new SroiOutcome(id, id, new BigDecimal(qty), new BigDecimal(proxy), Optional.empty(), new BigDecimal(dw),
                new BigDecimal(disp), new BigDecimal(attr), new BigDecimal(drop), years);
    }

    /** R-SROI-1: derived from the guide's method; NOT the guide's "Wheels to Meals" example. */
    private static SroiAnalysis referenceCase() {
        return new SroiAnalysis("r-sroi-1", GBP, List.of(SroiInput.of("Grant", "20000")),
                List.of(outcome("reduced-isolation", "20", "1000", "0.25", "0", "0.20", "0.10", 3),
                        outcome("avoided-gp-visits", "10", "300", "0.10", "0", "0.50", "0", 2)),
                DiscountSchedule.constant("0.035", LocalDate.of(2024, 4, 1), NOTES), RoundingMode.HALF_UP);
    }

    @Test
    void derivedReferenceCase() {
        SroiAnalysis a = referenceCase();
        // Impact in year 1: A = 20 × 1000 × 0.75 × 1 × 0.80 = 12,000; B = 10 × 300 × 0.90 × 1 × 0.50 = 1,350.
        assertEquals(0, new BigDecimal("12000").compareTo(a.outcomes().get(0).firstYearImpact()));
        assertEquals(0, new BigDecimal("1350").compareTo(a.outcomes().get(1).firstYearImpact()));
        SroiResult r = a.result();
        // Totals by year 13,350 / 12,150 / 9,720 (A drops 10% a year: 12,000, 10,800, 9,720; B lasts 2 years).
        assertEquals(List.of(new BigDecimal("13350.00"), new BigDecimal("12150.00"), new BigDecimal("9720.00")),
                r.years().stream().map(YearValue::value).toList());
        // Published in the notes: PV £33,007.59, NPV £13,007.59, ratio 1.6504, payback 17.98 months.
        assertEquals(new BigDecimal("33007.59"), r.presentValue());
        assertEquals(new BigDecimal("13007.59"), r.netPresentValue());
        assertEquals(new BigDecimal("1.6504"), r.ratio());
        assertEquals(new BigDecimal("0.6504"), r.netRatio());
        assertEquals(Optional.of(new BigDecimal("17.98")), r.paybackMonths());
        // Independent computation in floating point with the textbook formula.
        double pv = 13350 / 1.035 + 12150 / Math.pow(1.035, 2) + 9720 / Math.pow(1.035, 3);
        assertEquals(pv, r.presentValue().doubleValue(), 0.005);
        assertEquals(pv / 20000, r.ratio().doubleValue(), 5e-5);
        assertEquals(20000 / (13350 / 12.0), r.paybackMonths().orElseThrow().doubleValue(), 0.005);
        assertTrue(r.toString().startsWith("SROI 1.6504 : 1"), r.toString());
    }

    @Test
    void yearsShownAddUpToThePresentValueShown() {
        // £1,000 a year for three years at 3.5%: 1000/1.035 = 966.1836, 1000/1.035² = 933.5107,
        // 1000/1.035³ = 901.9427; rounded alone they add to 2,801.63, but the present value is 2,801.6370,
        // shown as 2,801.64. The years show running totals 966.18, 1,899.69, 2,801.64 less the one before.
        SroiAnalysis a = new SroiAnalysis("penny", GBP, List.of(SroiInput.of("Grant", "2000")),
                List.of(outcome("steady", "1", "1000", "0", "0", "0", "0", 3)),
                DiscountSchedule.constant("0.035", LocalDate.of(2024, 4, 1), NOTES), RoundingMode.HALF_UP);
        SroiResult r = a.result();
        assertEquals(new BigDecimal("2801.64"), r.presentValue());
        assertEquals(List.of(new BigDecimal("966.18"), new BigDecimal("933.51"), new BigDecimal("901.95")),
                r.years().stream().map(YearValue::presentValue).toList());
        assertEquals(r.presentValue(), r.years().stream().map(YearValue::presentValue).reduce(BigDecimal.ZERO,
                BigDecimal::add));
        // The reference case adds up too.
        SroiResult reference = referenceCase().result();
        assertEquals(reference.presentValue(), reference.years().stream().map(YearValue::presentValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void publishedRatioWithoutDiscounting() {
        // R-SROI-2: Circular Head Aboriginal Corporation forecast SROI, PV of benefits $4,760,250 and of
        // investment $847,166, no discounting, published as "6:1"; 4,760,250 / 847,166 = 5.6190.
        SroiAnalysis a = new SroiAnalysis("chac-ypd", Currency.getInstance("AUD"),
                List.of(SroiInput.of("Investment", "847166")),
                List.of(outcome("benefits", "1", "4760250", "0", "0", "0", "0", 1)),
                DiscountSchedule.constant("0", LocalDate.of(2020, 1, 1), NOTES), RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("5.6190"), a.result().ratio());
        assertEquals(new BigDecimal("4760250.00"), a.result().presentValue());
    }

    @Test
    void greenBookDecliningSchedule() {
        DiscountSchedule g = DiscountSchedule.greenBook();
        assertEquals(new BigDecimal("0.035"), g.rate(30));
        assertEquals(new BigDecimal("0.030"), g.rate(31));
        assertEquals(new BigDecimal("0.030"), g.rate(75));
        assertEquals(new BigDecimal("0.025"), g.rate(76));
        MathContext mc = MathContext.DECIMAL128;
        // Independent: 1 / 1.035^30, then also one year at 3%, and year 76 at 2.5% after 45 years at 3%.
        assertEquals(1 / Math.pow(1.035, 30), g.factor(30, mc).doubleValue(), 1e-15);
        assertEquals(1 / (Math.pow(1.035, 30) * 1.03), g.factor(31, mc).doubleValue(), 1e-15);
        assertEquals(1 / (Math.pow(1.035, 30) * Math.pow(1.03, 45) * 1.025), g.factor(76, mc).doubleValue(), 1e-15);
        assertEquals(BigDecimal.ONE, g.factor(0, mc));
        JsonRoundTrip.assertRoundTrip(g, DiscountSchedule.class);
    }

    @Test
    void sensitivityChangesEachAssumptionAndFindsBreakEven() {
        SroiAnalysis a = referenceCase();
        List<SensitivityRow> rows = a.sensitivity();
        // 7 assumptions for each of 2 outcomes, and the discount rate.
        assertEquals(15, rows.size());
        SensitivityRow deadweight = rows.stream().filter(r -> r.assumption().equals("deadweight")
                && r.outcomeId().orElseThrow().equals("reduced-isolation")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.15"), deadweight.low());
        assertEquals(new BigDecimal("0.35"), deadweight.high());
        // Independent check: lower deadweight raises the ratio; the break-even deadweight gives 1:1.
        assertTrue(deadweight.ratioAtLow().compareTo(a.result().ratio()) > 0);
        assertTrue(deadweight.ratioAtHigh().compareTo(a.result().ratio()) < 0);
        BigDecimal breakEven = deadweight.breakEven().orElseThrow();
        SroiAnalysis atBreakEven = a.withOutcomes(o -> o.id().equals("reduced-isolation")
                ? new SroiOutcome(o.id(), o.description(), o.quantity(), o.financialProxy(), o.proxySource(),
                        breakEven, o.displacement(), o.attribution(), o.dropOff(), o.durationYears())
                : o);
        assertEquals(1.0, atBreakEven.result().ratio().doubleValue(), 1e-4);
        // By hand: B's PV = 1350/1.035 + 1350/1.035² = 1304.35 + 1260.24 = 2564.59; A's PV = 12000/1.035 +
        // 10800/1.035² + 9720/1.035³ = 30443.00; A must give 20,000 − 2,564.59 = 17,435.41, so k = 0.572723
        // and deadweight′ = 1 − 0.75 × k = 0.5705.
        assertEquals(0.5705, breakEven.doubleValue(), 1e-4);
        SensitivityRow displacement = rows.stream().filter(r -> r.assumption().equals("displacement")).findFirst()
                .orElseThrow();
        assertEquals(Optional.of("low bounded at 0"), displacement.note());
        SensitivityRow rate = rows.get(rows.size() - 1);
        // Undiscounted: (13,350 + 12,150 + 9,720) / 20,000 = 35,220 / 20,000 = 1.761.
        assertEquals(new BigDecimal("1.7610"), rate.ratioAtLow());
        // One point higher, 4.5%: independent floating-point sum.
        double at45 = (13350 / 1.045 + 12150 / Math.pow(1.045, 2) + 9720 / Math.pow(1.045, 3)) / 20000;
        assertEquals(at45, rate.ratioAtHigh().doubleValue(), 5e-5);
    }

    @Test
    void invalidAnalysesNameEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> outcome("x", "-1", "10", "1.5", "0", "0",
                "0", 0));
        assertTrue(e.getMessage().contains("quantity: must not be negative"), e.getMessage());
        assertTrue(e.getMessage().contains("deadweight: must be a fraction from 0 to 1"), e.getMessage());
        assertTrue(e.getMessage().contains("durationYears: must be at least 1"), e.getMessage());
        ValidationException none = assertThrows(ValidationException.class, () -> new SroiAnalysis("y", GBP,
                List.of(SroiInput.of("Nothing", "0")), referenceCase().outcomes(), DiscountSchedule.greenBook(),
                RoundingMode.UNNECESSARY));
        assertTrue(none.getMessage().contains("inputs: must total more than 0"), none.getMessage());
        assertTrue(none.getMessage().contains("rounding: must be a rounding mode other than UNNECESSARY"),
                none.getMessage());
        assertThrows(ValidationException.class, () -> new DiscountSchedule("gap", LocalDate.of(2024, 1, 1),
                List.of(RateBand.of(1, 10, "0.035"), RateBand.from(12, "0.03")), NOTES));
    }

    @Test
    void jsonRoundTrips() {
        SroiAnalysis a = referenceCase();
        JsonRoundTrip.assertRoundTrip(a, SroiAnalysis.class);
        JsonRoundTrip.assertRoundTrip(a.result(), SroiResult.class);
        JsonRoundTrip.assertRoundTrip(a.sensitivity().get(2), SensitivityRow.class);
    }
}
