package org.coproduction.measures.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.indicator.IndicatorDefinition;
import org.coproduction.measures.indicator.Share;
import org.junit.jupiter.api.Test;

class AscsAccumulatorTest {

    private static AscsResponse qol(String id, int... c) {
        return new AscsResponse(id, 1, 0, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], 0);
    }

    private static AscsResponse control(int q3a) {
        return new AscsResponse("r", 1, 0, q3a, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static AscsResult run(List<AscsResponse> responses) {
        AscsAccumulator acc = new AscsAccumulator();
        responses.forEach(acc::add);
        return acc.result();
    }

    @Test
    void qualityOfLifeScoreOfOneRespondent() {
        // R-Q-1 (domain notes, derived from NHS England's generate_1A: 32 − Σ codes). Independently, by the
        // LG Inform 1091 scoring (first option 3 … last 0): codes 1,2,2,1,3,2,1,4 score 3+2+2+3+1+2+3+0 = 16.
        assertEquals(16, QualityOfLifeScore.scoreOf(1, 2, 2, 1, 3, 2, 1, 4));
        AscsResult r = run(List.of(qol("a", 1, 2, 2, 1, 3, 2, 1, 4)));
        assertEquals(16.0, r.qualityOfLife().mean().orElseThrow(), 0);
        // R-Q-3: all best 8 × 3 = 24, all worst 8 × 0 = 0.
        assertEquals(24, QualityOfLifeScore.scoreOf(1, 1, 1, 1, 1, 1, 1, 1));
        assertEquals(0, QualityOfLifeScore.scoreOf(4, 4, 4, 4, 4, 4, 4, 4));
    }

    @Test
    void ascotPreferenceIndex() {
        // R-Q-4: all best 0.998645, all worst −0.170635 (domain notes, derived from the NHS pipeline weights;
        // PSSRU publishes the range as 1.00 to −0.17). Hand arithmetic: best weights sum to
        // 1 + 0.911 + 0.879 + 0.863 + 0.88 + 0.873 + 0.962 + 0.847 = 7.215, and 0.203 × 7.215 − 0.466 = 0.998645;
        // worst: 0 + 0.195 + 0.184 + 0.288 + 0.114 + 0.241 + 0.17 + 0.263 = 1.455, 0.203 × 1.455 − 0.466 = −0.170635.
        assertEquals(0.998645, AscotIndex.of(1, 1, 1, 1, 1, 1, 1, 1).orElseThrow(), 1e-9);
        assertEquals(-0.170635, AscotIndex.of(4, 4, 4, 4, 4, 4, 4, 4).orElseThrow(), 1e-9);
        assertTrue(AscotIndex.of(1, 1, 1, 1, 1, 1, 1, 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AscotIndex.of(1, 1, 1, 1, 1, 1, 1, 5));
        // R-Q-1's answers: 1 + 0.789 + 0.775 + 0.863 + 0.298 + 0.748 + 0.962 + 0.263 = 5.698 → 0.690694.
        assertEquals(0.690694, AscotIndex.of(qol("a", 1, 2, 2, 1, 3, 2, 1, 4)).orElseThrow(), 1e-9);
    }

    @Test
    void respondentsWithAnyItemBlankAreExcludedFromQualityOfLife() {
        // R-Q-2: "answered all eight" (LG Inform 1091); skipna=False in the NHS pipeline.
        AscsResult r = run(List.of(qol("a", 1, 1, 1, 1, 1, 1, 1, 1), qol("b", 4, 4, 4, 4, 4, 4, 4, 0),
                qol("c", 2, 2, 2, 2, 2, 2, 2, 2)));
        assertEquals(2, r.qualityOfLife().respondents());
        assertEquals(1, r.qualityOfLife().incomplete());
        // (24 + 16) / 2 = 20
        assertEquals(20.0, r.qualityOfLife().mean().orElseThrow(), 0);
        assertEquals(-1, QualityOfLifeScore.scoreOf(4, 4, 4, 4, 4, 4, 4, 0));
    }

    @Test
    void controlOverDailyLife() {
        // R-Q-5: codes 1: 30, 2: 40, 3: 20, 4: 10 → (30 + 40) / 100 = 70.0% (LG Inform 1092 definition).
        List<AscsResponse> rs = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> rs.add(control(1)));
        IntStream.range(0, 40).forEach(i -> rs.add(control(2)));
        IntStream.range(0, 20).forEach(i -> rs.add(control(3)));
        IntStream.range(0, 10).forEach(i -> rs.add(control(4)));
        rs.add(control(0));
        AscsResult r = run(rs);
        assertEquals(Share.of(70, 100), r.controlOverDailyLife().counts());
        assertEquals(70.0, r.controlOverDailyLife().percent().orElseThrow(), 1e-12);
        assertEquals(1, r.controlOverDailyLife().notAnswered());
    }

    @Test
    void weightsFollowTheInverseProbabilityDefinition() {
        // Hand arithmetic: weights 3 (control yes), 1 (no), 2 (yes): weighted 1B = (3 + 2) / (3 + 1 + 2) = 5/6,
        // unweighted 2/3. 1A: scores 24 (w 3) and 0 (w 1): weighted (72 + 0) / 4 = 18, unweighted 12.
        List<AscsResponse> rs = List.of(
                new AscsResponse("a", 3, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0),
                new AscsResponse("b", 1, 0, 4, 4, 4, 4, 4, 4, 4, 4, 0),
                new AscsResponse("c", 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0));
        AscsResult r = run(rs);
        assertEquals(500.0 / 6, r.controlOverDailyLife().percent().orElseThrow(), 1e-9);
        assertEquals(200.0 / 3, r.controlOverDailyLife().unweightedPercent().orElseThrow(), 1e-9);
        assertEquals(18.0, r.qualityOfLife().mean().orElseThrow(), 1e-12);
        assertEquals(12.0, r.qualityOfLife().unweightedMean().orElseThrow(), 1e-12);
    }

    @Test
    void findingInformationEasyNorthTynesideFigures() {
        // North Tyneside, Stronger Together (2024): 59.9% then 72%. As counts of 1,000 answers each: 599 and
        // 720 very or fairly easy; 50 who never tried are left out of the denominator by default.
        AscsResult before = run(information(300, 299, 401, 50));
        assertEquals(59.9, before.findingInformationEasy().percent().orElseThrow(), 1e-9);
        assertEquals(50, before.neverTriedToFindInformation());
        AscsResult after = run(information(400, 320, 280, 0));
        assertEquals(72.0, after.findingInformationEasy().percent().orElseThrow(), 1e-9);
        // Counting "never tried" in the denominator: 599 / 1050 = 57.047619…%.
        AscsAccumulator including = new AscsAccumulator(InformationRule.INCLUDE_NEVER_TRIED);
        information(300, 299, 401, 50).forEach(including::add);
        assertEquals(59900.0 / 1050, including.result().findingInformationEasy().percent().orElseThrow(), 1e-9);
    }

    private static List<AscsResponse> information(int veryEasy, int fairlyEasy, int difficult, int neverTried) {
        List<AscsResponse> rs = new ArrayList<>();
        int[][] groups = {{1, veryEasy}, {2, fairlyEasy}, {3, difficult}, {5, neverTried}};
        for (int[] g : groups) {
            for (int i = 0; i < g[1]; i++) {
                rs.add(new AscsResponse("r", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, g[0]));
            }
        }
        return rs;
    }

    @Test
    void satisfactionCountsExtremelyAndVerySatisfied() {
        // Ealing definition: codes 1 and 2 of Q1 of all who answered. 2 of 4 answers → 50%.
        List<AscsResponse> rs = IntStream.of(1, 2, 3, 7, 0).mapToObj(q1 ->
                new AscsResponse("r", 1, q1, 0, 0, 0, 0, 0, 0, 0, 0, 0)).toList();
        assertEquals(Share.of(2, 4), run(rs).satisfaction().counts());
    }

    @Test
    void outOfRangeCodesAreErrorsNamingTheRecordAndField() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new AscsResponse("R17", 1, 8, 1, 7, 1, 1, -1, 1, 1, 1, 6));
        String m = e.getMessage();
        assertTrue(m.contains("AscsResponse R17"), m);
        assertTrue(m.contains("q1: must be an answer code from 1 to 7, or 0 for no answer, was 8"), m);
        assertTrue(m.contains("q4a: must be an answer code from 1 to 4"), m);
        assertTrue(m.contains("q7a: must be an answer code from 1 to 4, or 0 for no answer, was -1"), m);
        assertTrue(m.contains("q12: must be an answer code from 1 to 5"), m);
        assertThrows(ValidationException.class, () -> new AscsResponse("R18", 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThrows(ValidationException.class, () -> new AscsResponse("R19", Double.NaN, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
    }

    private static AscsResponse random(SplittableRandom r, int i) {
        return new AscsResponse("r" + i, 0.5 + r.nextInt(8) * 0.25, r.nextInt(8), r.nextInt(5), r.nextInt(5),
                r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(6));
    }

    @Test
    void mergingInAnyOrderAndGroupingEqualsOnePass() {
        Property.forAll(100, r -> {
            List<AscsResponse> rs = new ArrayList<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                rs.add(random(r, i));
            }
            return new Object[] {rs, r.nextLong(), 1 + r.nextInt(40)};
        }, input -> {
            @SuppressWarnings("unchecked")
            List<AscsResponse> rs = (List<AscsResponse>) input[0];
            AscsResult one = run(rs);
            List<AscsResponse> shuffled = new ArrayList<>(rs);
            Collections.shuffle(shuffled, new java.util.Random((long) input[1]));
            int size = (int) input[2];
            List<AscsAccumulator> parts = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i += size) {
                AscsAccumulator part = new AscsAccumulator();
                shuffled.subList(i, Math.min(i + size, shuffled.size())).forEach(part::add);
                parts.add(part);
            }
            // Merge as a tree from the right, a different grouping from the one pass.
            while (parts.size() > 1) {
                AscsAccumulator last = parts.remove(parts.size() - 1);
                parts.get(parts.size() - 1).merge(last);
            }
            AscsResult merged = parts.isEmpty() ? new AscsAccumulator().result() : parts.get(0).result();
            assertSame(one, merged);
        });
    }

    private static void assertSame(AscsResult a, AscsResult b) {
        assertEquals(a.responses(), b.responses());
        assertEquals(a.qualityOfLife().respondents(), b.qualityOfLife().respondents());
        assertEquals(a.qualityOfLife().scoreSum(), b.qualityOfLife().scoreSum());
        assertEquals(a.qualityOfLife().incomplete(), b.qualityOfLife().incomplete());
        assertEquals(a.qualityOfLife().weightedScoreSum(), b.qualityOfLife().weightedScoreSum(), 1e-9);
        assertEquals(a.controlOverDailyLife().counts(), b.controlOverDailyLife().counts());
        assertEquals(a.controlOverDailyLife().weightedNumerator(), b.controlOverDailyLife().weightedNumerator(), 1e-9);
        assertEquals(a.findingInformationEasy().counts(), b.findingInformationEasy().counts());
        assertEquals(a.satisfaction().counts(), b.satisfaction().counts());
        assertEquals(a.satisfaction().weightedDenominator(), b.satisfaction().weightedDenominator(), 1e-9);
        assertEquals(a.neverTriedToFindInformation(), b.neverTriedToFindInformation());
    }

    @Test
    void parallelStreamGivesTheSameCountsAsOnePass() {
        SplittableRandom r = new SplittableRandom(7);
        List<AscsResponse> rs = IntStream.range(0, 20_000).mapToObj(i -> random(r, i)).toList();
        AscsResult parallel = rs.parallelStream().collect(AscsAccumulator.collector());
        assertSame(run(rs), parallel);
    }

    @Test
    void jsonRoundTrips() {
        AscsResult r = run(List.of(new AscsResponse("a", 1, 2, 1, 2, 2, 1, 3, 2, 1, 4, 2)));
        JsonRoundTrip.assertRoundTrip(r, AscsResult.class);
        JsonRoundTrip.assertRoundTrip(new AscsResponse("a", 1.5, 2, 1, 2, 2, 1, 3, 2, 1, 4, 5), AscsResponse.class);
        for (IndicatorDefinition d : AscsIndicators.all()) {
            JsonRoundTrip.assertRoundTrip(d, IndicatorDefinition.class);
        }
    }
}
