package org.coproduction.measures.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.coproduction.measures.interval.Intervals;
import org.junit.jupiter.api.Test;

/** The bar chart and the HTML page: text alternatives, unique ids, escaping, and refused input. */
class BarChartTest {

    /**
     * North Tyneside's published figures: ease of finding information 59.9% before, 72% after (1,000 respondents
     * each time is the test's assumption). Wilson 95% limits by hand, z = 1.959964:
     * for 599/1000, centre (0.599 + z²/2000)/(1 + z²/1000) = 0.598621, half-width 0.030320 → 56.8% to 62.9%.
     */
    private static BarChart informationChart() {
        return BarChart.ofShares("People who find it easy to find information")
                .withInterval("Before", Intervals.wilson(599, 1000))
                .withBar("Target", 0.72);
    }

    @Test
    void theTextAlternativeReadsOutEveryFigureWithItsInterval() {
        assertEquals("People who find it easy to find information: Before 59.9% (95.0% interval 56.8% to 62.9%); "
                + "Target 72.0%.", informationChart().textAlternative());
    }

    @Test
    void toStringSaysWhatTheChartShows() {
        assertEquals("BarChart chart-people-who-find-it-easy-to-find-information, 2 bars: "
                + informationChart().textAlternative(), informationChart().toString());
    }

    @Test
    void theChartIsAnAccessibleImageWithIdsFromItsTitle() {
        String svg = informationChart().toSvg();
        assertTrue(svg.contains("role=\"img\" aria-labelledby=\"chart-people-who-find-it-easy-to-find-information-title "
                + "chart-people-who-find-it-easy-to-find-information-desc\""), svg);
        assertTrue(svg.contains(">59.9%</text>"), svg);
        assertTrue(informationChart().withId("before-after").toSvg().contains("<desc id=\"before-after-desc\">"));
    }

    @Test
    void aChartOfDaysKeepsItsUnit() {
        BarChart days = BarChart.of("Median days to close a loop", " days").withBar("2025/26", 42);
        assertEquals("Median days to close a loop: 2025/26 42.0 days.", days.textAlternative());
    }

    @Test
    void badBarsAndIdsAreRefusedWithTheRule() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> BarChart.of("t", "%").withBar("x", -1));
        assertEquals("Bar \"x\": value must be finite and not negative, was -1.0", negative.getMessage());
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class, () -> BarChart.of("t", "").withId("9"));
        assertTrue(id.getMessage().startsWith("BarChart.id: must be a letter"), id.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BarChart.of(" ", "%"));
    }

    @Test
    void writeSvgWritesToTheCallersWriter() throws Exception {
        StringWriter out = new StringWriter();
        informationChart().writeSvg(out);
        assertEquals(informationChart().toSvg() + "\n", out.toString());
    }

    @Test
    void thePageRefusesASecondPictureWithTheSameIds() {
        HtmlReport page = HtmlReport.titled("Report").chart(informationChart(), "First");
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> page.chart(informationChart(), "Second"));
        assertTrue(twice.getMessage().contains("\"chart-people-who-find-it-easy-to-find-information-title\" is already on the page"),
                twice.getMessage());
        HtmlReport both = page.chart(informationChart().withId("again"), "Second");
        assertTrue(both.ids().containsAll(List.of("again-title", "again-desc")), both.ids().toString());
    }

    @Test
    void textIsEscapedAndTablesHaveRowAndColumnHeaders() {
        String html = HtmlReport.titled("A & B <report>").paragraph("\"you said\" <script>")
                .table("t", List.of("Project", "Rung"), List.of(List.of("Forum", "Co-design"))).toHtml();
        assertTrue(html.contains("<title>A &amp; B &lt;report&gt;</title>"), html);
        assertTrue(html.contains("<p>&quot;you said&quot; &lt;script&gt;</p>"), html);
        assertTrue(html.contains("<th scope=\"col\">Rung</th>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">Forum</th><td>Co-design</td></tr>"), html);
    }

    @Test
    void tableRowsMustMatchTheHeadings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HtmlReport.titled("r").table("t", List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("Table \"t\" row 0: has 1 cells but there are 2 headings", e.getMessage());
    }

    @Test
    void headingsGetUniqueIdsAndAContentsList() {
        HtmlReport page = HtmlReport.titled("r").heading("Summary").heading("Summary");
        assertTrue(page.ids().containsAll(List.of("section-summary", "section-summary-2")), page.ids().toString());
        assertTrue(page.toHtml().contains("<li><a href=\"#section-summary-2\">Summary</a></li>"));
        assertEquals("HtmlReport \"r\": 2 sections, 0 figures, 0 tables", page.toString());
    }
}
