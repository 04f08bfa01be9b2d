package org.coproduction.assessment.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The profile an audit gives, and why: each area's score beside its possible range, the overall total, the
 * band the total falls in where the audit publishes bands, the weakest areas, the items not yet scored, and
 * the result in plain English.
 *
 * <p>The rules ({@link Audit#score}, {@link Audit#scoreSoFar}):
 * <ol>
 * <li>An area's score is the sum of its items' scores; an overall total is the sum of all items' scores.</li>
 * <li>An item without a score is listed in {@link #unanswered()} and never counted as any score: its area has
 * no score, and there is no total or band until every item is scored.</li>
 * <li>The band is the published band holding the total. An audit without published bands (such as the Wales
 * audit) gives none: the library does not make bands up.</li>
 * <li>The weakest areas are the scored areas with the lowest average item score; when every area has the same
 * number of items, as in both shipped audits, that is simply the lowest area score. Tied areas are all named.</li>
 * </ol>
 *
 * <p>Example, the Coproduction Assessment: items of assets scored 4, 4, 4, 4 (16), work 3, 3, 3, 3 (12),
 * reciprocity 2, 2, 2, 2 (8), community 3, 3, 3, 3 (12), respect 4, 4, 3, 3 (14); total 62 of a possible
 * 20 to 100, in the band 60 to 79, on the way; weakest area reciprocity, 8 of a possible 4 to 20.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AuditResult implements WithAuditResult {

    /**
     * The audit used.
     *
     * @return the audit's identifier
     */
    public abstract String auditId();

    /**
     * The organisation, team or project audited.
     *
     * @return its identifier
     */
    public abstract String subject();

    /**
     * Who answered.
     *
     * @return the perspective
     */
    public abstract Perspective perspective();

    /**
     * When the scores were given.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> date();

    /**
     * Each area's score, in the audit's order.
     *
     * @return the area scores
     */
    public abstract List<AreaScore> areas();

    /**
     * The overall total: the sum of every item's score; empty while an item is not scored.
     *
     * @return the total, or empty
     */
    public abstract Optional<Integer> total();

    /**
     * The lowest possible total: every item at the bottom of the scale.
     *
     * @return the lowest total
     */
    public abstract int lowestTotal();

    /**
     * The highest possible total: every item at the top of the scale.
     *
     * @return the highest total
     */
    public abstract int highestTotal();

    /**
     * The published band the total falls in; empty when the audit has no bands or there is no total.
     *
     * @return the band, or empty
     */
    public abstract Optional<AuditBand> band();

    /**
     * The weakest areas: the scored areas with the lowest average item score, all of them when tied, in the
     * audit's order; empty when no area is fully scored.
     *
     * @return the area identifiers
     */
    public abstract List<String> weakestAreas();

    /**
     * The items not yet scored, in the audit's order.
     *
     * @return the item identifiers
     */
    public abstract List<String> unanswered();

    /**
     * The result in plain English: the total and its range, the band or that the audit has none, the weakest
     * areas, and each area's score.
     *
     * @return the explanation
     */
    public abstract String explanation();

    /**
     * A builder for a result; normally built by {@link Audit#score}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AuditResult} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAuditResult.Builder {
        Builder() {
        }
    }

    /**
     * Whether every item is scored, so the result has a total.
     *
     * @return true if complete
     */
    public boolean complete() {
        return unanswered().isEmpty();
    }

    /**
     * The score of one area.
     *
     * @param areaId  the area
     * @return its score
     * @throws NoSuchElementException if the result has no such area
     */
    public AreaScore area(String areaId) {
        return areas().stream().filter(a -> a.areaId().equals(areaId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No area \"" + areaId + "\" in the result"));
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("AuditResult").notBlank(auditId(), "auditId")
                .notBlank(subject(), "subject").notBlank(explanation(), "explanation")
                .check(lowestTotal() <= highestTotal(), "highestTotal", "must be at least lowestTotal "
                        + lowestTotal(), highestTotal())
                .check(total().isPresent() == unanswered().isEmpty(), "total",
                        "must be given exactly when every item is scored")
                .unique(areas(), AreaScore::areaId, "areas", "areaId");
        total().ifPresent(t -> problems.check(t >= lowestTotal() && t <= highestTotal(), "total",
                "must be " + lowestTotal() + " to " + highestTotal(), t));
        band().ifPresent(b -> problems.check(total().isPresent() && b.contains(total().get()), "band",
                "must hold the total " + total().map(String::valueOf).orElse("(none)"), b.label()));
        for (int i = 0; i < weakestAreas().size(); i++) {
            String id = weakestAreas().get(i);
            problems.check(areas().stream().anyMatch(a -> a.areaId().equals(id) && a.score().isPresent()),
                    "weakestAreas[" + i + "]", "must name a scored area of the result", id);
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return subject() + " (" + auditId() + ", " + perspective().id() + date().map(d -> ", " + d).orElse("")
                + "): " + total().map(t -> "total " + t + " of " + lowestTotal() + " to " + highestTotal()
                        + band().map(b -> ", " + b.label()).orElse(""))
                        .orElse(unanswered().size() + (unanswered().size() == 1 ? " item" : " items") + " not scored")
                + (weakestAreas().isEmpty() ? "" : ", weakest " + String.join(", ", weakestAreas()));
    }
}
