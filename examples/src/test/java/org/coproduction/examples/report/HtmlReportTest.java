package org.coproduction.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's HTML and charts, and how Chromium renders them. */
class HtmlReportTest {

    @TempDir
    Path folder;

    private static BarChart informationChart() {
        // The source's example: ease of finding information, 59.9% at baseline, 72% as the target.
        return BarChart.titled("People who find it easy to find information", "%")
                .withBar("Baseline", 59.9, 57.0, 62.8)
                .withBar("Target", 72.0, null, null);
    }

    @Test
    void theTextAlternativeReadsOutEveryFigure() {
        assertEquals("People who find it easy to find information: Baseline 59.9% (interval 57.0% to 62.8%); Target 72.0%.",
                informationChart().textAlternative());
    }

    @Test
    void theChartIsAnAccessibleImage() {
        String svg = informationChart().toSvg();
        assertTrue(svg.contains("role=\"img\""), svg);
        assertTrue(svg.contains("<title id=\"chart-"), svg);
        assertTrue(svg.contains("<desc id=\"chart-"), svg);
        assertTrue(svg.contains(">59.9%</text>"), svg);
    }

    @Test
    void badBarsAreRefused() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> BarChart.titled("t", "%").withBar("x", -1, null, null));
        assertEquals("Bar \"x\": value must be finite and not negative, was -1.0", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BarChart.titled("t", "%").withBar("x", 1, 0.5, null));
    }

    @Test
    void textIsEscaped() {
        String html = new HtmlReport("A & B <report>").paragraph("\"you said\" <script>").toHtml();
        assertTrue(html.contains("<title>A &amp; B &lt;report&gt;</title>"), html);
        assertTrue(html.contains("<p>&quot;you said&quot; &lt;script&gt;</p>"), html);
    }

    @Test
    void tableRowsMustMatchTheHeadings() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HtmlReport("r").table("t", List.of("a", "b"), List.of(List.of("1"))));
        assertEquals("Table \"t\" row 0: has 1 cells but there are 2 headings", e.getMessage());
    }

    @Test
    void chromiumRendersTheChartWithItsTextAlternative() throws Exception {
        Chromium.require();
        BarChart chart = informationChart();
        Path page = new HtmlReport("Report").figure(chart.toSvg(), "Finding information", chart.textAlternative())
                .writeTo(folder);
        String dom = Chromium.dumpDom(page);
        assertTrue(dom.contains("role=\"img\""), dom);
        assertTrue(dom.contains(chart.textAlternative()), dom);
        BufferedImage shot = Chromium.screenshot(page, folder.resolve("report.png"), 600);
        // The bars are drawn in #1d70b8: a rendered chart has a visible area of that colour.
        assertTrue(Chromium.pixelsOf(shot, 0x1d70b8) > 1000, "the bars were not drawn");
    }
}
