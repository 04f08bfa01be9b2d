package org.coproduction.assessment.picture;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.assessment.placement.Gap;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;

/**
 * A picture of the ladder with the current and target rungs marked, as SVG text for case-management screens
 * and reports, with a text alternative.
 *
 * <p>The SVG is accessible: the root element has {@code role="img"} and is labelled by its {@code <title>}
 * and {@code <desc>}; the description is the same {@linkplain #textAlternative() text alternative} that is
 * available on its own; and the current and target rungs are marked in words ("You are here", "Target"), not
 * by colour alone.
 *
 * <pre>{@code
 * LadderPicture p = LadderPicture.of(Ladders.tlap(), assessment, gap);
 * p.svg();              // "<svg xmlns=... role="img" ...>"
 * p.textAlternative();  // "The ladder of co-production has 7 rungs ... You are at engagement ..."
 * }</pre>
 */
@Experimental
public final class LadderPicture {

    private static final int WIDTH = 420;
    private static final int RUNG_HEIGHT = 36;
    private static final int GAP = 6;
    private static final int TOP = 40;

    /** An id a page can use: a letter, then letters, digits, hyphens or underscores. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private final Ladder ladder;
    private final Optional<RungDefinition> current;
    private final Optional<RungDefinition> target;
    private final String id;
    private final String title;
    private final String textAlternative;
    private final String svg;

    private LadderPicture(Ladder ladder, Optional<RungDefinition> current, Optional<RungDefinition> target, String id) {
        this.ladder = ladder;
        this.current = current;
        this.target = target;
        this.id = id;
        this.title = ladder.name() + current.map(r -> ": at " + r.name()).orElse(": not placed");
        this.textAlternative = text(ladder, current, target);
        this.svg = draw(ladder, current, target, title, textAlternative, id);
    }

    /**
     * The picture of an assessment and its gap.
     *
     * @param ladder  the ladder the assessment places on
     * @param assessment  the assessment, whose rung (if any) is marked as current
     * @param gap  the gap, whose target is marked
     * @return the picture
     * @throws IllegalArgumentException if the assessment is on another ladder
     */
    public static LadderPicture of(Ladder ladder, Assessment assessment, Gap gap) {
        if (!assessment.ladderId().equals(ladder.id())) {
            throw new IllegalArgumentException("The assessment is on ladder " + assessment.ladderId() + ", not " + ladder.id());
        }
        return of(ladder, assessment.rung(), Optional.of(gap.target())).withId(idFrom("ladder-" + assessment.subject()));
    }

    /**
     * The picture of a ladder with an optional current rung and target rung.
     *
     * @param ladder  the ladder
     * @param current  the rung the project is on, or empty when not placed
     * @param target  the rung it aims for, or empty
     * @return the picture
     * @throws java.util.NoSuchElementException if a marked rung is not on the ladder
     */
    public static LadderPicture of(Ladder ladder, Optional<RungDefinition> current, Optional<RungDefinition> target) {
        Objects.requireNonNull(ladder, "ladder");
        current.ifPresent(r -> ladder.rung(r.id()));
        target.ifPresent(r -> ladder.rung(r.id()));
        String id = idFrom("ladder-" + ladder.id() + current.map(r -> "-at-" + r.id()).orElse("")
                + target.map(r -> "-to-" + r.id()).orElse(""));
        return new LadderPicture(ladder, current, target, id);
    }

    /** An id from a text's letters and digits, starting with a letter. */
    private static String idFrom(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    /**
     * A copy of this picture whose SVG element ids ({@code <id>-title}, {@code <id>-desc}) start with the given
     * id. By default the id comes from the assessment's subject (or the ladder and the marked rungs), so two
     * pictures of different projects on one page never share their text; give one its own id when a page shows
     * the same picture twice.
     *
     * @param id  a letter, then up to 63 letters, digits, hyphens or underscores
     * @return the new picture
     * @throws IllegalArgumentException if the id breaks that rule
     */
    public LadderPicture withId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("LadderPicture.id: must be a letter followed by up to 63 letters, digits, "
                    + "hyphens or underscores, was " + (id == null ? "null" : "\"" + id + "\""));
        }
        return new LadderPicture(ladder, current, target, id);
    }

    /**
     * The start of the picture's SVG element ids.
     *
     * @return the id, such as {@code ladder-direct-payments-board}
     */
    public String id() {
        return id;
    }

    private static String text(Ladder ladder, Optional<RungDefinition> current, Optional<RungDefinition> target) {
        List<RungDefinition> rungs = ladder.rungs();
        StringBuilder text = new StringBuilder();
        text.append(ladder.name()).append(" has ").append(rungs.size()).append(" rungs, from ")
                .append(lower(ladder.bottom())).append(" at the bottom to ").append(lower(ladder.top()))
                .append(" at the top. ");
        text.append(current.map(r -> "You are at " + lower(r) + ", rung " + r.order() + " of " + rungs.size() + ".")
                .orElse("There is not enough evidence to say which rung you are on."));
        target.ifPresent(t -> {
            if (current.isPresent() && current.get().order() >= t.order()) {
                text.append(" You have reached the target, ").append(lower(t)).append('.');
            } else {
                text.append(" The target is ").append(lower(t)).append(", rung ").append(t.order()).append('.');
            }
        });
        return text.toString();
    }

    private static String lower(RungDefinition rung) {
        return rung.name().toLowerCase(Locale.ROOT);
    }

    private static String draw(Ladder ladder, Optional<RungDefinition> current, Optional<RungDefinition> target,
            String title, String text, String id) {
        int n = ladder.rungs().size();
        int height = TOP + n * (RUNG_HEIGHT + GAP) + GAP;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">\n");
        svg.append("  <title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>\n");
        svg.append("  <desc id=\"").append(id).append("-desc\">").append(escape(text)).append("</desc>\n");
        svg.append("  <text x=\"10\" y=\"24\" font-family=\"sans-serif\" font-size=\"16\" fill=\"#0b0c0c\">")
                .append(escape(ladder.name())).append("</text>\n");
        for (RungDefinition rung : ladder.rungs()) {
            int y = TOP + (n - rung.order()) * (RUNG_HEIGHT + GAP);
            boolean here = current.map(r -> r.id().equals(rung.id())).orElse(false);
            boolean aim = target.map(r -> r.id().equals(rung.id())).orElse(false) && !here;
            String fill = here ? "#1d70b8" : "#f3f2f1";
            String ink = here ? "#ffffff" : "#0b0c0c";
            svg.append("  <g>\n");
            svg.append("    <rect x=\"10\" y=\"").append(y).append("\" width=\"260\" height=\"").append(RUNG_HEIGHT)
                    .append("\" fill=\"").append(fill).append("\" stroke=\"#0b0c0c\" stroke-width=\"")
                    .append(aim ? "3\" stroke-dasharray=\"6 4" : "1").append("\"/>\n");
            svg.append("    <text x=\"20\" y=\"").append(y + 23).append("\" font-family=\"sans-serif\" font-size=\"15\" fill=\"")
                    .append(ink).append("\">").append(rung.order()).append(". ").append(escape(rung.name())).append("</text>\n");
            if (here || aim) {
                svg.append("    <text x=\"282\" y=\"").append(y + 23)
                        .append("\" font-family=\"sans-serif\" font-size=\"15\" font-weight=\"bold\" fill=\"#0b0c0c\">")
                        .append(here ? "You are here" : "Target").append("</text>\n");
            }
            svg.append("  </g>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&apos;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The picture as SVG text.
     *
     * @return the SVG document
     */
    public String svg() {
        return svg;
    }

    /**
     * The text alternative, the same words as the SVG's {@code <desc>}, for screen readers and text reports.
     *
     * @return the text alternative
     */
    public String textAlternative() {
        return textAlternative;
    }

    /**
     * The picture's title, the same words as the SVG's {@code <title>}.
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return textAlternative;
    }
}
