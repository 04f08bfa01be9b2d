package org.coproduction.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A horizontal bar chart as accessible SVG: each bar can carry an interval (drawn as a whisker), and the
 * chart has a title, a description and a text alternative that reads out every value, so a screen reader
 * user gets the same figures as a sighted one.
 *
 * <pre>{@code
 * BarChart chart = BarChart.titled("Ease of finding information", "%")
 *     .withBar("Before", 59.9, null, null)
 *     .withBar("Latest survey", 72.0, null, null);
 * String svg = chart.toSvg();
 * }</pre>
 */
public final class BarChart {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 200;
    private static final int BAR_HEIGHT = 26;
    private static final int GAP = 10;
    private static final int TOP = 40;

    private final String title;
    private final String unit;
    private final List<Bar> bars;

    /** One bar: a label, a value, and optionally the lower and upper bounds of its interval. */
    private record Bar(String label, double value, Double lower, Double upper) {
    }

    private BarChart(String title, String unit, List<Bar> bars) {
        this.title = Objects.requireNonNull(title, "title");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.bars = List.copyOf(bars);
    }

    /**
     * An empty chart.
     *
     * @param title  what the chart shows, not null
     * @param unit  the unit of the values, such as {@code %}, not null
     * @return the chart, not null
     */
    public static BarChart titled(String title, String unit) {
        return new BarChart(title, unit, List.of());
    }

    /**
     * A copy of this chart with one more bar.
     *
     * @param label  the bar's label, not null
     * @param value  the value, finite and not negative
     * @param lower  the interval's lower bound, or null for none
     * @param upper  the interval's upper bound, or null for none
     * @return the new chart, not null
     * @throws IllegalArgumentException if the value is negative or not finite, or only one bound is given
     */
    public BarChart withBar(String label, double value, Double lower, Double upper) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("Bar \"" + label + "\": value must be finite and not negative, was " + value);
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("Bar \"" + label + "\": give both interval bounds or neither");
        }
        List<Bar> more = new ArrayList<>(bars);
        more.add(new Bar(Objects.requireNonNull(label, "label"), value, lower, upper));
        return new BarChart(title, unit, more);
    }

    /**
     * The chart's figures in words, for a text alternative or a data table.
     *
     * @return the text, not null
     */
    public String textAlternative() {
        StringBuilder text = new StringBuilder(title).append(": ");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            text.append(i == 0 ? "" : "; ").append(bar.label()).append(' ').append(format(bar.value())).append(unit);
            interval(bar).ifPresent(text::append);
        }
        return text.append('.').toString();
    }

    private Optional<String> interval(Bar bar) {
        if (bar.lower() == null) {
            return Optional.empty();
        }
        return Optional.of(" (interval " + format(bar.lower()) + unit + " to " + format(bar.upper()) + unit + ")");
    }

    /**
     * The chart as an SVG element with {@code role="img"}, a {@code <title>} and a {@code <desc>}.
     *
     * @return the SVG markup, not null
     */
    public String toSvg() {
        double max = bars.stream().mapToDouble(b -> b.upper() == null ? b.value() : Math.max(b.value(), b.upper()))
                .max().orElse(1);
        double scale = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 80) / max;
        int height = TOP + bars.size() * (BAR_HEIGHT + GAP) + GAP;
        String id = "chart-" + Integer.toHexString(title.hashCode());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">%n",
                WIDTH, height, WIDTH, height, id, id));
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(id).append("-desc\">").append(Html.escape(textAlternative())).append("</desc>\n");
        svg.append("<text x=\"0\" y=\"20\" font-family=\"sans-serif\" font-size=\"16\" font-weight=\"bold\">")
                .append(Html.escape(title)).append("</text>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = TOP + i * (BAR_HEIGHT + GAP);
            double length = bar.value() * scale;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"13\" "
                    + "text-anchor=\"end\">%s</text>%n", LABEL_WIDTH - 8, y + 18, Html.escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#1d70b8\"/>%n",
                    LABEL_WIDTH, y, length, BAR_HEIGHT));
            if (bar.lower() != null) {
                double from = LABEL_WIDTH + bar.lower() * scale;
                double to = LABEL_WIDTH + bar.upper() * scale;
                int mid = y + BAR_HEIGHT / 2;
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d H%.1f M%.1f %d V%d M%.1f %d V%d\" "
                        + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>%n", from, mid, to, from, mid - 6, mid + 6, to, mid - 6, mid + 6));
            }
            double labelX = LABEL_WIDTH + Math.max(length, bar.upper() == null ? 0 : bar.upper() * scale) + 6;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-family=\"sans-serif\" font-size=\"13\">%s</text>%n",
                    labelX, y + 18, Html.escape(format(bar.value()) + unit)));
        }
        return svg.append("</svg>").toString();
    }

    private static String format(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
