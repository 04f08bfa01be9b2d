package org.coproduction.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped crosswalks against the table in shared/domain/ladders.md section 6, and the order rule. */
class CrosswalkTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "coercion; manipulation; ''",
        "educating; therapy; ''",
        "informing; informing; inform",
        "consultation; consultation; consult",
        "engagement; placation; involve",
        "co-design; partnership; collaborate",
        "co-production; partnership; empower",
    })
    void tlapMapsAsTheTableSays(String tlap, String arnstein, String iap2) {
        assertEquals(List.of(arnstein), ids(Crosswalks.tlapToArnstein().map(tlap)));
        assertEquals(iap2.isEmpty() ? List.of() : List.of(iap2), ids(Crosswalks.tlapToIap2().map(tlap)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "manipulation; coercion",
        "therapy; educating",
        "informing; informing",
        "consultation; consultation",
        "placation; engagement",
        "partnership; co-design,co-production",
        "delegated-power; co-production",
        "citizen-control; co-production",
    })
    void arnsteinMapsAsTheTableSays(String arnstein, String tlap) {
        assertEquals(List.of(tlap.split(",")), ids(Crosswalks.arnsteinToTlap().map(arnstein)));
    }

    @ParameterizedTest
    @CsvSource({"inform, informing", "consult, consultation", "involve, engagement", "collaborate, co-design",
        "empower, co-production"})
    void iap2MapsAsTheTableSays(String iap2, String tlap) {
        assertEquals(List.of(tlap), ids(Crosswalks.iap2ToTlap().map(iap2)));
    }

    @Test
    void presetsSayTheyAreTheLibrarysOwnMapping() {
        for (Crosswalk crosswalk : Crosswalks.all()) {
            assertEquals(SourceStatus.LIBRARY_OWN, crosswalk.source().status());
            crosswalk.entries().forEach(e -> assertTrue(!e.reasoning().isBlank()));
        }
        assertEquals(Crosswalks.tlapToIap2(), Crosswalks.between(Ladders.tlap(), Ladders.iap2()));
        NoSuchElementException e = assertThrows(NoSuchElementException.class,
                () -> Crosswalks.between(Ladders.arnstein(), Ladders.iap2()));
        assertTrue(e.getMessage().startsWith("No shipped crosswalk from arnstein to iap2"));
        assertEquals(List.of("placation"), ids(Crosswalks.tlapToArnstein().map(Rung.ENGAGEMENT)));
    }

    @Test
    void aCrosswalkThatMapsAHigherRungBelowALowerOneIsRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> Crosswalk.builder()
                .from(Ladders.iap2()).to(Ladders.tlap()).source(Crosswalks.iap2ToTlap().source())
                .addEntry(CrosswalkEntry.of("inform", "r", "informing"))
                .addEntry(CrosswalkEntry.of("consult", "r", "engagement"))
                .addEntry(CrosswalkEntry.of("involve", "r", "consultation"))
                .addEntry(CrosswalkEntry.of("collaborate", "r", "co-design"))
                .addEntry(CrosswalkEntry.of("empower", "r", "co-production"))
                .build());
        assertEquals(List.of("entries[2].to: must not map a higher rung below the rungs that consult maps to "
                + "(crosswalks keep order), was [consultation]"), messages(e));
    }

    @Test
    void unknownRungsAndMissingEntriesAreNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> Crosswalk.builder()
                .from(Ladders.iap2()).to(Ladders.tlap()).source(Crosswalks.iap2ToTlap().source())
                .addEntry(CrosswalkEntry.of("inform", "r", "informing"))
                .addEntry(CrosswalkEntry.of("inform", "r", "informing"))
                .addEntry(CrosswalkEntry.of("consulting", "r", "partnership"))
                .build());
        assertEquals(List.of(
                "entries[1].from: must be unique (same as entries[0]), was \"inform\"",
                "entries[2].from: must be a rung of ladder iap2 [inform, consult, involve, collaborate, empower], was \"consulting\"",
                "entries[2].to[0]: must be a rung of ladder tlap [coercion, educating, informing, consultation, engagement, "
                        + "co-design, co-production], was \"partnership\"",
                "entries: must have an entry for every rung of ladder iap2; missing, was \"consult\"",
                "entries: must have an entry for every rung of ladder iap2; missing, was \"involve\"",
                "entries: must have an entry for every rung of ladder iap2; missing, was \"collaborate\"",
                "entries: must have an entry for every rung of ladder iap2; missing, was \"empower\""), messages(e));
    }

    /** Whatever entries are drawn, a crosswalk that builds never maps a higher rung below a lower one. */
    @Test
    void aCrosswalkNeverMapsAHigherRungBelowALowerOne() {
        Property.forAll(500, random -> {
            Ladder from = LadderGenerator.ladder(random);
            Ladder to = LadderGenerator.ladder(random);
            List<CrosswalkEntry> entries = random.nextBoolean()
                    ? LadderGenerator.anyEntries(random, from, to) : LadderGenerator.orderedEntries(random, from, to);
            return List.of(from, to, entries);
        }, drawn -> {
            Ladder from = (Ladder) drawn.get(0);
            Ladder to = (Ladder) drawn.get(1);
            @SuppressWarnings("unchecked")
            List<CrosswalkEntry> entries = (List<CrosswalkEntry>) drawn.get(2);
            Crosswalk crosswalk;
            try {
                crosswalk = Crosswalk.builder().from(from).to(to).addAllEntries(entries)
                        .source(Crosswalks.tlapToIap2().source()).build();
            } catch (ValidationException rejected) {
                assertTrue(rejected.getMessage().contains("crosswalks keep order"), rejected.getMessage());
                return;
            }
            assertKeepsOrder(crosswalk);
        });
        Crosswalks.all().forEach(CrosswalkTest::assertKeepsOrder);
    }

    @Test
    void orderedCrosswalksAlwaysBuild() {
        Property.forAll(200, random -> {
            Ladder from = LadderGenerator.ladder(random);
            Ladder to = LadderGenerator.ladder(random);
            return Crosswalk.builder().from(from).to(to).addAllEntries(LadderGenerator.orderedEntries(random, from, to))
                    .source(Crosswalks.tlapToIap2().source()).build();
        }, crosswalk -> JsonRoundTrip.assertRoundTrip(crosswalk, Crosswalk.class));
    }

    @Test
    void presetsRoundTripThroughJson() {
        Crosswalks.all().forEach(c -> JsonRoundTrip.assertRoundTrip(c, Crosswalk.class));
    }

    private static void assertKeepsOrder(Crosswalk crosswalk) {
        List<RungDefinition> rungs = crosswalk.from().rungs();
        for (int a = 0; a < rungs.size(); a++) {
            for (int b = a + 1; b < rungs.size(); b++) {
                List<RungDefinition> lower = crosswalk.map(rungs.get(a).id());
                List<RungDefinition> higher = crosswalk.map(rungs.get(b).id());
                if (lower.isEmpty() || higher.isEmpty()) {
                    continue;
                }
                assertTrue(min(higher) >= min(lower) && max(higher) >= max(lower),
                        () -> crosswalk + ": " + lower + " then " + higher);
            }
        }
    }

    private static int min(List<RungDefinition> rungs) {
        return rungs.stream().mapToInt(RungDefinition::order).min().orElseThrow();
    }

    private static int max(List<RungDefinition> rungs) {
        return rungs.stream().mapToInt(RungDefinition::order).max().orElseThrow();
    }

    private static List<String> ids(List<RungDefinition> rungs) {
        return rungs.stream().map(RungDefinition::id).collect(Collectors.toList());
    }

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }
}
