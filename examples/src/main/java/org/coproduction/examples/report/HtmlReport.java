package org.coproduction.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A self-contained, accessible HTML report: headings, paragraphs, tables, and figures (SVG pictures with
 * captions and text alternatives). All text is escaped; the page needs no scripts, fonts or network.
 *
 * <pre>{@code
 * HtmlReport report = new HtmlReport("Co-production report")
 *     .heading("The ladder")
 *     .figure(svg, "Where the forum sits", "The forum is at engagement; its target is co-design.");
 * Path page = report.writeTo(Path.of("demo-report"));
 * }</pre>
 *
 * <p>Instances collect content and are not thread-safe.
 */
public final class HtmlReport {

    private final String title;
    private final List<String> body = new ArrayList<>();

    /**
     * An empty report.
     *
     * @param title  the page title, not null
     */
    public HtmlReport(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Adds a section heading.
     *
     * @param text  the heading, not null
     * @return this report
     */
    public HtmlReport heading(String text) {
        body.add("<h2>" + Html.escape(text) + "</h2>");
        return this;
    }

    /**
     * Adds a paragraph of plain text.
     *
     * @param text  the text, not null
     * @return this report
     */
    public HtmlReport paragraph(String text) {
        body.add("<p>" + Html.escape(text) + "</p>");
        return this;
    }

    /**
     * Adds preformatted text, such as a statement laid out in columns.
     *
     * @param text  the text, not null
     * @return this report
     */
    public HtmlReport preformatted(String text) {
        body.add("<pre>" + Html.escape(text) + "</pre>");
        return this;
    }

    /**
     * Adds a table.
     *
     * @param caption  what the table shows, not null
     * @param headers  the column headings, not null
     * @param rows  the rows, each as long as the headings, not null
     * @return this report
     * @throws IllegalArgumentException if a row's length differs from the headings'
     */
    public HtmlReport table(String caption, List<String> headers, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table>\n<caption>").append(Html.escape(caption)).append("</caption>\n<tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Table \"" + caption + "\" row " + i + ": has " + row.size()
                        + " cells but there are " + headers.size() + " headings");
            }
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        body.add(html.append("</table>").toString());
        return this;
    }

    /**
     * Adds a figure: an SVG picture (which should carry its own {@code role="img"}, title and description),
     * a visible caption, and a text alternative shown beneath it for everyone.
     *
     * @param svg  the SVG markup, trusted (made by the library), not null
     * @param caption  the caption, not null
     * @param textAlternative  the picture's content in words, not null
     * @return this report
     */
    public HtmlReport figure(String svg, String caption, String textAlternative) {
        body.add("<figure>\n" + svg + "\n<figcaption>" + Html.escape(caption) + "</figcaption>\n"
                + "<p class=\"text-alternative\">" + Html.escape(textAlternative) + "</p>\n</figure>");
        return this;
    }

    /**
     * The whole page.
     *
     * @return the HTML document, not null
     */
    public String toHtml() {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Html.escape(title)
                + "</title>\n<style>\nbody{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                + "color:#0b0c0c;line-height:1.5}\ntable{border-collapse:collapse;margin:1rem 0}\n"
                + "th,td{border:1px solid #b1b4b6;padding:.3rem .6rem;text-align:left}\n"
                + "caption{font-weight:bold;text-align:left}\nfigure{margin:1rem 0}\n"
                + ".text-alternative{font-size:.9rem;color:#505a5f}\npre{background:#f3f2f1;padding:1rem;overflow-x:auto}\n"
                + "</style>\n</head>\n<body>\n<main>\n<h1>" + Html.escape(title) + "</h1>\n"
                + String.join("\n", body) + "\n</main>\n</body>\n</html>\n";
    }

    /**
     * Writes the page as {@code index.html} in a folder, creating the folder if needed.
     *
     * @param folder  the folder, not null
     * @return the page's path, not null
     * @throws IOException if the page cannot be written
     */
    public Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path page = folder.resolve("index.html");
        Files.writeString(page, toHtml(), StandardCharsets.UTF_8);
        return page;
    }
}
