package org.coproduction.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.core.source.SourceStatus;
import org.junit.jupiter.api.Test;

/** Each preset ladder against its source table in shared/domain/ladders.md. */
class LaddersTest {

    @Test
    void tlapHasTheSevenRungsInThreeBands() {
        Ladder tlap = Ladders.tlap();
        assertEquals(List.of("coercion", "educating", "informing", "consultation", "engagement", "co-design",
                "co-production"), tlap.rungIds());
        assertEquals(List.of("Doing to", "Doing for", "Doing with"), names(tlap.groups()));
        assertEquals("Doing to", tlap.groupOf(tlap.rung("educating")).orElseThrow().name());
        assertEquals("Doing for", tlap.groupOf(tlap.rung("engagement")).orElseThrow().name());
        assertEquals("Doing with", tlap.groupOf(tlap.rung("co-design")).orElseThrow().name());
        for (Rung rung : Rung.values()) {
            RungDefinition data = tlap.rung(rung.id());
            assertEquals(rung.order(), data.order());
            assertEquals(rung.displayName(), data.name());
            assertEquals(rung.meaning(), data.meaning());
        }
    }

    @Test
    void participationViewRunsFromInformingToCoProduction() {
        Ladder view = Ladders.participation();
        assertEquals(List.of("informing", "consultation", "engagement", "co-design", "co-production"), view.rungIds());
        assertEquals(1, view.rung("informing").order());
        assertEquals(5, view.rung("co-production").order());
        assertTrue(view.findRung("coercion").isEmpty());
        assertTrue(view.findRung("educating").isEmpty());
    }

    @Test
    void arnsteinHasEightRungsInThreeGroups() {
        Ladder arnstein = Ladders.arnstein();
        assertEquals(List.of("Manipulation", "Therapy", "Informing", "Consultation", "Placation", "Partnership",
                "Delegated power", "Citizen control"), arnstein.rungs().stream().map(RungDefinition::name).collect(Collectors.toList()));
        assertEquals(List.of("Nonparticipation", "Degrees of tokenism", "Degrees of citizen power"), names(arnstein.groups()));
        assertEquals(List.of("nonparticipation", "nonparticipation", "tokenism", "tokenism", "tokenism", "citizen-power",
                "citizen-power", "citizen-power"),
                arnstein.rungs().stream().map(r -> r.group().orElseThrow()).collect(Collectors.toList()));
        assertTrue(arnstein.source().reference().contains("1969"));
    }

    @Test
    void iap2HasFiveLevelsAndIsMarkedSecondary() {
        Ladder iap2 = Ladders.iap2();
        assertEquals(List.of("Inform", "Consult", "Involve", "Collaborate", "Empower"),
                iap2.rungs().stream().map(RungDefinition::name).collect(Collectors.toList()));
        assertTrue(iap2.groups().isEmpty());
        assertEquals(SourceStatus.SECONDARY, iap2.source().status());
    }

    // Expected names, order and groups below are from shared/domain/ladders.md, section 7 ("More ladders"),
    // written out here by hand from that text.

    @Test
    void wilcoxHasFiveStancesFromInformationToSupportingIndependentInitiatives() {
        Ladder wilcox = Ladders.wilcox();
        assertEquals(List.of("information", "consultation", "deciding together", "acting together",
                "supporting independent community initiatives"), lowerNames(wilcox));
        assertTrue(wilcox.groups().isEmpty());
        assertEquals(SourceStatus.VERIFIED, wilcox.source().status());
        assertTrue(wilcox.source().reference().contains("1994"));
        assertTrue(wilcox.source().note().orElseThrow().contains("initiation, preparation, participation, continuation"));
    }

    @Test
    void hartHasEightRungsThreeOfThemNonParticipationAndSaysItIsAboutChildren() {
        Ladder hart = Ladders.hart();
        assertEquals(List.of("manipulation", "decoration", "tokenism", "assigned but informed", "consulted and informed",
                "adult-initiated, shared decisions with children", "child-initiated and directed",
                "child-initiated, shared decisions with adults"), lowerNames(hart));
        assertEquals(List.of("Non-participation", "Participation"), names(hart.groups()));
        assertEquals(List.of("non-participation", "non-participation", "non-participation", "participation",
                "participation", "participation", "participation", "participation"),
                hart.rungs().stream().map(r -> r.group().orElseThrow()).collect(Collectors.toList()));
        assertTrue(hart.name().contains("children"));
        // The domain notes mark Hart secondary, with rungs 5 and 6 unverified: the data must say both.
        assertEquals(SourceStatus.SECONDARY, hart.source().status());
        assertTrue(hart.source().note().orElseThrow().contains("rungs 5"), hart.source().note().orElseThrow());
        assertTrue(hart.rung("consulted-and-informed").meaning().contains("unverified"));
        assertTrue(hart.rung("adult-initiated-shared-decisions").meaning().contains("unverified"));
        assertTrue(hart.source().reference().contains("1992"));
    }

    @Test
    void shierHasFiveLevelsFromBeingListenedToToSharingPower() {
        Ladder shier = Ladders.shier();
        List<String> fromTheSource = List.of("listened to", "supported to express their views",
                "views are taken into account", "involved in decision-making processes",
                "share power and responsibility for decisions");
        assertEquals(fromTheSource.size(), shier.rungs().size());
        for (int i = 0; i < fromTheSource.size(); i++) {
            assertTrue(lowerNames(shier).get(i).contains(fromTheSource.get(i)), lowerNames(shier).get(i));
        }
        assertEquals(SourceStatus.VERIFIED, shier.source().status());
        assertTrue(shier.source().reference().contains("2001"));
        assertTrue(shier.source().note().orElseThrow().contains("point-scoring"));
        assertTrue(shier.source().note().orElseThrow().contains("children"));
    }

    @Test
    void theNewLaddersAreShippedAndFoundById() {
        assertEquals(List.of("tlap", "participation", "arnstein", "iap2", "wilcox", "hart", "shier"),
                Ladders.all().stream().map(Ladder::id).collect(Collectors.toList()));
        assertEquals(Ladders.hart(), Ladders.byId("hart"));
        assertEquals(Ladders.shier(), Ladders.byId("shier"));
        assertEquals(Ladders.wilcox(), Ladders.byId("wilcox"));
    }

    @Test
    void navigation() {
        Ladder tlap = Ladders.tlap();
        assertEquals("coercion", tlap.bottom().id());
        assertEquals("co-production", tlap.top().id());
        assertEquals("co-design", tlap.above(tlap.rung("engagement")).orElseThrow().id());
        assertTrue(tlap.above(tlap.top()).isEmpty());
        assertEquals("engagement", tlap.below(tlap.rung("co-design")).orElseThrow().id());
        assertTrue(tlap.below(tlap.bottom()).isEmpty());
        assertTrue(tlap.rung("co-design").isAbove(tlap.rung("engagement")));
    }

    @Test
    void lookupsNameWhatExists() {
        NoSuchElementException rung = assertThrows(NoSuchElementException.class, () -> Ladders.iap2().rung("co-design"));
        assertEquals("Ladder iap2 has no rung \"co-design\"; its rungs are [inform, consult, involve, collaborate, empower]",
                rung.getMessage());
        NoSuchElementException ladder = assertThrows(NoSuchElementException.class, () -> Ladders.byId("rosener"));
        assertEquals("No shipped ladder \"rosener\"; the shipped ladders are tlap, participation, arnstein, iap2, "
                + "wilcox, hart, shier",
                ladder.getMessage());
        assertEquals(Ladders.arnstein(), Ladders.byId("arnstein"));
    }

    @Test
    void readableToString() {
        assertEquals("IAP2 spectrum of public participation: Inform < Consult < Involve < Collaborate < Empower",
                Ladders.iap2().toString());
        assertEquals("6. Co-design", Ladders.tlap().rung("co-design").toString());
    }

    private static List<String> lowerNames(Ladder ladder) {
        return ladder.rungs().stream().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toList());
    }

    private static List<String> names(List<RungGroup> groups) {
        return groups.stream().map(RungGroup::name).collect(Collectors.toList());
    }
}
