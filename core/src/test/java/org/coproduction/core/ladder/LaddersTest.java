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
        NoSuchElementException ladder = assertThrows(NoSuchElementException.class, () -> Ladders.byId("hart"));
        assertEquals("No shipped ladder \"hart\"; the shipped ladders are tlap, participation, arnstein, iap2",
                ladder.getMessage());
        assertEquals(Ladders.arnstein(), Ladders.byId("arnstein"));
    }

    @Test
    void readableToString() {
        assertEquals("IAP2 spectrum of public participation: Inform < Consult < Involve < Collaborate < Empower",
                Ladders.iap2().toString());
        assertEquals("6. Co-design", Ladders.tlap().rung("co-design").toString());
    }

    private static List<String> names(List<RungGroup> groups) {
        return groups.stream().map(RungGroup::name).collect(Collectors.toList());
    }
}
