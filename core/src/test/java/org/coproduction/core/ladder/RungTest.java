package org.coproduction.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.source.SourceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The TLAP rungs against the source table in shared/domain/ladders.md, section 1 (Norfolk County Council's
 * seven steps; Wirral Council's bands).
 */
class RungTest {

    @ParameterizedTest
    @CsvSource({
        "1, COERCION, coercion, Coercion, DOING_TO, false",
        "2, EDUCATING, educating, Educating, DOING_TO, false",
        "3, INFORMING, informing, Informing, DOING_FOR, true",
        "4, CONSULTATION, consultation, Consultation, DOING_FOR, true",
        "5, ENGAGEMENT, engagement, Engagement, DOING_FOR, true",
        "6, CO_DESIGN, co-design, Co-design, DOING_WITH, true",
        "7, CO_PRODUCTION, co-production, Co-production, DOING_WITH, true",
    })
    void rungsMatchTheSourceTable(int order, Rung rung, String id, String name, Band band, boolean participatory) {
        assertEquals(rung, Rung.of(order));
        assertEquals(order, rung.order());
        assertEquals(id, rung.id());
        assertEquals(name, rung.displayName());
        assertEquals(band, rung.band());
        assertEquals(participatory, rung.isParticipatory());
    }

    @Test
    void nextAndPreviousWalkTheLadderWithoutWrapping() {
        assertEquals(Rung.CO_PRODUCTION, Rung.CO_DESIGN.next());
        assertEquals(Rung.EDUCATING, Rung.COERCION.next());
        assertEquals(Rung.ENGAGEMENT, Rung.CO_DESIGN.previous());
        NoSuchElementException top = assertThrows(NoSuchElementException.class, Rung.CO_PRODUCTION::next);
        assertTrue(top.getMessage().contains("top rung"), top.getMessage());
        NoSuchElementException bottom = assertThrows(NoSuchElementException.class, Rung.COERCION::previous);
        assertTrue(bottom.getMessage().contains("bottom rung"), bottom.getMessage());
    }

    @Test
    void topAndBottom() {
        assertTrue(Rung.CO_PRODUCTION.isTop());
        assertFalse(Rung.CO_DESIGN.isTop());
        assertTrue(Rung.COERCION.isBottom());
        assertFalse(Rung.EDUCATING.isBottom());
    }

    @Test
    void comparisons() {
        assertTrue(Rung.ENGAGEMENT.isAbove(Rung.CONSULTATION));
        assertFalse(Rung.ENGAGEMENT.isAbove(Rung.ENGAGEMENT));
        assertTrue(Rung.INFORMING.isBelow(Rung.CO_DESIGN));
        assertFalse(Rung.INFORMING.isBelow(Rung.INFORMING));
        assertTrue(Rung.CO_DESIGN.isAtLeast(Rung.CO_DESIGN));
        assertTrue(Rung.CO_PRODUCTION.isAtLeast(Rung.CO_DESIGN));
        assertFalse(Rung.ENGAGEMENT.isAtLeast(Rung.CO_DESIGN));
        assertEquals(2, Rung.ENGAGEMENT.stepsTo(Rung.CO_PRODUCTION));
        assertEquals(-4, Rung.ENGAGEMENT.stepsTo(Rung.COERCION));
    }

    @ParameterizedTest
    @CsvSource({"co-design, CO_DESIGN", "CO_DESIGN, CO_DESIGN", "Co-design, CO_DESIGN", " co-production , CO_PRODUCTION",
        "Co production, CO_PRODUCTION", "informing, INFORMING"})
    void parseAcceptsIdsConstantNamesAndDisplayNames(String text, Rung expected) {
        assertEquals(expected, Rung.parse(text));
    }

    @Test
    void parseRejectsUnknownRungsListingTheRungs() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rung.parse("partnership"));
        assertEquals("Unknown rung \"partnership\"; the TLAP ladder's rungs are coercion, educating, informing, "
                + "consultation, engagement, co-design, co-production", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"0", "8", "-1"})
    void ofRejectsPositionsOffTheLadder(int order) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rung.of(order));
        assertEquals("Invalid rung order: must be 1 to 7, was " + order, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Rung.class)
    void everyRungHasAMeaningAndAVerifiedSource(Rung rung) {
        assertFalse(rung.meaning().isBlank());
        assertEquals(SourceStatus.VERIFIED, rung.source().status());
        assertTrue(rung.source().reference().contains("Think Local Act Personal"));
    }

    @Test
    void bandsGroupTheRungsAsWirralDoes() {
        assertEquals(List.of(Rung.COERCION, Rung.EDUCATING), rungsIn(Band.DOING_TO));
        assertEquals(List.of(Rung.INFORMING, Rung.CONSULTATION, Rung.ENGAGEMENT), rungsIn(Band.DOING_FOR));
        assertEquals(List.of(Rung.CO_DESIGN, Rung.CO_PRODUCTION), rungsIn(Band.DOING_WITH));
        assertEquals(Band.DOING_WITH, Band.parse("Doing with"));
        assertEquals("doing-for", Band.DOING_FOR.id());
        assertThrows(IllegalArgumentException.class, () -> Band.parse("doing by"));
    }

    private static List<Rung> rungsIn(Band band) {
        return java.util.Arrays.stream(Rung.values()).filter(r -> r.band() == band).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void rungsAreWrittenToJsonByTheirIdentifiers() {
        assertEquals("\"co-design\"", CoproductionJson.write(Rung.CO_DESIGN));
        assertEquals(Rung.CO_PRODUCTION, CoproductionJson.read("\"co-production\"", Rung.class));
    }
}
