package org.coproduction.assessment.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.assessment.testing.TlapAnswers;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class LadderPictureTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void thePictureIsAccessibleSvgWithTheSameTextAlternativeAvailableSeparately() throws Exception {
        Assessment a = Assessments.tlapAssessor().assess(TlapAnswers.all("co-design").with("decisions", "engagement").build());
        LadderPicture p = LadderPicture.of(Ladders.tlap(), a, Assessments.tlapAssessor().gap(a));
        Document svg = parse(p.svg());
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        // The ids come from the assessment's subject, so that pictures of two projects on one page differ.
        String id = "ladder-" + a.subject().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        assertEquals(id, p.id());
        assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
        assertEquals(p.title(), svg.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals(p.textAlternative(), svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent());
        assertEquals("Think Local Act Personal ladder of co-production has 7 rungs, from coercion at the bottom to "
                + "co-production at the top. You are at engagement, rung 5 of 7. The target is co-design, rung 6.",
                p.textAlternative());
        assertTrue(p.svg().contains(">You are here<"));
        assertTrue(p.svg().contains(">Target<"));
        assertEquals(7, svg.getElementsByTagNameNS("*", "rect").getLength());
    }

    @Test
    void namesAreEscapedAndAProjectWithoutAPlacementIsSaidSo() throws Exception {
        Ladder own = Ladder.builder().from(Ladders.participation()).name("Tom & Jerry's <ladder>").build();
        RungDefinition top = own.top();
        LadderPicture p = LadderPicture.of(own, Optional.empty(), Optional.of(top));
        Document svg = parse(p.svg());
        assertTrue(svg.getElementsByTagNameNS("*", "desc").item(0).getTextContent()
                .contains("There is not enough evidence to say which rung you are on. The target is co-production, rung 5."));
        assertTrue(p.title().startsWith("Tom & Jerry's <ladder>"));
    }

    @Test
    void picturesOfTwoProjectsHaveDifferentIdsAndAnIdCanBeChosen() {
        Assessment forum = Assessments.tlapAssessor().assess(TlapAnswers.all("co-design").build());
        Assessment board = Assessments.tlapAssessor().assess(Assessments.tlapResponses("board").build());
        LadderPicture first = LadderPicture.of(Ladders.tlap(), forum, Assessments.tlapAssessor().gap(forum));
        LadderPicture second = LadderPicture.of(Ladders.tlap(), board, Assessments.tlapAssessor().gap(board));
        assertTrue(!first.id().equals(second.id()), first.id() + " and " + second.id());
        assertTrue(second.svg().contains("<title id=\"ladder-board-title\">"), second.svg());
        assertEquals("mine-title mine-desc", first.withId("mine").svg().replaceAll("(?s).*aria-labelledby=\"([^\"]*)\".*", "$1"));
        IllegalArgumentException bad = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> first.withId("1 two"));
        assertEquals("LadderPicture.id: must be a letter followed by up to 63 letters, digits, hyphens or underscores, "
                + "was \"1 two\"", bad.getMessage());
    }
}
