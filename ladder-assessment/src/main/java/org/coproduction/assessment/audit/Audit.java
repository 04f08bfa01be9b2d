package org.coproduction.assessment.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * An audit-style instrument held as data: statements (items) grouped into areas such as principles of
 * co-production, each scored on a numbered scale with anchors, and, where the publisher gives them, bands of
 * the overall total. An audit gives a profile, not a rung: per-area totals, the overall total, its band, and
 * the weakest areas named ({@link #score}).
 *
 * <p>Every wording is attributed: {@link #source()} names where the audit's structure comes from and
 * {@link #statementsSource()} whose words the statements are. The library ships two audits
 * ({@link Audits}); a council can load its own with {@code CoproductionJson.read(json, Audit.class)}.
 *
 * <p>Rules, all reported at once: the identifier and title are not blank; there is at least one area, each
 * with a unique identifier, a name and at least one item; item identifiers are unique across the audit and
 * their wording is not blank; the scale's lowest score is at least 0 and below its highest, which is at most
 * {@value #MAX_SCORE}; anchors name scores on the scale, at most one each, with a meaning; bands, when given,
 * run in order from the lowest possible total to the highest, each starting one above the last, with no gap or
 * overlap.
 *
 * <pre>{@code
 * Audit audit = Audits.coproductionAssessment();
 * audit.lowestTotal();           // 20
 * audit.highestTotal();          // 100
 * audit.band(62);                // 60 to 79: on the way
 * audit.score(responses).explanation();
 * }</pre>
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Audit implements WithAudit {

    /** The highest score a scale may reach, so that totals of any realistic audit stay exact. */
    public static final int MAX_SCORE = 1000;

    /**
     * The audit's identifier, such as {@code coproduction-assessment}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The audit's title.
     *
     * @return the title
     */
    public abstract String title();

    /**
     * Where the audit's structure (areas, scale, anchors and bands) comes from, and how far it was checked.
     *
     * @return the citation
     */
    public abstract Citation source();

    /**
     * Whose words the statements and the areas' descriptions are: for both shipped audits the library's own,
     * because the publishers' statements were not seen or are not copied.
     *
     * @return the citation
     */
    public abstract Citation statementsSource();

    /**
     * How the audit is meant to be used, such as who should answer it and how long it takes.
     *
     * @return the guidance, or empty
     */
    public abstract Optional<String> guidance();

    /**
     * The lowest score an item can be given.
     *
     * @return the lowest score; 1 unless set
     */
    @Value.Default
    public int lowestScore() {
        return 1;
    }

    /**
     * The highest score an item can be given.
     *
     * @return the highest score; 5 unless set
     */
    @Value.Default
    public int highestScore() {
        return 5;
    }

    /**
     * What scores on the scale mean, lowest first; not every score need be anchored.
     *
     * @return the anchors
     */
    public abstract List<ScoreAnchor> anchors();

    /**
     * The areas, in the order the audit presents them.
     *
     * @return the areas, at least one
     */
    public abstract List<AuditArea> areas();

    /**
     * The published bands of the overall total, lowest first; empty when the publisher gives none, and then
     * the result names no band.
     *
     * @return the bands
     */
    public abstract List<AuditBand> bands();

    /**
     * A builder for an audit.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Audit} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAudit.Builder {
        Builder() {
        }
    }

    /**
     * Every item, area by area.
     *
     * @return the items in order
     */
    public List<AuditItem> items() {
        List<AuditItem> all = new ArrayList<>();
        areas().forEach(a -> all.addAll(a.items()));
        return List.copyOf(all);
    }

    /**
     * The area with an identifier.
     *
     * @param areaId  the identifier
     * @return the area
     * @throws NoSuchElementException if there is none, naming the areas there are
     */
    public AuditArea area(String areaId) {
        return areas().stream().filter(a -> a.id().equals(areaId)).findFirst().orElseThrow(() ->
                new NoSuchElementException("Audit " + id() + " has no area \"" + areaId + "\"; its areas are "
                        + areas().stream().map(AuditArea::id).toList()));
    }

    /**
     * The area an item belongs to, if the audit has the item.
     *
     * @param itemId  the item's identifier
     * @return the area, or empty
     */
    public Optional<AuditArea> areaOf(String itemId) {
        return areas().stream().filter(a -> a.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
    }

    /**
     * The lowest possible score of an area: every item at the lowest score.
     *
     * @param area  an area of this audit
     * @return the lowest area score, such as 3 for three items scored 1 to 5
     */
    public int lowestScoreOf(AuditArea area) {
        return area.items().size() * lowestScore();
    }

    /**
     * The highest possible score of an area: every item at the highest score.
     *
     * @param area  an area of this audit
     * @return the highest area score, such as 15 for three items scored 1 to 5
     */
    public int highestScoreOf(AuditArea area) {
        return area.items().size() * highestScore();
    }

    /**
     * The lowest possible overall total: every item at the lowest score.
     *
     * @return the lowest total
     */
    public int lowestTotal() {
        return items().size() * lowestScore();
    }

    /**
     * The highest possible overall total: every item at the highest score.
     *
     * @return the highest total
     */
    public int highestTotal() {
        return items().size() * highestScore();
    }

    /**
     * What a score means, if the scale anchors it.
     *
     * @param score  a score
     * @return the anchor, or empty
     */
    public Optional<ScoreAnchor> anchor(int score) {
        return anchors().stream().filter(a -> a.score() == score).findFirst();
    }

    /**
     * The published band a total falls in.
     *
     * @param total  an overall total
     * @return the band, or empty when the audit has no bands or the total is outside them
     */
    public Optional<AuditBand> band(int total) {
        return bands().stream().filter(b -> b.contains(total)).findFirst();
    }

    /**
     * Scores a complete set of answers: per-area totals, the overall total, its band where the audit has
     * bands, and the weakest areas, with a plain-English explanation (the rules are in {@link AuditResult}).
     *
     * @param responses  scores for every item of this audit
     * @return the result
     * @throws org.coproduction.core.validation.ValidationException listing every problem at once: answers for
     *     another audit, items the audit does not have, scores off the scale, and each item left unscored
     */
    public AuditResult score(AuditResponses responses) {
        return AuditScoring.score(this, responses, true);
    }

    /**
     * Scores the answers given so far: items left unscored are listed, never counted as any score; an area
     * with one has no total, and there is no overall total or band until every item is scored. The weakest
     * areas are named among the areas with every item scored.
     *
     * @param responses  scores for some or all items of this audit
     * @return the result so far
     * @throws org.coproduction.core.validation.ValidationException listing every problem at once: answers for
     *     another audit, items the audit does not have, and scores off the scale
     */
    public AuditResult scoreSoFar(AuditResponses responses) {
        return AuditScoring.score(this, responses, false);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Audit").notBlank(id(), "id").notBlank(title(), "title")
                .check(lowestScore() >= 0, "lowestScore", "must be at least 0", lowestScore())
                .check(lowestScore() < highestScore(), "highestScore",
                        "must be above lowestScore " + lowestScore(), highestScore())
                .check(highestScore() <= MAX_SCORE, "highestScore", "must be at most " + MAX_SCORE, highestScore())
                .check(!areas().isEmpty(), "areas", "must have at least one area")
                .unique(areas(), AuditArea::id, "areas", "id")
                .unique(anchors(), ScoreAnchor::score, "anchors", "score");
        guidance().ifPresent(g -> problems.notBlank(g, "guidance"));
        Map<String, String> firstItem = new HashMap<>();
        for (int a = 0; a < areas().size(); a++) {
            AuditArea area = areas().get(a);
            String aPath = "areas[" + a + "]";
            problems.notBlank(area.id(), aPath + ".id").notBlank(area.name(), aPath + ".name");
            area.description().ifPresent(d -> problems.notBlank(d, aPath + ".description"));
            problems.check(!area.items().isEmpty(), aPath + ".items",
                    "must have at least one item (an empty area cannot be scored)", area.id());
            for (int i = 0; i < area.items().size(); i++) {
                AuditItem item = area.items().get(i);
                String iPath = aPath + ".items[" + i + "]";
                problems.notBlank(item.id(), iPath + ".id").notBlank(item.text(), iPath + ".text");
                String earlier = firstItem.putIfAbsent(item.id(), iPath);
                problems.check(earlier == null, iPath + ".id",
                        "must be unique across the audit (same as " + earlier + ")", item.id());
            }
        }
        for (int i = 0; i < anchors().size(); i++) {
            ScoreAnchor anchor = anchors().get(i);
            problems.check(anchor.score() >= lowestScore() && anchor.score() <= highestScore(),
                    "anchors[" + i + "].score", "must be on the scale " + lowestScore() + " to " + highestScore(),
                    anchor.score());
            problems.notBlank(anchor.meaning(), "anchors[" + i + "].meaning");
        }
        int expected = lowestTotal();
        for (int b = 0; b < bands().size(); b++) {
            AuditBand band = bands().get(b);
            problems.check(band.lowest() == expected, "bands[" + b + "].lowest", b == 0
                    ? "must be the lowest possible total " + expected
                    : "must be one above the highest of bands[" + (b - 1) + "], " + expected, band.lowest());
            expected = band.highest() + 1;
        }
        if (!bands().isEmpty()) {
            int last = bands().get(bands().size() - 1).highest();
            problems.check(last == highestTotal(), "bands[" + (bands().size() - 1) + "].highest",
                    "must be the highest possible total " + highestTotal(), last);
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return title() + ": " + areas().size() + " areas, " + items().size() + " items scored " + lowestScore()
                + " to " + highestScore() + ", total " + lowestTotal() + " to " + highestTotal()
                + (bands().isEmpty() ? ", no bands" : ", " + bands().size() + " bands");
    }
}
