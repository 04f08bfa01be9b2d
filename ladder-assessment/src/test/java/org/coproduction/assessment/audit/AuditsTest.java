package org.coproduction.assessment.audit;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.coproduction.core.source.SourceStatus;
import org.junit.jupiter.api.Test;

/**
 * The shipped audits match the project's domain notes (ladders.md, section 7, Audit-style instruments): the
 * structures, scales, anchors and bands as the notes give them, and every wording the notes say was not seen
 * marked as the library's own.
 */
class AuditsTest {

    private static List<String> areaIds(Audit audit) {
        return audit.areas().stream().map(AuditArea::id).toList();
    }

    @Test
    void walesAuditHasFivePrinciplesOfThreeStatementsScoredOneToFive() {
        Audit wales = Audits.walesCoproductionAudit();
        // The notes: "assets, networks, outcomes, reciprocity (exchanges), people as creators of change".
        assertEquals(List.of("assets", "networks", "outcomes", "reciprocity", "people-as-creators-of-change"),
                areaIds(wales));
        assertEquals(List.of("Assets", "Networks", "Outcomes", "Reciprocity (exchanges)", "People as creators of change"),
                wales.areas().stream().map(AuditArea::name).toList());
        wales.areas().forEach(a -> assertEquals(3, a.items().size(), a.id()));
        assertEquals(15, wales.items().size());
        assertEquals(1, wales.lowestScore());
        assertEquals(5, wales.highestScore());
        // Per principle 3 items x 1 = 3 to 3 x 5 = 15; total 15 x 1 = 15 to 15 x 5 = 75, as the notes give.
        wales.areas().forEach(a -> {
            assertEquals(3, wales.lowestScoreOf(a));
            assertEquals(15, wales.highestScoreOf(a));
        });
        assertEquals(15, wales.lowestTotal());
        assertEquals(75, wales.highestTotal());
        assertEquals(List.of(), wales.bands(), "the notes: no published bands seen");
    }

    @Test
    void walesAnchorsOneToFourAreTheNotesAndFiveIsMarkedAsTheLibrarys() {
        Audit wales = Audits.walesCoproductionAudit();
        List<String> fromNotes = List.of("no action yet", "a start made", "progress on several fronts",
                "doing really well in some areas but not all");
        for (int score = 1; score <= 4; score++) {
            ScoreAnchor anchor = wales.anchor(score).orElseThrow();
            assertEquals(fromNotes.get(score - 1), anchor.meaning().toLowerCase(Locale.ROOT));
            assertTrue(anchor.source().isEmpty(), "anchor " + score + " is the audit's own wording");
        }
        ScoreAnchor top = wales.anchor(5).orElseThrow();
        assertEquals(SourceStatus.LIBRARY_OWN, top.source().orElseThrow().status());
        assertTrue(top.source().orElseThrow().note().orElseThrow().contains("not seen"));
    }

    @Test
    void walesStatementsAreTheLibrarysAndThePublisherIsNamed() {
        Audit wales = Audits.walesCoproductionAudit();
        assertTrue(wales.source().reference().startsWith("Co-production Network for Wales, Co-production and "
                + "Involvement Audit"), wales.source().reference());
        assertEquals(SourceStatus.VERIFIED, wales.source().status(), "the notes mark the structure verified");
        assertEquals(SourceStatus.LIBRARY_OWN, wales.statementsSource().status());
        assertTrue(wales.statementsSource().note().orElseThrow().contains("not seen"));
        // The principle names are marked [S] in the notes.
        wales.areas().forEach(a -> assertEquals(SourceStatus.SECONDARY, a.source().orElseThrow().status(), a.id()));
        assertTrue(wales.guidance().orElseThrow().contains("30 minutes"));
    }

    @Test
    void coproductionAssessmentHasFiveValuesOfFourItemsAndFourBands() {
        Audit cahn = Audits.coproductionAssessment();
        assertEquals(List.of("assets", "work", "reciprocity", "community", "respect"), areaIds(cahn));
        cahn.areas().forEach(a -> assertEquals(4, a.items().size(), a.id()));
        assertEquals(20, cahn.items().size());
        // 4 items x 1 = 4 to 4 x 5 = 20 per value; 20 x 1 = 20 to 20 x 5 = 100 in all, as the notes give.
        cahn.areas().forEach(a -> {
            assertEquals(4, cahn.lowestScoreOf(a));
            assertEquals(20, cahn.highestScoreOf(a));
        });
        assertEquals(20, cahn.lowestTotal());
        assertEquals(100, cahn.highestTotal());
        // The bands exactly as the notes quote them.
        assertEquals(List.of(AuditBand.of(20, 39, "it's not there"), AuditBand.of(40, 59, "starting out"),
                AuditBand.of(60, 79, "on the way"), AuditBand.of(80, 100, "going strong")), cahn.bands());
    }

    @Test
    void coproductionAssessmentAnchorsOnlyNeverSometimesAlways() {
        Audit cahn = Audits.coproductionAssessment();
        assertEquals("Never", cahn.anchor(1).orElseThrow().meaning());
        assertEquals("Sometimes", cahn.anchor(3).orElseThrow().meaning());
        assertEquals("Always", cahn.anchor(5).orElseThrow().meaning());
        assertTrue(cahn.anchor(2).isEmpty());
        assertTrue(cahn.anchor(4).isEmpty());
        assertEquals(3, cahn.anchors().size());
    }

    @Test
    void coproductionAssessmentSaysTheAttributionToCahnIsNotVerified() {
        Audit cahn = Audits.coproductionAssessment();
        String note = cahn.source().note().orElseThrow();
        assertTrue(note.contains("Edgar Cahn") && note.contains("not verified"), note);
        assertTrue(!cahn.source().reference().contains("Cahn"), "the reference does not assert the attribution");
        assertEquals(SourceStatus.LIBRARY_OWN, cahn.statementsSource().status());
    }

    @Test
    void itemIdentifiersAreUniqueAndNamedByTheirArea() {
        for (Audit audit : Audits.all()) {
            for (AuditArea area : audit.areas()) {
                for (int i = 0; i < area.items().size(); i++) {
                    assertEquals(area.id() + "-" + (i + 1), area.items().get(i).id());
                }
            }
            assertEquals(audit.items().size(), audit.items().stream().map(AuditItem::id).distinct().count());
        }
    }

    @Test
    void auditsAreFoundByIdentifier() {
        assertEquals(2, Audits.all().size());
        assertSame(Audits.walesCoproductionAudit(), Audits.byId("wales-coproduction-audit"));
        assertSame(Audits.coproductionAssessment(), Audits.byId("coproduction-assessment"));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> Audits.byId("nope"));
        assertTrue(e.getMessage().contains("wales-coproduction-audit, coproduction-assessment"), e.getMessage());
    }

    @Test
    void shippedAuditsSurviveJson() {
        Audits.all().forEach(a -> assertRoundTrip(a, Audit.class));
    }
}
