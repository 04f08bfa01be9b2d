package org.coproduction.measures.chart;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coproduction.core.api.Stable;
import org.coproduction.measures.interval.ConfidenceInterval;

/**
 * A horizontal bar chart as accessible SVG: each bar can carry a confidence interval (drawn as a whisker), and
 * the chart has a title, a description and a text alternative that reads out every value, so a screen-reader
 * user gets the same figures as a sighted one. A chart is an immutable value: every {@code with…} returns a
 * new chart.
 *
 * <p>Its element ids ({@code <id>-title}, {@code <id>-desc}) start from {@link #id()}, made from the title
 * unless set with {@link #withId(String)}; {@link HtmlReport} refuses a second element with an id already on
 * the page, so two charts on one page never share their text.
 *
 * <pre>{@code
 * BarChart chart = BarChart.ofShares("People who find it easy to find information")
 *     .withInterval("Before", Intervals.wilson(599, 1000))
 *     .withInterval("After", Intervals.wilson(720, 1000));
 * chart.textAlternative();  // "People who find it easy to find information: Before 59.9% (95% interval 56.8% ..."
 * chart.toSvg();            // "<svg xmlns=... role="img" aria-labelledby="chart-people-who-...-title ...">"
 * }</pre>
 */
@Stable
public final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_HEIGHT = 26;
    private static final int GAP = 10;
    private static final int TOP = 40;
    /** An id the page can use: a letter, then letters, digits, hyphens or underscores. */
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final String title;
    private final String unit;
    private final double scale;
    private final String id;
    private final List<Bar> bars;

    /** One bar: a label, a value in the chart's unit, and optionally its interval and confidence level. */
    private record Bar(String label, double value, Optional<Whisker> whisker) {
    }

    /** An interval in the chart's unit, with its confidence level (0.95 for 95%). */
    private record Whisker(double lower, double upper, double level) {
    }

    private BarChart(String title, String unit, double scale, String id, List<Bar> bars) {
        this.title = title;
        this.unit = unit;
        this.scale = scale;
        this.id = id;
        this.bars = List.copyOf(bars);
    }

    /**
     * An empty chart of values in a unit, such as days or pounds.
     *
     * @param title  what the chart shows, not blank
     * @param unit  the unit written after each value, such as {@code " days"}; may be empty, not null
     * @return the chart, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public static BarChart of(String title, String unit) {
        return new BarChart(checkTitle(title), Objects.requireNonNull(unit, "unit"), 1, idFrom(title), List.of());
    }

    /**
     * An empty chart of shares: values and intervals are proportions from 0 to 1 (as
     * {@link org.coproduction.measures.interval.Intervals#wilson(long, long)} gives them), shown as percentages.
     *
     * @param title  what the chart shows, not blank
     * @return the chart, not null
     * @throws IllegalArgumentException if the title is blank
     */
    public static BarChart ofShares(String title) {
        return new BarChart(checkTitle(title), "%", 100, idFrom(title), List.of());
    }

    private static String checkTitle(String title) {
        if (Objects.requireNonNull(title, "title").isBlank()) {
            throw new IllegalArgumentException("BarChart.title: must not be blank");
        }
        return title;
    }

    /** An id from the title's letters and digits, so that charts with different titles differ. */
    private static String idFrom(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
        return "chart-" + (slug.isEmpty() ? "untitled" : slug);
    }

    /**
     * A copy of this chart whose SVG element ids start with the given id, for a page with two charts of the
     * same title.
     *
     * @param id  a letter, then up to 63 letters, digits, hyphens or underscores
     * @return the new chart, not null
     * @throws IllegalArgumentException if the id breaks that rule
     */
    public BarChart withId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("BarChart.id: must be a letter followed by up to 63 letters, digits, "
                    + "hyphens or underscores, was " + (id == null ? "null" : "\"" + id + "\""));
        }
        return new BarChart(title, unit, scale, id, bars);
    }

    /**
     * A copy of this chart with one more bar and no interval.
     *
     * @param label  the bar's label, not blank
     * @param value  the value (a proportion from 0 to 1 for a chart of shares), finite and not negative
     * @return the new chart, not null
     * @throws IllegalArgumentException if the label is blank or the value is negative or not finite
     */
    public BarChart withBar(String label, double value) {
        return with(new Bar(checkLabel(label), checkValue(label, "value", value) * scale, Optional.empty()));
    }

    /**
     * A copy of this chart with one more bar at an interval's estimate, its limits drawn as a whisker.
     *
     * @param label  the bar's label, not blank
     * @param interval  the interval (of a proportion for a chart of shares), with a lower limit not below 0
     * @return the new chart, not null
     * @throws IllegalArgumentException if the label is blank or the interval's lower limit is negative
     */
    public BarChart withInterval(String label, ConfidenceInterval interval) {
        Objects.requireNonNull(interval, "interval");
        checkLabel(label);
        double lower = checkValue(label, "interval.lower", interval.lower());
        double estimate = checkValue(label, "interval.estimate", interval.estimate());
        return with(new Bar(label, estimate * scale,
                Optional.of(new Whisker(lower * scale, interval.upper() * scale, interval.confidenceLevel()))));
    }

    private static String checkLabel(String label) {
        if (Objects.requireNonNull(label, "label").isBlank()) {
            throw new IllegalArgumentException("BarChart bar label: must not be blank");
        }
        return label;
    }

    private static double checkValue(String label, String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("Bar \"" + label + "\": " + field + " must be finite and not negative, was "
                    + value);
        }
        return value;
    }

    private BarChart with(Bar bar) {
        List<Bar> more = new ArrayList<>(bars);
        more.add(bar);
        return new BarChart(title, unit, scale, id, more);
    }

    /**
     * What the chart shows.
     *
     * @return the title, not null
     */
    public String title() {
        return title;
    }

    /**
     * The start of the chart's SVG element ids.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * The chart's figures in words, for a text alternative or a caption.
     *
     * @return the text, such as {@code "Title: Before 59.9% (95% interval 56.8% to 62.9%); After 72.0%."}
     */
    public String textAlternative() {
        StringBuilder text = new StringBuilder(title).append(": ");
        if (bars.isEmpty()) {
            return text.append("no figures.").toString();
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            text.append(i == 0 ? "" : "; ").append(bar.label()).append(' ').append(format(bar.value())).append(unit);
            bar.whisker().ifPresent(w -> text.append(" (").append(format(w.level() * 100)).append("% interval ")
                    .append(format(w.lower())).append(unit).append(" to ").append(format(w.upper())).append(unit)
                    .append(')'));
        }
        return text.append('.').toString();
    }

    /**
     * The chart as an SVG element with {@code role="img"}, labelled by its {@code <title>} and {@code <desc>}.
     * It scales down to the width of its container.
     *
     * @return the SVG markup, not null
     */
    public String toSvg() {
        double max = bars.stream().mapToDouble(b -> b.whisker().map(w -> Math.max(b.value(), w.upper())).orElse(b.value()))
                .max().orElse(1);
        double pixels = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 80) / max;
        int height = TOP + bars.size() * (BAR_HEIGHT + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">%n",
                WIDTH, height, WIDTH, height, id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(textAlternative())).append("</desc>\n");
        svg.append("<text x=\"0\" y=\"20\" font-family=\"sans-serif\" font-size=\"16\" font-weight=\"bold\" fill=\"#0b0c0c\">")
                .append(Html.escape(title)).append("</text>\n");
        for (int i = 0; i < bars.size(); i++) {
            drawBar(svg, bars.get(i), TOP + i * (BAR_HEIGHT + GAP), pixels);
        }
        return svg.append("</svg>").toString();
    }

    private void drawBar(StringBuilder svg, Bar bar, int y, double pixels) {
        double length = bar.value() * pixels;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"13\" "
                + "text-anchor=\"end\" fill=\"#0b0c0c\">%s</text>%n", LABEL_WIDTH - 8, y + 18, Html.escape(bar.label())));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#1d70b8\"/>%n",
                LABEL_WIDTH, y, length, BAR_HEIGHT));
        double end = length;
        if (bar.whisker().isPresent()) {
            Whisker w = bar.whisker().get();
            double from = LABEL_WIDTH + w.lower() * pixels;
            double to = LABEL_WIDTH + w.upper() * pixels;
            int mid = y + BAR_HEIGHT / 2;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d H%.1f M%.1f %d V%d M%.1f %d V%d\" "
                    + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>%n", from, mid, to, from, mid - 6, mid + 6, to, mid - 6, mid + 6));
            end = Math.max(length, w.upper() * pixels);
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-family=\"sans-serif\" font-size=\"13\" "
                + "fill=\"#0b0c0c\">%s</text>%n", LABEL_WIDTH + end + 6, y + 18, Html.escape(format(bar.value()) + unit)));
    }

    /**
     * Writes the chart's SVG to a writer, a file or a response the caller opened. The measures module reads
     * and writes no files itself; to save a chart alone as a picture, open the file and pass its writer:
     *
     * <pre>{@code
     * try (Writer out = Files.newBufferedWriter(Path.of("finding-information.svg"))) {
     *     chart.writeSvg(out);
     * }
     * }</pre>
     *
     * @param out  where to write, not null
     * @throws IOException if the writer fails
     */
    public void writeSvg(Appendable out) throws IOException {
        out.append(toSvg()).append('\n');
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * What the chart shows, in words.
     *
     * @return for example {@code "BarChart chart-finding-information, 2 bars: Finding information: Before 59.9% ..."}
     */
    @Override
    public String toString() {
        return "BarChart " + id + ", " + bars.size() + (bars.size() == 1 ? " bar: " : " bars: ") + textAlternative();
    }
}
