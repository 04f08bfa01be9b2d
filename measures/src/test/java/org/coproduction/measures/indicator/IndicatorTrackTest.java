package org.coproduction.measures.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class IndicatorTrackTest {

    private static final IndicatorDefinition INFORMATION = new IndicatorDefinition("finding-information-easy",
            "People who find it easy to find information", IndicatorKind.PROPORTION, Direction.HIGHER_IS_BETTER, "%",
            "Q12 very or fairly easy ÷ all who answered", Optional.of("ASCOF 3D(1)"),
            Citation.of("North Tyneside Council, Stronger Together (2024)", SourceStatus.VERIFIED));

    private static final LocalDate BASELINE_DATE = LocalDate.of(2022, 3, 31);
    private static final LocalDate TARGET_DATE = LocalDate.of(2026, 3, 31);

    private static IndicatorTrack track(String target, Observation... observations) {
        return new IndicatorTrack(INFORMATION, Observation.of(BASELINE_DATE, "59.9"), Target.of(TARGET_DATE, target),
                List.of(observations), Optional.of(Period.ofYears(1)));
    }

    @Test
    void northTynesideRiseFrom59point9To72MeetsATargetOf70() {
        // Source: North Tyneside Council, Stronger Together (2024): the share who found it easy to find
        // information rose from 59.9% to 72% in the latest ASCS. The target of 70 and the dates are ours.
        IndicatorStatus status = track("70", Observation.of(LocalDate.of(2024, 3, 31), "72"))
                .status(LocalDate.of(2024, 6, 1));
        assertEquals(Status.MET, status.status());
        assertTrue(status.reasoning().contains("72 % on 2024-03-31, reaches the target of 70 %"), status.reasoning());
    }

    private static double[] wilson(double x, double n) {
        double z = 1.959963984540054;
        double p = x / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
        return new double[] {centre - half, centre + half};
    }

    @Test
    void aValueThatDisagreesWithItsCountsIsRefused() {
        // 72 % with 100 of 1,000 behind it: the counts give 10 %, so the status could not say both "on track" and
        // "a significant fall". 59.9 with 599 of 1,000 agrees exactly; 59.9 with 5,994 of 10,000 (59.94) agrees to
        // the one decimal place the value is written in; 59.9 with 5,996 of 10,000 (59.96) does not.
        ValidationException e = assertThrows(ValidationException.class, () -> new IndicatorTrack(INFORMATION,
                new Observation(BASELINE_DATE, Optional.empty(), new BigDecimal("59.9"), Optional.of(Share.of(599, 1000))),
                Target.of(TARGET_DATE, "75"), List.of(new Observation(LocalDate.of(2024, 3, 31), Optional.empty(),
                        new BigDecimal("72"), Optional.of(Share.of(100, 1000)))), Optional.empty()));
        assertEquals(List.of("observations[0].value: must agree with its counts 100 of 1000 (10 %), was 72"),
                e.violations().stream().map(v -> v.message()).collect(java.util.stream.Collectors.toList()));
        new IndicatorTrack(INFORMATION, new Observation(BASELINE_DATE, Optional.empty(), new BigDecimal("59.9"),
                Optional.of(Share.of(5994, 10000))), Target.of(TARGET_DATE, "75"), List.of(), Optional.empty());
        assertThrows(ValidationException.class, () -> new IndicatorTrack(INFORMATION, new Observation(BASELINE_DATE,
                Optional.empty(), new BigDecimal("59.9"), Optional.of(Share.of(5996, 10000))),
                Target.of(TARGET_DATE, "75"), List.of(), Optional.empty()));
    }

    @Test
    void theChangeCarriesANewcombeIntervalWhenCountsAreKnown() {
        // North Tyneside's 59.9% and 72%, with denominators of 1,000 assumed for the example (the source gives
        // only the percentages): 599/1000 then 720/1000.
        IndicatorTrack t = new IndicatorTrack(INFORMATION, new Observation(BASELINE_DATE, Optional.empty(),
                new BigDecimal("59.9"), Optional.of(Share.of(599, 1000))), Target.of(TARGET_DATE, "70"),
                List.of(new Observation(LocalDate.of(2024, 3, 31), Optional.empty(), new BigDecimal("72"),
                        Optional.of(Share.of(720, 1000)))), Optional.of(Period.ofYears(1)));
        IndicatorStatus status = t.status(LocalDate.of(2024, 6, 1));
        var change = status.change().orElseThrow();
        // Independent: Newcombe (1998a) method 10 written out from Wilson limits (domain notes §3.1–3.2).
        double[] now = wilson(720, 1000);
        double[] then = wilson(599, 1000);
        double d = 0.720 - 0.599;
        assertEquals(d - Math.sqrt(Math.pow(0.720 - now[0], 2) + Math.pow(then[1] - 0.599, 2)), change.lower(), 1e-12);
        assertEquals(d + Math.sqrt(Math.pow(now[1] - 0.720, 2) + Math.pow(0.599 - then[0], 2)), change.upper(), 1e-12);
        assertTrue(status.reasoning().contains("excludes no change"), status.reasoning());
        JsonRoundTrip.assertRoundTrip(status, IndicatorStatus.class);
        assertTrue(track("70", Observation.of(LocalDate.of(2024, 3, 31), "72")).status(LocalDate.of(2024, 6, 1))
                .change().isEmpty());
    }

    @Test
    void onTrackWhenAtOrBeyondTheStraightLine() {
        // Hand arithmetic: baseline 59.9 on 2022-03-31, an illustrative target of 75 on 2026-03-31 = 1461 days
        // later (one leap day, 2024-02-29). (North Tyneside's 72% was an achieved result, never a target.) On
        // 2024-03-31 (731 days along) the line gives 59.9 + 15.1 × 731 / 1461 = 59.9 + 11038.1 / 1461
        // = 59.9 + 7.555168 = 67.455168.
        IndicatorStatus onTrack = track("75", Observation.of(LocalDate.of(2024, 3, 31), "67.5"))
                .status(LocalDate.of(2024, 6, 1));
        assertEquals(Status.ON_TRACK, onTrack.status());
        assertEquals(67.455168, onTrack.expected().orElseThrow().doubleValue(), 1e-6);
        assertTrue(onTrack.reasoning().contains("731 of 1461 days"), onTrack.reasoning());

        IndicatorStatus behind = track("75", Observation.of(LocalDate.of(2024, 3, 31), "67.45"))
                .status(LocalDate.of(2024, 6, 1));
        assertEquals(Status.NOT_MET, behind.status());
        assertTrue(behind.reasoning().contains("behind the trajectory"), behind.reasoning());
    }

    @Test
    void notMetOnceTheTargetDateHasPassed() {
        IndicatorStatus status = track("75", Observation.of(LocalDate.of(2026, 3, 31), "74.9"))
                .status(LocalDate.of(2026, 4, 1));
        assertEquals(Status.NOT_MET, status.status());
        assertTrue(status.reasoning().contains("has passed"), status.reasoning());
    }

    @Test
    void notEnoughDataWithoutAnObservationOrWhenOneIsMissing() {
        assertEquals(Status.NOT_ENOUGH_DATA, track("70").status(LocalDate.of(2024, 6, 1)).status());
        // An observation dated on the baseline itself is not progress.
        assertEquals(Status.NOT_ENOUGH_DATA, track("70").withObservation(Observation.of(BASELINE_DATE, "59.9"))
                .status(LocalDate.of(2024, 6, 1)).status());
        // Yearly reporting: the 2024 value is stale by mid-2025 when the 2025 one has not arrived.
        IndicatorStatus stale = track("70", Observation.of(LocalDate.of(2024, 3, 31), "72"))
                .status(LocalDate.of(2025, 6, 1));
        assertEquals(Status.NOT_ENOUGH_DATA, stale.status());
        assertTrue(stale.reasoning().contains("2025-03-31 is missing"), stale.reasoning());
    }

    @Test
    void observationsAfterTheJudgingDateAreIgnored() {
        IndicatorTrack t = track("70", Observation.of(LocalDate.of(2023, 3, 31), "61"),
                Observation.of(LocalDate.of(2024, 3, 31), "72"));
        assertEquals(new BigDecimal("61"), t.status(LocalDate.of(2023, 6, 1)).latest().orElseThrow().value());
    }

    @Test
    void lowerIsBetter() {
        // Repeat referrals: baseline 30 (%), target 20 by the target date; half way the line gives 25.
        IndicatorDefinition repeat = new IndicatorDefinition("repeat-referrals", "Repeat referrals",
                IndicatorKind.PROPORTION, Direction.LOWER_IS_BETTER, "%", "see safeguarding", Optional.empty(),
                Citation.of("Library's own", SourceStatus.LIBRARY_OWN));
        LocalDate start = LocalDate.of(2024, 1, 1);
        LocalDate end = LocalDate.of(2024, 1, 21);
        IndicatorTrack t = new IndicatorTrack(repeat, Observation.of(start, "30"), Target.of(end, "20"), List.of(),
                Optional.empty());
        LocalDate half = LocalDate.of(2024, 1, 11);
        assertEquals(Status.ON_TRACK, t.withObservation(Observation.of(half, "25")).status(half).status());
        assertEquals(Status.NOT_MET, t.withObservation(Observation.of(half, "25.1")).status(half).status());
        assertEquals(Status.MET, t.withObservation(Observation.of(half, "19")).status(half).status());
    }

    @Test
    void invalidTracksNameEveryProblem() {
        ValidationException e = assertThrows(ValidationException.class, () -> new IndicatorTrack(INFORMATION,
                Observation.of(TARGET_DATE, "59.9"), Target.of(BASELINE_DATE, "70"),
                List.of(Observation.of(BASELINE_DATE, "1"), Observation.of(BASELINE_DATE, "2")),
                Optional.of(Period.ZERO)));
        assertTrue(e.getMessage().contains("target.date: must be after the baseline date"), e.getMessage());
        assertTrue(e.getMessage().contains("observations[1].date: must be unique"), e.getMessage());
        assertTrue(e.getMessage().contains("reportingInterval: must be positive"), e.getMessage());
    }

    @Test
    void definitionsAreDataInJson() {
        String json = "{\"id\":\"self-referrals\",\"name\":\"Self-referrals\",\"kind\":\"count\","
                + "\"direction\":\"higher-is-better\",\"unit\":\"referrals\",\"definition\":\"ASP referrals whose "
                + "source is the person\",\"source\":{\"reference\":\"Scottish Government, ASP project, para 5.3\","
                + "\"status\":\"verified\"}}";
        IndicatorDefinition read = CoproductionJson.read(json, IndicatorDefinition.class);
        assertEquals(IndicatorKind.COUNT, read.kind());
        assertEquals(Optional.empty(), read.code());
        JsonRoundTrip.assertRoundTrip(read, IndicatorDefinition.class);

        ValidationException bad = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                json.replace("\"Self-referrals\"", "\" \""), IndicatorDefinition.class));
        assertTrue(bad.getMessage().contains("name"), bad.getMessage());
    }

    @Test
    void jsonRoundTrips() {
        IndicatorTrack t = new IndicatorTrack(INFORMATION, new Observation(BASELINE_DATE, Optional.of("2021-22"),
                new BigDecimal("59.9"), Optional.of(Share.of(599, 1000))), Target.of(TARGET_DATE, "70"),
                List.of(Observation.of(LocalDate.of(2024, 3, 31), "72")), Optional.of(Period.ofYears(1)));
        JsonRoundTrip.assertRoundTrip(t, IndicatorTrack.class);
        JsonRoundTrip.assertRoundTrip(t.status(LocalDate.of(2024, 4, 1)), IndicatorStatus.class);
        JsonRoundTrip.assertRoundTrip(Share.of(3, 4), Share.class);
    }
}
