package org.coproduction.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report as people meet it: checked by axe-core in headless Chromium for WCAG 2.2 AA with zero
 * violations, read at 320 CSS pixels without sideways scrolling, printed to PDF, and its summary scored for
 * readability. The browser tests are skipped (a JUnit assumption) only where Chromium is not installed, as
 * {@link Chromium#require()} says; {@code .ci/run} installs it, and in CI it is required.
 */
class AnnualReportAccessibilityTest {

    /** The axe-core release the check runs (npm package {@code axe-core}). */
    static final String AXE_VERSION = "4.10.3";
    /** The WCAG 2.2 AA rules: every axe tag up to level AA of WCAG 2.0, 2.1 and 2.2. */
    static final List<String> WCAG_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path folder;

    static AnnualReport report;
    static Path page;

    @BeforeAll
    static void writeTheReport() throws Exception {
        Responses respite = CoproductionJson.read(Files.readString(AnnualReportTest.SAMPLES.resolve("responses.json")),
                Responses.class);
        Responses forum = CoproductionJson.read(Files.readString(
                AnnualReportTest.SAMPLES.resolve("council-forum-responses.json")), Responses.class);
        report = AnnualReport.of(AnnualReportTest.record(), AnnualReportTest.FROM, AnnualReportTest.TO)
                .withCouncil("Anytown Council")
                .withAssessment(Assessments.tlapAssessor().assess(respite))
                .withAssessment(Assessments.tlapAssessor().assess(forum))
                .withPolicy(Recompense.nihr())
                .withSurvey(survey())
                .withIllustrativeNote("The record and the survey answers are made up.");
        page = folder.resolve("index.html");
        Files.writeString(page, report.toHtml(), StandardCharsets.UTF_8);
    }

    /** 1,200 made-up survey returns, so that the measures section has charts and ranges. */
    private static org.coproduction.measures.survey.AscsResult survey() {
        SplittableRandom random = new SplittableRandom(19);
        AscsAccumulator all = new AscsAccumulator();
        for (int i = 0; i < 1200; i++) {
            all.add(new AscsResponse("r" + i, 1.0, 1 + random.nextInt(5), 1 + random.nextInt(4), 1 + random.nextInt(4),
                    1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4),
                    1 + random.nextInt(4), 1 + random.nextInt(4), 1 + random.nextInt(4)));
        }
        return all.result();
    }

    /** A copy of the page with a script added at the end of its body (the report itself has none). */
    private static Path withScript(String name, String script) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path copy = folder.resolve(name);
        Files.writeString(copy, html.replace("</body>", "<script>\n" + script + "\n</script>\n</body>"),
                StandardCharsets.UTF_8);
        return copy;
    }

    private static String resultOf(String dom) {
        Matcher m = Pattern.compile("(?s)<pre id=\"test-result\">(.*?)</pre>").matcher(dom);
        assertTrue(m.find(), "the check wrote no result; the page's DOM was:\n" + dom);
        return m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** axe-core's script: from the folder the build installed it to, else installed there now with npm. */
    private static String axeScript() throws Exception {
        Path folder = Path.of("target", "axe-core-" + AXE_VERSION).toAbsolutePath();
        Path script = folder.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(script)) {
            Files.createDirectories(folder);
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix",
                    folder.toString(), "axe-core@" + AXE_VERSION).redirectErrorStream(true).start();
            String log = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(npm.waitFor(300, TimeUnit.SECONDS) && npm.exitValue() == 0, "npm install axe-core failed:\n" + log);
        }
        return Files.readString(script, StandardCharsets.UTF_8);
    }

    @Test
    void axeCoreFindsNoWcag22AaViolation() throws Exception {
        Chromium.require();
        String tags = String.join("','", WCAG_AA_TAGS);
        Path checked = withScript("axe.html", axeScript() + "\n"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['" + tags + "']}, resultTypes: ['violations']})"
                + ".then(function (r) { var pre = document.createElement('pre'); pre.id = 'test-result';"
                + " pre.textContent = 'rules passed: ' + r.passes.length + '\\n' + r.violations.map(function (v) {"
                + " return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                + " return n.target.join(' '); }).join(', '); }).join('\\n'); document.body.appendChild(pre); });");
        String result = resultOf(Chromium.dumpDomAfterScripts(checked, 1000));
        String[] lines = result.split("\n");
        assertTrue(lines[0].startsWith("rules passed: "), result);
        assertTrue(Integer.parseInt(lines[0].substring("rules passed: ".length())) >= 10,
                "axe ran too few rules to be a check: " + result);
        assertEquals(1, lines.length, "axe-core " + AXE_VERSION + " violations (WCAG 2.2 AA):\n" + result);
    }

    @Test
    void at320PixelsThePageDoesNotScrollSideways() throws Exception {
        Chromium.require();
        // Headless Chromium's window is at least 500 px wide, so the page is shown in a frame 320 px wide (its
        // viewport, as a phone's would be, for media queries too) and the frame's document is measured.
        String html = Files.readString(page, StandardCharsets.UTF_8).replace("&", "&amp;").replace("\"", "&quot;");
        Path frame = folder.resolve("reflow.html");
        Files.writeString(frame, "<!DOCTYPE html><html lang=\"en\"><head><title>320 px</title></head><body style=\"margin:0\">"
                + "<iframe id=\"page\" title=\"report\" style=\"width:320px;height:2000px;border:0\" srcdoc=\"" + html + "\"></iframe>"
                + "<script>document.getElementById('page').onload = function () { var d = this.contentDocument;"
                + " var pre = document.createElement('pre'); pre.id = 'test-result';"
                + " pre.textContent = this.contentWindow.innerWidth + ' ' + d.documentElement.scrollWidth;"
                + " document.body.appendChild(pre); };</script></body></html>", StandardCharsets.UTF_8);
        String[] widths = resultOf(Chromium.dumpDomAfterScripts(frame, 1000)).strip().split(" ");
        int viewport = Integer.parseInt(widths[0]);
        int content = Integer.parseInt(widths[1]);
        assertEquals(320, viewport, "the frame's width");
        assertTrue(content <= viewport, "the page is " + content + " px wide in a " + viewport + " px window");
    }

    @Test
    void printsToAPdfOfAFewPages() throws Exception {
        Chromium.require();
        byte[] pdf = Chromium.printToPdf(page, folder.resolve("report.pdf"));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"), "not a PDF");
        // Each page is an object of /Type /Page (the page tree is /Type /Pages).
        Matcher pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(text);
        int count = 0;
        while (pages.find()) {
            count++;
        }
        // Seven sections, two charts, a ladder picture and four tables: more than one A4 page and, with tables
        // and figures kept whole, no more than twelve.
        assertTrue(count >= 2 && count <= 12, "the PDF has " + count + " pages");
    }

    @Test
    void theSummaryIsPlainEnglish() {
        String summary = String.join(" ", report.summary());
        double score = Readability.fleschReadingEase(summary);
        // Target: 60 or more, Flesch's "standard" band (plain English), for a summary read by the public.
        assertTrue(score >= 60, String.format(Locale.ROOT, "Flesch reading ease %.1f for: %s", score, summary));
    }

    @Test
    void everyIdOnThePageIsUnique() {
        Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(report.toHtml());
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "id used twice: " + ids.group(1));
        }
        assertTrue(seen.size() >= 10, seen.toString());
    }
}
