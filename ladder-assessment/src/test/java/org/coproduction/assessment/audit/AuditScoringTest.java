package org.coproduction.assessment.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scoring audits: every expected total, band and weakest area is worked out by hand in the comments, from the
 * rules in the domain notes (ladders.md, section 7): area score = sum of its items, total = sum of all items,
 * bands 20 to 39, 40 to 59, 60 to 79 and 80 to 100 for the Coproduction Assessment, none for the Wales audit.
 */
class AuditScoringTest {

    private static final Audit CAHN = Audits.coproductionAssessment();
    private static final Audit WALES = Audits.walesCoproductionAudit();

    /** Every item scored {@code base}, except those given in {@code others}. */
    private static AuditResponses scores(Audit audit, int base, Map<String, Integer> others) {
        AuditResponses.Builder b = AuditResponses.builder().auditId(audit.id()).subject("adult-social-care")
                .date(LocalDate.of(2025, 6, 2));
        audit.items().forEach(i -> b.addAnswer(AuditAnswer.of(i.id(), others.getOrDefault(i.id(), base))));
        return b.build();
    }

    /** The scores of each area in order, item by item. */
    private static AuditResponses byArea(Audit audit, int[][] perArea) {
        AuditResponses.Builder b = AuditResponses.builder().auditId(audit.id()).subject("adult-social-care")
                .perspective(Perspective.LIVED_EXPERIENCE);
        for (int a = 0; a < perArea.length; a++) {
            List<AuditItem> items = audit.areas().get(a).items();
            for (int i = 0; i < perArea[a].length; i++) {
                b.addAnswer(AuditAnswer.of(items.get(i).id(), perArea[a][i]));
            }
        }
        return b.build();
    }

    private static List<String> paths(ValidationException e) {
        return e.violations().stream().map(Violation::path).toList();
    }

    @ParameterizedTest(name = "total {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // all 20 items 1: 20 x 1 = 20, the lowest total
        "20|it's not there|1|",
        // 19 items 2 and one item 1: 19 x 2 + 1 = 39, the top of the lowest band
        "39|it's not there|2|assets-1",
        // all 20 items 2: 40, the bottom of the second band
        "40|starting out|2|",
        // 19 items 3 and one item 2: 57 + 2 = 59
        "59|starting out|3|assets-1",
        // all 20 items 3: 60
        "60|on the way|3|",
        // 19 items 4 and one item 3: 76 + 3 = 79
        "79|on the way|4|assets-1",
        // all 20 items 4: 80
        "80|going strong|4|",
        // all 20 items 5: 100, the highest total
        "100|going strong|5|",
    })
    void bandEdgesOfTheCoproductionAssessment(int total, String band, int base, String oneLower) {
        Map<String, Integer> others = oneLower == null ? Map.of() : Map.of(oneLower, base - 1);
        AuditResult result = CAHN.score(scores(CAHN, base, others));
        assertEquals(Optional.of(total), result.total());
        assertEquals(band, result.band().orElseThrow().label());
        assertTrue(result.explanation().contains("\"" + band + "\""), result.explanation());
    }

    @Test
    void aWorkedCoproductionAssessment() {
        // assets 4+4+4+4 = 16; work 3+3+3+3 = 12; reciprocity 2+2+2+2 = 8; community 3+3+3+3 = 12;
        // respect 4+4+3+3 = 14. Total 16+12+8+12+14 = 62: in 60 to 79, on the way. Lowest area: reciprocity, 8.
        AuditResult result = CAHN.score(byArea(CAHN, new int[][] {{4, 4, 4, 4}, {3, 3, 3, 3}, {2, 2, 2, 2},
            {3, 3, 3, 3}, {4, 4, 3, 3}}));
        assertEquals(List.of(16, 12, 8, 12, 14), result.areas().stream().map(a -> a.score().orElseThrow()).toList());
        result.areas().forEach(a -> assertEquals(List.of(4, 20), List.of(a.lowest(), a.highest()), a.areaId()));
        assertEquals(Optional.of(62), result.total());
        assertEquals(List.of(20, 100), List.of(result.lowestTotal(), result.highestTotal()));
        assertEquals(AuditBand.of(60, 79, "on the way"), result.band().orElseThrow());
        assertEquals(List.of("reciprocity"), result.weakestAreas());
        assertEquals(List.of(), result.unanswered());
        assertEquals(Perspective.LIVED_EXPERIENCE, result.perspective());
        assertEquals("Coproduction Assessment (five core values): total 62, on a possible 20 to 100. That is in the "
                + "band 60 to 79, \"on the way\". Weakest area: Reciprocity 8 (possible 4 to 20). Each area: Assets 16 "
                + "(possible 4 to 20); Work 12 (possible 4 to 20); Reciprocity 8 (possible 4 to 20); Community 12 "
                + "(possible 4 to 20); Respect 14 (possible 4 to 20).", result.explanation());
    }

    @Test
    void theWalesAuditGivesTotalsAndTiedWeakestPrinciplesButNoBand() {
        // assets 3+4+3 = 10; networks 2+2+3 = 7; outcomes 1+3+3 = 7; reciprocity 4+4+4 = 12;
        // people as creators of change 5+4+5 = 14. Total 10+7+7+12+14 = 50 on 15 to 75.
        // Networks and outcomes tie at 7, the lowest: both are named.
        AuditResult result = WALES.score(byArea(WALES, new int[][] {{3, 4, 3}, {2, 2, 3}, {1, 3, 3}, {4, 4, 4},
            {5, 4, 5}}));
        assertEquals(List.of(10, 7, 7, 12, 14), result.areas().stream().map(a -> a.score().orElseThrow()).toList());
        result.areas().forEach(a -> assertEquals(List.of(3, 15), List.of(a.lowest(), a.highest()), a.areaId()));
        assertEquals(Optional.of(50), result.total());
        assertEquals(List.of(15, 75), List.of(result.lowestTotal(), result.highestTotal()));
        assertEquals(Optional.empty(), result.band());
        assertEquals(List.of("networks", "outcomes"), result.weakestAreas());
        assertTrue(result.explanation().contains("This audit publishes no bands, so the total is not put in one."),
                result.explanation());
        assertTrue(result.explanation().contains("Weakest areas, tied: Networks 7 (possible 3 to 15); Outcomes 7 "
                + "(possible 3 to 15)."), result.explanation());
        // Without the last statement of people as creators of change, that principle has no score; the other
        // four keep theirs, so networks and outcomes are still the weakest, so far.
        AuditResponses all = byArea(WALES, new int[][] {{3, 4, 3}, {2, 2, 3}, {1, 3, 3}, {4, 4, 4}, {5, 4}});
        AuditResult soFar = WALES.scoreSoFar(all);
        assertEquals(List.of("people-as-creators-of-change-3"), soFar.unanswered());
        assertEquals(List.of("networks", "outcomes"), soFar.weakestAreas());
        assertTrue(soFar.explanation().contains("Weakest areas so far, tied: Networks 7 (possible 3 to 15); Outcomes 7"),
                soFar.explanation());
    }

    @Test
    void theWalesRangeEnds() {
        // All 15 statements at 1: each principle 3 x 1 = 3, total 15; all at 5: each 15, total 75.
        AuditResult lowest = WALES.score(scores(WALES, 1, Map.of()));
        AuditResult highest = WALES.score(scores(WALES, 5, Map.of()));
        assertEquals(Optional.of(15), lowest.total());
        assertEquals(Optional.of(75), highest.total());
        lowest.areas().forEach(a -> assertEquals(Optional.of(3), a.score()));
        highest.areas().forEach(a -> assertEquals(Optional.of(15), a.score()));
        // Every principle ties, so all five are named and the explanation says none stands out.
        assertEquals(5, highest.weakestAreas().size());
        assertTrue(highest.explanation().contains("none is weaker than the others"), highest.explanation());
    }

    @Test
    void weakestIsByAverageItemScoreWhenAreasDifferInSize() {
        // Area "small" has 2 items scored 3 and 3: 6, an average of 3. Area "large" has 4 items scored
        // 2, 2, 3 and 3: 10, an average of 2.5. Large scores more in all but is weaker item for item.
        Audit audit = Audit.builder().id("mixed").title("Mixed").source(Citation.of("Test", SourceStatus.LIBRARY_OWN))
                .statementsSource(Citation.of("Test", SourceStatus.LIBRARY_OWN))
                .addArea(AuditArea.builder().id("small").name("Small").addItem(AuditItem.of("s1", "One"))
                        .addItem(AuditItem.of("s2", "Two")).build())
                .addArea(AuditArea.builder().id("large").name("Large").addItem(AuditItem.of("l1", "One"))
                        .addItem(AuditItem.of("l2", "Two")).addItem(AuditItem.of("l3", "Three"))
                        .addItem(AuditItem.of("l4", "Four")).build())
                .build();
        AuditResult result = audit.score(byArea(audit, new int[][] {{3, 3}, {2, 2, 3, 3}}));
        assertEquals(Optional.of(16), result.total());
        assertEquals(List.of("large"), result.weakestAreas());
        // Raise large to 2, 3, 3, 4 = 12, an average of 3: now the two tie.
        assertEquals(List.of("small", "large"),
                audit.score(byArea(audit, new int[][] {{3, 3}, {2, 3, 3, 4}})).weakestAreas());
    }

    @Test
    void unscoredItemsAreListedAndNeverCounted() {
        // Every item 3 except respect-4, left out. Respect has no score; the other areas score 4 x 3 = 12 and
        // tie. There is no total and no band.
        AuditResponses all = scores(CAHN, 3, Map.of());
        AuditResponses partial = all.withAnswers(all.answers().stream().filter(a -> !a.itemId().equals("respect-4"))
                .toList());
        AuditResult result = CAHN.scoreSoFar(partial);
        assertEquals(Optional.empty(), result.total());
        assertEquals(Optional.empty(), result.band());
        assertFalse(result.complete());
        assertEquals(List.of("respect-4"), result.unanswered());
        assertEquals(Optional.empty(), result.area("respect").score());
        assertEquals(List.of("respect-4"), result.area("respect").unanswered());
        assertEquals(Optional.of(12), result.area("assets").score());
        assertEquals(List.of("assets", "work", "reciprocity", "community"), result.weakestAreas());
        assertTrue(result.explanation().startsWith("Coproduction Assessment (five core values): 1 of 20 items is "
                + "not scored yet (respect-4), so there is no total."), result.explanation());
        assertTrue(result.explanation().contains("Respect not scored yet"), result.explanation());
        // Assets, work, reciprocity and community all score 12 (4 x 3) and tie.
        assertTrue(result.explanation().contains("Every scored area has the same average score"), result.explanation());
        assertEquals("adult-social-care (coproduction-assessment, joint, 2025-06-02): 1 item not scored, weakest "
                + "assets, work, reciprocity, community", result.toString());

        ValidationException e = assertThrows(ValidationException.class, () -> CAHN.score(partial));
        assertEquals(1, e.violations().size());
        assertEquals("answers", e.violations().get(0).path());
        assertTrue(e.violations().get(0).rule().contains("respect-4"), e.getMessage());
    }

    @Test
    void everyProblemWithTheScoresIsReportedAtOnce() {
        // assets-1 scored 6 and assets-2 scored 0 (off the 1 to 5 scale), an unknown item, and the other
        // 18 items missing: 2 + 1 + 18 = 21 problems.
        AuditResponses bad = AuditResponses.builder().auditId(CAHN.id()).subject("adult-social-care")
                .addAnswer(AuditAnswer.of("assets-1", 6))
                .addAnswer(AuditAnswer.of("assets-99", 3))
                .addAnswer(AuditAnswer.of("assets-2", 0))
                .build();
        ValidationException e = assertThrows(ValidationException.class, () -> CAHN.score(bad));
        assertEquals(21, e.violations().size(), e.getMessage());
        assertEquals(List.of("answers[0].score", "answers[1].itemId", "answers[2].score"), paths(e).subList(0, 3));
        assertEquals("answers[0].score: must be 1 to 5 on the scale of audit coproduction-assessment, was 6",
                e.violations().get(0).message());
        assertTrue(paths(e).subList(3, 21).stream().allMatch("answers"::equals));
        // Without the missing items, the same three remain.
        ValidationException soFar = assertThrows(ValidationException.class, () -> CAHN.scoreSoFar(bad));
        assertEquals(List.of("answers[0].score", "answers[1].itemId", "answers[2].score"), paths(soFar));
    }

    @Test
    void scoresForAnotherAuditAreRefused() {
        AuditResponses forWales = scores(WALES, 3, Map.of());
        ValidationException e = assertThrows(ValidationException.class, () -> CAHN.scoreSoFar(forWales));
        // The audit identifier, then the Wales items the other audit does not have: both have assets-1 to 3
        // and reciprocity-1 to 3, so 15 - 6 = 9 items, and 1 + 9 = 10 problems.
        assertEquals("auditId", paths(e).get(0));
        assertEquals(10, e.violations().size(), e.getMessage());
    }

    @Test
    void anItemScoredTwiceIsRefusedInCodeAndInJson() {
        ValidationException e = assertThrows(ValidationException.class, () -> AuditResponses.builder()
                .auditId(CAHN.id()).subject(" ").addAnswer(AuditAnswer.of("assets-1", 3))
                .addAnswer(AuditAnswer.of("assets-1", 4)).build());
        assertEquals(List.of("subject", "answers[1].itemId"), paths(e));

        String json = "{\"auditId\":\"coproduction-assessment\",\"subject\":\"team\",\"answers\":["
                + "{\"itemId\":\"work-2\",\"score\":3},{\"itemId\":\"work-2\",\"score\":5}]}";
        ValidationException read = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json, AuditResponses.class));
        assertTrue(read.getMessage().contains("answers[1].itemId"), read.getMessage());
    }

    @Test
    void anAuditWithBrokenStructureReportsEveryProblem() {
        Citation own = Citation.of("Test", SourceStatus.LIBRARY_OWN);
        // Two items of one area, so totals run 2 to 10. Problems: an empty area; an item id repeated across
        // areas; an anchor at 6, off the scale; bands 2 to 5 and 7 to 9, leaving 6 out and stopping short of 10.
        ValidationException e = assertThrows(ValidationException.class, () -> Audit.builder().id("broken")
                .title("Broken").source(own).statementsSource(own)
                .addArea(AuditArea.builder().id("a").name("A").addItem(AuditItem.of("x", "One"))
                        .addItem(AuditItem.of("y", "Two")).build())
                .addArea(AuditArea.builder().id("b").name("B").build())
                .addArea(AuditArea.builder().id("c").name("C").addItem(AuditItem.of("x", "Again")).build())
                .addAnchor(ScoreAnchor.of(6, "Beyond"))
                .addBand(AuditBand.of(2, 5, "low")).addBand(AuditBand.of(7, 9, "high"))
                .build());
        // With area c the audit has 3 items: totals 3 to 15, so the first band's start is wrong too.
        assertEquals(List.of("areas[1].items", "areas[2].items[0].id", "anchors[0].score", "bands[0].lowest",
                "bands[1].lowest", "bands[1].highest"), paths(e), e.getMessage());
    }

    @Test
    void aResultReadFromJsonCannotClaimABandItsTotalIsNotIn() {
        AuditResult result = CAHN.score(scores(CAHN, 2, Map.of()));
        // All 20 items at 2: 40, starting out. Claim going strong instead.
        ObjectNode json = CoproductionJson.mapper().valueToTree(result);
        json.set("band", CoproductionJson.mapper().valueToTree(AuditBand.of(80, 100, "going strong")));
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json.toString(), AuditResult.class));
        assertTrue(e.getMessage().contains("band"), e.getMessage());
        // A total claimed while an item is unscored is refused too.
        ObjectNode partial = CoproductionJson.mapper().valueToTree(CAHN.scoreSoFar(
                AuditResponses.builder().auditId(CAHN.id()).subject("team").build()));
        partial.put("total", 20);
        assertThrows(ValidationException.class, () -> CoproductionJson.read(partial.toString(), AuditResult.class));
    }

    @Test
    void nothingScoredGivesNoTotalAndNoWeakestArea() {
        AuditResult result = CAHN.scoreSoFar(AuditResponses.builder().auditId(CAHN.id()).subject("team").build());
        assertEquals(20, result.unanswered().size());
        assertEquals(List.of(), result.weakestAreas());
        List<Optional<Integer>> none = new ArrayList<>();
        result.areas().forEach(a -> none.add(a.score()));
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                none);
    }
}
