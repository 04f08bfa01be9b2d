package org.coproduction.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.examples.report.Chromium;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo, the README's first command: its text report and its HTML report as Chromium renders it. */
class DemoTest {

    @TempDir
    static Path folder;

    private static String text;
    private static Path page;

    @BeforeAll
    static void runTheDemo() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        page = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), folder);
        text = bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheLaddersSideBySide() {
        // The crosswalk table of shared/domain/ladders.md, section 6.
        assertTrue(text.contains("5.  Engagement     Doing for   Placation        Involve"), text);
        assertTrue(text.contains("1.  Coercion       Doing to    Manipulation     -"), text);
    }

    @Test
    void loadsEveryCaseStudy() {
        assertTrue(text.contains("Shropshire Council: Direct Payments Board"), text);
        assertTrue(text.contains("North Tyneside: Autism Better Together"), text);
        assertTrue(text.contains("Scotland: a project to support more effective involvement"), text);
    }

    @Test
    void explainsEachPlacement() {
        assertTrue(text.contains("illustrative-carers-forum (joint): Engagement, 50% towards Co-design"), text);
        assertTrue(text.contains("You are at engagement."), text);
        assertTrue(text.contains("direct-payments-board (joint): not enough evidence"), text);
    }

    @Test
    void explainsThePayment() {
        // By hand: 1 h 40 min attended + 30 min preparation = 2 h 10 min, rounded up to the next half hour
        // = 2.5 h; 2.5 × £27.50 = £68.75. Public transport £12.40 repaid at cost; the taxi waits for approval.
        assertTrue(text.contains("2 h 10 min (1 h 40 min attended + 30 min preparation) rounded up to 2 h 30 min at "
                + "£27.50 an hour = £68.75."), text);
        assertTrue(text.contains("Payment for time (counts as earnings): £68.75"), text);
        assertTrue(text.contains("Expenses repaid (not earnings): £12.40"), text);
        assertTrue(text.contains("Expenses held (see the lines above): £18.00"), text);
    }

    @Test
    void showsProgressAndMeasuresWithIntervals() {
        assertTrue(text.contains("Measuring survey responses: 100% (400,000 of 400,000)"), text);
        // 72.0% - 59.9% = 12.1 percentage points.
        assertTrue(text.contains("a difference of 12.1 percentage points"), text);
        assertTrue(text.contains("Newcombe hybrid score interval"), text);
    }

    @Test
    void writesAnIllustrativeAnnualReportForEachAssessedCaseStudy() throws Exception {
        Path shropshire = folder.resolve("annual-reports/direct-payments-board/index.html");
        String html = java.nio.file.Files.readString(shropshire);
        assertTrue(html.contains("<strong>Note:</strong> This report is illustrative."), "marked as illustrative");
        // Shropshire's published table: the first "Experts by Experience said" row.
        assertTrue(html.contains("<th scope=\"row\">Complaints and feedback are not taken seriously or used to improve "
                + "services.</th>"), "the you-said table");
        assertTrue(text.contains("AnnualReport of Shropshire Council: Direct Payments Board"), text);
        assertTrue(java.nio.file.Files.exists(folder.resolve("annual-reports/learning-disability-carers-forum/index.html")));
    }

    @Test
    void theHtmlReportRendersItsPicturesWithTextAlternatives() throws Exception {
        Chromium.require();
        String dom = Chromium.dumpDom(page);
        // Four ladder pictures (the illustrative forum and three case studies) and two charts.
        Matcher images = Pattern.compile("<svg[^>]*role=\"img\"").matcher(dom);
        int count = 0;
        while (images.find()) {
            count++;
        }
        assertEquals(6, count, "accessible pictures in the report");
        assertTrue(dom.contains("class=\"text-alternative\">Think Local Act Personal ladder of co-production has 7 rungs"),
                "the ladder pictures carry their text alternative");
        assertTrue(dom.contains("People who find it easy to find information: Before (59.9%) 59.9%"), "chart alternative");
        BufferedImage shot = Chromium.screenshot(page, folder.resolve("demo.png"), 9000);
        assertTrue(Chromium.pixelsOf(shot, 0x1d70b8) > 2000, "the chart bars were drawn");
    }
}
