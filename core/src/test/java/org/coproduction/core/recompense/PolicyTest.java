package org.coproduction.core.recompense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Effective dates, rule validation, rounding, money and the presets as JSON. */
class PolicyTest {

    private static RateSchedule dated(String version, LocalDate from, LocalDate to) {
        RateSchedule.Builder b = StatementRulesTest.schedule(StatementRulesTest.hourly("10.00"))
                .version(version).effectiveFrom(from);
        if (to != null) {
            b.effectiveTo(to);
        }
        return b.build();
    }

    private static RecompensePolicy.Builder policy() {
        return RecompensePolicy.builder().id("p").name("P").source(StatementRulesTest.OWN)
                .currency(Currency.getInstance("GBP"));
    }

    @Test
    void aRateRuleNamingCodesThatDoNotExistIsRefusedWithEachOneNamed() {
        // A misspelt role would match no participant and so silently hold the pay of everyone it was meant for.
        ValidationException e = assertThrows(ValidationException.class, () -> RateRule.builder().id("carers")
                .description("Carers").basis(RateBasis.HOURLY).hourlyRate(new BigDecimal("20.00"))
                .addRoles("unpaid-carer", "unpaid-carers").addInvolvementLevels("leader").addActivityTypes("workshops")
                .build());
        assertEquals(List.of("roles[1]", "involvementLevels[0]", "activityTypes[0]"),
                e.violations().stream().map(Violation::path).collect(Collectors.toList()));
        assertTrue(e.violations().get(0).message().startsWith("roles[1]: must be a participant role: one of "
                + "lived-experience, unpaid-carer, "), e.violations().get(0).message());
        assertTrue(e.violations().get(0).message().endsWith(", was \"unpaid-carers\""), e.violations().get(0).message());
    }

    @Test
    void anExpenseRuleForACategoryNoClaimCanHaveIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> ExpenseRule.builder().category("childcare")
                .description("Childcare").build());
        assertEquals("category", e.violations().get(0).path());
        assertTrue(e.violations().get(0).message().contains("must be an expense category: one of public-transport"),
                e.violations().get(0).message());
    }

    @Test
    void overlappingEffectiveDatesAreAnError() {
        ValidationException e = assertThrows(ValidationException.class, () -> policy()
                .addSchedule(dated("a", LocalDate.of(2024, 4, 6), LocalDate.of(2025, 4, 5)))
                .addSchedule(dated("b", LocalDate.of(2025, 4, 1), null)).build());
        assertEquals("schedules[1].effectiveFrom: must be after schedules[0].effectiveTo (2025-04-05): effective dates"
                + " overlap, was 2025-04-01", e.violations().get(0).message());
    }

    @Test
    void aRateGapIsAnError() {
        ValidationException e = assertThrows(ValidationException.class, () -> policy()
                .addSchedule(dated("a", LocalDate.of(2024, 4, 6), LocalDate.of(2025, 4, 5)))
                .addSchedule(dated("b", LocalDate.of(2025, 5, 1), null)).build());
        assertEquals("schedules[1].effectiveFrom: must be 2025-04-06, the day after schedules[0].effectiveTo: rate gap"
                + " from 2025-04-06 to 2025-04-30, was 2025-05-01", e.violations().get(0).message());
    }

    @Test
    void onlyTheLastScheduleMayBeOpenEnded() {
        ValidationException e = assertThrows(ValidationException.class, () -> policy()
                .addSchedule(dated("a", LocalDate.of(2024, 4, 6), null))
                .addSchedule(dated("b", LocalDate.of(2025, 4, 6), null)).build());
        assertEquals("schedules[0].effectiveTo", e.violations().get(0).path());
    }

    @Test
    void theScheduleInForceIsFoundByDate() {
        RecompensePolicy nihr = Recompense.nihr();
        assertEquals("NIHR-style £25 an hour (to 15 December 2025)",
                nihr.scheduleOn(LocalDate.of(2025, 12, 15)).orElseThrow().version());
        assertEquals("NIHR-style £27.50 an hour (from 16 December 2025)",
                nihr.scheduleOn(LocalDate.of(2025, 12, 16)).orElseThrow().version());
        assertTrue(nihr.scheduleOn(LocalDate.of(2022, 8, 30)).isEmpty());
    }

    @Test
    void aRuleNamesEveryFieldItsBasisNeedsOrForbids() {
        ValidationException e = assertThrows(ValidationException.class, () -> RateRule.builder().id("x")
                .description("X").basis(RateBasis.FLAT_FEE).hourlyRate(new BigDecimal("-1")).build());
        assertEquals(List.of("hourlyRate: must be absent when the basis is flat-fee",
                        "flatFee: is required when the basis is flat-fee", "hourlyRate: must be ≥ 0, was -1"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }

    @Test
    void bandsMustGetLonger() {
        ValidationException e = assertThrows(ValidationException.class, () -> RateRule.builder().id("x")
                .description("X").basis(RateBasis.BANDED).addBand(DurationBand.fixed(480, BigDecimal.TEN))
                .addBand(DurationBand.fixed(240, BigDecimal.ONE)).build());
        assertEquals("bands[1].upToMinutes: must be longer than bands[0].upToMinutes (480), was 240",
                e.violations().get(0).message());
    }

    @Test
    void timeRounding() {
        // 130 min: up to 30 → 150; nearest 30 → 120 (130 is 10 past 120); down 30 → 120.
        assertEquals(150, TimeRounding.upTo(30).apply(130));
        assertEquals(120, TimeRounding.nearest(30).apply(130));
        assertEquals(150, TimeRounding.nearest(30).apply(135));
        assertEquals(120, TimeRounding.builder().direction(TimeRounding.Direction.DOWN).incrementMinutes(30).build()
                .apply(149));
        assertEquals(130, TimeRounding.none().apply(130));
        assertEquals(60, TimeRounding.builder().direction(TimeRounding.Direction.UP).incrementMinutes(15)
                .minimumMinutes(60).build().apply(20));
        assertEquals(0, TimeRounding.upTo(60).apply(0));
        assertThrows(ValidationException.class, () -> TimeRounding.upTo(0));
    }

    @Test
    void moneyIsExactAndRefusesToMixCurrencies() {
        assertEquals(Money.gbp("0.30"), Money.gbp("0.1").plus(Money.gbp("0.2")));
        assertEquals(Money.gbp("3.21"), Money.gbp("27.50").times(new BigDecimal("7"))
                .times(BigDecimal.ONE.divide(new BigDecimal("60"), 20, RoundingMode.HALF_UP)).rounded(RoundingMode.HALF_UP));
        assertThrows(IllegalArgumentException.class,
                () -> Money.gbp("1").plus(Money.of(BigDecimal.ONE, Currency.getInstance("EUR"))));
        assertEquals("£68.75", Money.gbp("68.75").toString());
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read("{\"amount\":1,\"currency\":\"XYZ\"}", Money.class));
        assertTrue(e.getMessage().contains("currency"), e.getMessage());
        JsonRoundTrip.assertRoundTrip(Money.gbp("27.50"), Money.class);
    }

    @Test
    void taxYearsRunFromSixthAprilToFifthApril() {
        assertEquals("2024/25", TaxYear.of(LocalDate.of(2025, 4, 5)).toString());
        assertEquals("2025/26", TaxYear.of(LocalDate.of(2025, 4, 6)).toString());
        assertEquals(TaxYear.startingIn(2025), TaxYear.parse("2025/26"));
        assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("2025/27"));
    }

    @Test
    void everyPresetRoundTripsThroughJsonAndMarksUnverifiedRates() {
        for (RecompensePolicy preset : Recompense.presets()) {
            JsonRoundTrip.assertRoundTrip(preset, RecompensePolicy.class);
        }
        assertEquals(SourceStatus.UNVERIFIED, Recompense.nhsEngland().schedules().get(0).source().status());
        assertEquals(SourceStatus.UNVERIFIED, Recompense.nihr().schedules().get(1).source().status());
        assertTrue(CoproductionJson.write(Recompense.nihr()).contains("\"status\" : \"unverified\""));
    }

    @Test
    void aPolicyReadFromJsonReportsTheJsonPathOfABrokenRule() {
        String json = CoproductionJson.write(Recompense.coProductionCollective())
                .replace("\"hourlyRate\" : 30.00", "\"hourlyRate\" : -30.00");
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json, RecompensePolicy.class));
        assertEquals("schedules[0].rules[1].hourlyRate: must be ≥ 0, was -30.00", e.violations().get(0).message());
    }
}
