package org.coproduction.measures.chart;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coproduction.core.api.Stable;

/**
 * A self-contained, accessible HTML page: headings, paragraphs, lists, tables with real headers, notes and
 * figures (SVG pictures with captions and text alternatives). All text is escaped; the page needs no scripts,
 * fonts or network; it reflows to a 320-pixel-wide screen without sideways scrolling and has a print
 * stylesheet. A report is an immutable value: every method that adds content returns a new report.
 *
 * <p>Every element id on the page is unique: a figure whose SVG uses an id already on the page is refused, so
 * a screen reader never reads one picture's title for another.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.titled("Co-production report")
 *     .heading("The ladder")
 *     .chart(BarChart.ofShares("Finding information").withInterval("Now", Intervals.wilson(720, 1000)),
 *            "Share who find it easy to find information");
 * StringBuilder page = new StringBuilder();
 * report.writeTo(page);   // or a Writer the caller opened on a file
 * }</pre>
 */
@Stable
public final class HtmlReport {

    private static final Pattern SVG_ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private final String title;
    private final List<String> body;
    private final Set<String> ids;
    private final List<String> contents;
    private final int figures;
    private final int tables;

    private HtmlReport(String title, List<String> body, Set<String> ids, List<String> contents, int figures, int tables) {
        this.title = title;
        this.body = List.copyOf(body);
        this.ids = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ids));
        this.contents = List.copyOf(contents);
        this.figures = figures;
        this.tables = tables;
    }

    /**
     * An empty report.
     *
     * @param title  the page's title and top heading, not blank
     * @return the report, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public static HtmlReport titled(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("HtmlReport.title: must not be blank");
        }
        return new HtmlReport(title, List.of(), Set.of("contents"), List.of(), 0, 0);
    }

    private HtmlReport with(String html, Set<String> newIds, String contentsEntry, int moreFigures, int moreTables) {
        List<String> more = new ArrayList<>(body);
        more.add(html);
        Set<String> allIds = new LinkedHashSet<>(ids);
        allIds.addAll(newIds);
        List<String> entries = new ArrayList<>(contents);
        if (contentsEntry != null) {
            entries.add(contentsEntry);
        }
        return new HtmlReport(title, more, allIds, entries, figures + moreFigures, tables + moreTables);
    }

    /**
     * Adds a section heading, listed in the page's contents and given an id of its own for links.
     *
     * @param text  the heading, not blank
     * @return the new report, not null
     */
    public HtmlReport heading(String text) {
        String id = freeId("section-" + slug(text));
        return with("<h2 id=\"" + id + "\">" + Html.escape(text) + "</h2>", Set.of(id),
                "<li><a href=\"#" + id + "\">" + Html.escape(text) + "</a></li>", 0, 0);
    }

    /**
     * Adds a heading within a section.
     *
     * @param text  the heading, not blank
     * @return the new report, not null
     */
    public HtmlReport subheading(String text) {
        return with("<h3>" + Html.escape(text) + "</h3>", Set.of(), null, 0, 0);
    }

    /**
     * Adds a paragraph of plain text.
     *
     * @param text  the text, not null
     * @return the new report, not null
     */
    public HtmlReport paragraph(String text) {
        return with("<p>" + Html.escape(text) + "</p>", Set.of(), null, 0, 0);
    }

    /**
     * Adds a note that stands out from the text, such as "the figures in this section are illustrative".
     *
     * @param text  the note, not null
     * @return the new report, not null
     */
    public HtmlReport note(String text) {
        return with("<p class=\"note\"><strong>Note:</strong> " + Html.escape(text) + "</p>", Set.of(), null, 0, 0);
    }

    /**
     * Adds a bulleted list.
     *
     * @param items  the items, not null
     * @return the new report, not null
     */
    public HtmlReport list(List<String> items) {
        StringBuilder html = new StringBuilder("<ul>\n");
        items.forEach(item -> html.append("<li>").append(Html.escape(item)).append("</li>\n"));
        return with(html.append("</ul>").toString(), Set.of(), null, 0, 0);
    }

    /**
     * Adds preformatted text that keeps its line breaks; long lines wrap rather than scroll.
     *
     * @param text  the text, not null
     * @return the new report, not null
     */
    public HtmlReport preformatted(String text) {
        return with("<pre>" + Html.escape(text) + "</pre>", Set.of(), null, 0, 0);
    }

    /**
     * Adds a table with a caption and column headers; the first cell of each row is that row's header.
     *
     * @param caption  what the table shows, not null
     * @param headers  the column headings, not empty
     * @param rows  the rows, each as long as the headings, not null
     * @return the new report, not null
     * @throws IllegalArgumentException if there are no headings or a row's length differs from theirs
     */
    public HtmlReport table(String caption, List<String> headers, List<List<String>> rows) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("Table \"" + caption + "\": must have at least one heading");
        }
        StringBuilder html = new StringBuilder("<table>\n<caption>").append(Html.escape(caption))
                .append("</caption>\n<thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Table \"" + caption + "\" row " + i + ": has " + row.size()
                        + " cells but there are " + headers.size() + " headings");
            }
            html.append("<tr><th scope=\"row\">").append(Html.escape(row.get(0))).append("</th>");
            row.subList(1, row.size()).forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        return with(html.append("</tbody>\n</table>").toString(), Set.of(), null, 0, 1);
    }

    /**
     * Adds a figure: an SVG picture (which carries its own {@code role="img"}, title and description), a visible
     * caption, and a text alternative shown beneath it for everyone.
     *
     * @param svg  the SVG markup, trusted (made by the library), not null
     * @param caption  the caption, not null
     * @param textAlternative  the picture's content in words, not null
     * @return the new report, not null
     * @throws IllegalArgumentException if the picture uses an element id that is already on the page
     */
    public HtmlReport figure(String svg, String caption, String textAlternative) {
        Set<String> svgIds = new LinkedHashSet<>();
        Matcher matcher = SVG_ID.matcher(svg);
        while (matcher.find()) {
            String id = matcher.group(1);
            if (ids.contains(id) || !svgIds.add(id)) {
                throw new IllegalArgumentException("Figure \"" + caption + "\": the element id \"" + id + "\" is already "
                        + "on the page; give the picture an id of its own (such as BarChart.withId)");
            }
        }
        return with("<figure>\n" + svg.strip() + "\n<figcaption>" + Html.escape(caption) + "</figcaption>\n"
                + "<p class=\"text-alternative\">" + Html.escape(textAlternative) + "</p>\n</figure>", svgIds, null, 1, 0);
    }

    /**
     * Adds a chart as a figure, with its text alternative beneath it.
     *
     * @param chart  the chart, not null
     * @param caption  the caption, not null
     * @return the new report, not null
     * @throws IllegalArgumentException if the chart's ids are already on the page
     */
    public HtmlReport chart(BarChart chart, String caption) {
        return figure(chart.toSvg(), caption, chart.textAlternative());
    }

    private String freeId(String wanted) {
        String id = wanted;
        for (int n = 2; ids.contains(id); n++) {
            id = wanted + "-" + n;
        }
        return id;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "untitled" : slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }

    /**
     * The element ids on the page so far.
     *
     * @return the ids, in the order they were added, not null
     */
    public Set<String> ids() {
        return ids;
    }

    /**
     * The whole page: the title, a list of contents when there are two sections or more, then the content.
     *
     * @return the HTML document, not null
     */
    public String toHtml() {
        String nav = contents.size() < 2 ? ""
                : "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n"
                        + String.join("\n", contents) + "\n</ol>\n</nav>\n";
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Html.escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n<h1>" + Html.escape(title)
                + "</h1>\n" + nav + String.join("\n", body) + "\n</main>\n</body>\n</html>\n";
    }

    /**
     * Writes the page to a writer, a file or a response the caller opened.
     *
     * @param out  where to write, not null
     * @throws IOException if the writer fails
     */
    public void writeTo(Appendable out) throws IOException {
        out.append(toHtml());
    }

    /**
     * What the page holds.
     *
     * @return for example {@code "HtmlReport \"Annual report\": 6 sections, 2 figures, 4 tables"}
     */
    @Override
    public String toString() {
        return "HtmlReport \"" + title + "\": " + count(contents.size(), "section") + ", " + count(figures, "figure")
                + ", " + count(tables, "table");
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /**
     * The page's style: readable type, tables and pictures that shrink to a narrow screen (WCAG 2.2, 1.4.10
     * reflow at 320 CSS pixels), colours with at least 4.5:1 contrast, and a print layout that keeps tables and
     * figures whole and drops the contents list.
     */
    private static final String STYLE = String.join("\n",
            "*{box-sizing:border-box}",
            "body{font-family:Arial,Helvetica,sans-serif;font-size:1.125rem;line-height:1.5;color:#0b0c0c;"
                    + "background:#fff;max-width:48rem;margin:0 auto;padding:1rem;overflow-wrap:break-word}",
            "h1,h2,h3{line-height:1.25}",
            "a{color:#1d70b8}",
            "table{border-collapse:collapse;margin:1rem 0;width:100%}",
            "th,td{border:1px solid #b1b4b6;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}",
            "thead th{background:#f3f2f1}",
            "caption{font-weight:bold;text-align:left;padding:.3rem 0}",
            "figure{margin:1.5rem 0}",
            "svg{max-width:100%;height:auto}",
            ".text-alternative{color:#505a5f;font-size:1rem}",
            ".note{border-left:.3rem solid #1d70b8;background:#f3f2f1;padding:.5rem 1rem}",
            "pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f2f1;padding:1rem;font-size:1rem}",
            "@media (max-width:30rem){body{font-size:1rem;padding:.5rem}th,td{padding:.2rem .3rem}}",
            "@page{margin:15mm}",
            "@media print{body{max-width:none;padding:0;font-size:11pt}nav{display:none}"
                    + "h2,h3{break-after:avoid}table,figure,.note{break-inside:avoid}a{color:#0b0c0c;text-decoration:none}}",
            "");
}
