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

    /*
     * Arnstein <-> IAP2. Targets: the synthesis table in shared/domain/ladders.md section 7 (Arnstein
     * informing/consultation/placation/partnership/delegated power/citizen control beside IAP2
     * inform/consult/involve/collaborate/empower/empower; manipulation and therapy beside "-"). Relations
     * argued from the rung meanings in sections 2 and 3: no pair is exact, since Arnstein counts informing
     * and consultation as tokenism while IAP2 treats each level as legitimate; placation (a few advisory
     * seats) and involve (working with the public throughout) share only that powerholders decide; citizen
     * control (govern and manage) is one case of empower (the public makes the final decision).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "manipulation; ''; ''",
        "therapy; ''; ''",
        "informing; inform; close-match",
        "consultation; consult; close-match",
        "placation; involve; related-match",
        "partnership; collaborate; close-match",
        "delegated-power; empower; close-match",
        "citizen-control; empower; broad-match",
    })
    void arnsteinMapsToIap2AsTheSynthesisTableSays(String arnstein, String iap2, String relation) {
        CrosswalkEntry entry = Crosswalks.arnsteinToIap2().entry(arnstein);
        assertEquals(iap2.isEmpty() ? List.of() : List.of(iap2), entry.to());
        assertEquals(relation.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(MappingRelation.parse(relation)),
                entry.match());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "inform; informing; close-match",
        "consult; consultation; close-match",
        "involve; placation; related-match",
        "collaborate; partnership; close-match",
        "empower; delegated-power,citizen-control; close-match",
    })
    void iap2MapsToArnsteinAsTheSynthesisTableSays(String iap2, String arnstein, String relation) {
        CrosswalkEntry entry = Crosswalks.iap2ToArnstein().entry(iap2);
        assertEquals(List.of(arnstein.split(",")), entry.to());
        assertEquals(MappingRelation.parse(relation), entry.match().orElseThrow());
    }

    /*
     * The TLAP crosswalks' relations, argued from the rung meanings in shared/domain/ladders.md sections 1-3
     * and the notes to section 6: a rung the notes call only "the nearest" is related, not close; TLAP
     * co-design is partnership on design alone, so partnership is broader ("partnership (partly)" in the
     * section 7 table); educating (helping people understand) and therapy (curing their views) share only
     * that people are acted on; engagement and placation share only that those responsible decide.
     */
    @ParameterizedTest
    @CsvSource({
        "tlap, arnstein, coercion, close-match", "tlap, arnstein, educating, related-match",
        "tlap, arnstein, informing, close-match", "tlap, arnstein, consultation, close-match",
        "tlap, arnstein, engagement, related-match", "tlap, arnstein, co-design, broad-match",
        "tlap, arnstein, co-production, close-match",
        "arnstein, tlap, manipulation, close-match", "arnstein, tlap, therapy, related-match",
        "arnstein, tlap, placation, related-match", "arnstein, tlap, partnership, close-match",
        "arnstein, tlap, delegated-power, related-match", "arnstein, tlap, citizen-control, related-match",
        "tlap, iap2, engagement, close-match", "tlap, iap2, co-design, close-match",
        "tlap, iap2, co-production, related-match",
        "iap2, tlap, involve, close-match", "iap2, tlap, empower, related-match",
    })
    void tlapLinksCarryTheirRelation(String from, String to, String rung, String relation) {
        Crosswalk crosswalk = Crosswalks.between(Ladders.byId(from), Ladders.byId(to));
        assertEquals(MappingRelation.parse(relation), crosswalk.entry(rung).match().orElseThrow());
    }

    @Test
    void everyShippedLinkToARungSaysHowCloselyItMatches() {
        for (Crosswalk c : Crosswalks.all()) {
            c.entries().forEach(e -> assertEquals(!e.to().isEmpty(), e.match().isPresent(), c.from().id() + " " + e));
        }
    }

    @Test
    void noArnsteinIap2LinkClaimsAnExactMatch() {
        // IAP2 treats every level as a legitimate choice and Arnstein does not (ladders.md section 7).
        for (Crosswalk c : List.of(Crosswalks.arnsteinToIap2(), Crosswalks.iap2ToArnstein())) {
            c.entries().forEach(e -> assertTrue(e.match().map(m -> m != MappingRelation.EXACT_MATCH).orElse(true), e::toString));
        }
    }

    @Test
    void mappingRelationsAreTheSkosOnes() {
        // The five SKOS mapping properties (W3C SKOS Reference, section 10), written out by hand.
        assertEquals(List.of("skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch", "skos:relatedMatch"),
                java.util.Arrays.stream(MappingRelation.values()).map(MappingRelation::skosProperty).collect(Collectors.toList()));
        assertEquals(MappingRelation.NARROW_MATCH, MappingRelation.parse("NARROW_MATCH"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MappingRelation.parse("same"));
        assertEquals("Unknown mapping relation \"same\"; expected one of exact-match, close-match, broad-match, "
                + "narrow-match, related-match", e.getMessage());
        assertEquals("citizen-control -> empower (skos:broadMatch)",
                Crosswalks.arnsteinToIap2().entry("citizen-control").toString());
    }

    @Test
    void aRelationWithNothingMappedToIsRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CrosswalkEntry.of("manipulation", MappingRelation.CLOSE_MATCH, "r"));
        assertEquals(List.of("match: must be absent when there is no corresponding rung (to is empty), was \"close-match\""),
                messages(e));
    }

    @Test
    void aCrosswalkWrittenBeforeRelationsStillReadsAndRelationsRoundTrip() {
        String json = org.coproduction.core.json.CoproductionJson.write(Crosswalks.arnsteinToIap2());
        // The same document as the library wrote it before relations existed: no "match" field.
        String old = json.replaceAll("\"match\" : \"[a-z-]+\",\\s*", "");
        assertTrue(!old.contains("\"match\"") && !old.equals(json), old);
        Crosswalk read = org.coproduction.core.json.CoproductionJson.read(old, Crosswalk.class);
        assertTrue(read.entries().stream().allMatch(x -> x.match().isEmpty()));
        assertEquals(List.of("empower"), read.entry("citizen-control").to());
        assertTrue(json.contains("\"match\" : \"broad-match\""), json);
        ValidationException bad = assertThrows(ValidationException.class, () -> org.coproduction.core.json.CoproductionJson
                .read(json.replace("\"broad-match\"", "\"broader\""), Crosswalk.class));
        assertTrue(bad.getMessage().contains("match: must be one of \"exact-match\", \"close-match\", \"broad-match\", "
                + "\"narrow-match\", \"related-match\", was the string \"broader\""), bad.getMessage());
    }

    @Test
    void presetsSayTheyAreTheLibrarysOwnMapping() {
        for (Crosswalk crosswalk : Crosswalks.all()) {
            assertEquals(SourceStatus.LIBRARY_OWN, crosswalk.source().status());
            crosswalk.entries().forEach(e -> assertTrue(!e.reasoning().isBlank()));
        }
        assertEquals(Crosswalks.tlapToIap2(), Crosswalks.between(Ladders.tlap(), Ladders.iap2()));
        NoSuchElementException e = assertThrows(NoSuchElementException.class,
                () -> Crosswalks.between(Ladders.hart(), Ladders.iap2()));
        assertEquals("No shipped crosswalk from hart to iap2; the shipped crosswalks are tlap<->arnstein, tlap<->iap2 "
                + "and arnstein<->iap2", e.getMessage());
        assertEquals(Crosswalks.arnsteinToIap2(), Crosswalks.between(Ladders.arnstein(), Ladders.iap2()));
        assertEquals(Crosswalks.iap2ToArnstein(), Crosswalks.between(Ladders.iap2(), Ladders.arnstein()));
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
