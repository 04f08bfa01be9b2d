package org.coproduction.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Councils' own wordings of rungs, beside the source's: shared/domain/ladders.md, section 7, "Rung wording differs by council". */
class CouncilWordingTest {

    private static final Citation ANYTOWN = Citation.of("Anytown Council, Involvement Strategy 2025", SourceStatus.VERIFIED);

    @Test
    void coDesignCarriesTheWordingsTheDomainNotesQuote() {
        Ladder worded = Ladders.tlapWithCouncilWordings();
        List<CouncilWording> coDesign = worded.wordingsOf("co-design");
        // Councils and phrases written out by hand from the domain notes.
        assertEquals(List.of("Norfolk County Council", "Wirral Council", "West Northamptonshire Council"),
                coDesign.stream().map(CouncilWording::council).collect(Collectors.toList()));
        assertEquals(List.of("genuine influence but not involved in seeing it through",
                "genuine influence but not involved in seeing it through", "not involved in strategic decision-making"),
                coDesign.stream().map(w -> w.meaning().orElseThrow()).collect(Collectors.toList()));
        coDesign.forEach(w -> assertEquals(SourceStatus.VERIFIED, w.source().status()));
        assertTrue(coDesign.get(1).source().reference().contains("Wirral"));
    }

    @Test
    void theSourceWordingStaysBesideTheCouncils() {
        Ladder worded = Ladders.tlapWithCouncilWordings();
        assertEquals(Ladders.tlap().rungs(), worded.rungs());
        assertEquals(Ladders.tlap().source(), worded.source());
        assertEquals(List.of(), worded.wordingsOf("coercion"));
        assertEquals(List.of(), Ladders.tlap().councilWordings());
        assertThrows(java.util.NoSuchElementException.class, () -> worded.wordingsOf("placation"));
    }

    @Test
    void aCouncilCanAddItsOwnLabel() {
        CouncilWording ours = CouncilWording.builder().rung("co-design").council("Anytown Council")
                .name("Designing together").source(ANYTOWN).build();
        Ladder ladder = Ladders.tlapWithCouncilWordings().withCouncilWordings(
                add(Ladders.tlapWithCouncilWordings().councilWordings(), ours));
        assertEquals("Designing together", ladder.wordingsOf("co-design").get(3).name().orElseThrow());
        assertEquals("Anytown Council on co-design: Designing together", ours.toString());
    }

    @Test
    void wordingsOfRungsTheLadderLacksOrTwiceForOneCouncilAreRejected() {
        CouncilWording a = CouncilWording.builder().rung("placation").council("Anytown Council").meaning("m")
                .source(ANYTOWN).build();
        CouncilWording b = CouncilWording.builder().rung("co-design").council("Anytown Council").meaning("m")
                .source(ANYTOWN).build();
        ValidationException e = assertThrows(ValidationException.class,
                () -> Ladders.tlap().withCouncilWordings(a, b, b));
        assertEquals(List.of(
                "councilWordings[0].rung: must be a rung of ladder tlap [coercion, educating, informing, consultation, "
                        + "engagement, co-design, co-production], was \"placation\"",
                "councilWordings[2]: must not word a rung a second time for the same council (same rung and council as "
                        + "councilWordings[1]), was \"Anytown Council on co-design\""), messages(e));
    }

    @Test
    void aWordingMustWordTheRung() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CouncilWording.builder().rung("co-design").council(" ").source(ANYTOWN).build());
        assertEquals(List.of("council: must not be blank, was \" \"",
                "name: or meaning is required (a wording must word the rung)"), messages(e));
    }

    @Test
    void throughJson() {
        JsonRoundTrip.assertRoundTrip(Ladders.tlapWithCouncilWordings(), Ladder.class);
        String json = CoproductionJson.write(Ladders.tlapWithCouncilWordings());
        assertTrue(json.contains("\"councilWordings\""), json);
        // A ladder written before wordings existed (no "councilWordings" field) still reads, with none.
        String old = CoproductionJson.write(Ladders.iap2()).replaceAll(",\\s*\"councilWordings\" : \\[ \\]", "");
        assertTrue(!old.contains("councilWordings"), old);
        assertEquals(Ladders.iap2(), CoproductionJson.read(old, Ladder.class));
    }

    private static List<CouncilWording> add(List<CouncilWording> list, CouncilWording more) {
        List<CouncilWording> all = new java.util.ArrayList<>(list);
        all.add(more);
        return all;
    }

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }
}
