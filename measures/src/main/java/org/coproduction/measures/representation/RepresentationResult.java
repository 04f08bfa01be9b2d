package org.coproduction.measures.representation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.coproduction.measures.disclosure.CountTable;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedTable;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How well a participant group represents its reference population: per group, the representation ratio
 * and whether a seldom-heard group is under-represented; overall, Duncan's index of dissimilarity and the
 * chi-square goodness of fit with its p-value.
 *
 * <p>The per-group counts are in this object for the council's own use. Publish them only through
 * {@link #published(DisclosureRule)}, which applies small-number suppression.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RepresentationResult implements WithRepresentationResult {

    /**
     * Each group of the reference population, in its order.
     *
     * @return the groups, not null
     */
    public abstract List<GroupRepresentation> groups();

    /**
     * The number of participants.
     *
     * @return the total, at least 1
     */
    public abstract long participants();

    /**
     * Duncan's index of dissimilarity D = ½ Σ |p_i − q_i|: the share of participants who would have to be in
     * another group for the two distributions to match.
     *
     * @return D, 0 to 1
     */
    public abstract double dissimilarityIndex();

    /**
     * Pearson's chi-square statistic Σ (O_i − E_i)²/E_i against the expected counts.
     *
     * @return the statistic, at least 0
     */
    public abstract double chiSquare();

    /**
     * The degrees of freedom, the number of groups less one.
     *
     * @return the degrees of freedom, at least 1
     */
    public abstract int degreesOfFreedom();

    /**
     * The p-value of the chi-square goodness of fit: the chance of a statistic this large if participants were
     * drawn in proportion to the population.
     *
     * @return the p-value, 0 to 1
     */
    public abstract double pValue();

    /**
     * How many groups have an expected count below 5; with any, the chi-square p-value is only approximate
     * and the ratios are the better guide.
     *
     * @return the number of such groups
     */
    public abstract int groupsExpectedBelowFive();

    /**
     * The representation ratio below which a group counts as under-represented.
     *
     * @return the threshold, more than 0
     */
    public abstract double threshold();

    /**
     * The methods' sources.
     *
     * @return the citations, not null
     */
    public abstract List<Citation> sources();

    /**
     * What the figures say, in plain English.
     *
     * @return the explanation, not blank
     */
    public abstract String explanation();

    /**
     * The seldom-heard groups that are under-represented.
     *
     * @return the flagged groups, not null
     */
    public List<GroupRepresentation> flagged() {
        return groups().stream().filter(GroupRepresentation::flagged).collect(Collectors.toList());
    }

    /**
     * The participant counts by group as a one-column table, for disclosure control.
     *
     * @return the table, not null
     */
    public CountTable countTable() {
        Map<String, Long> counts = new LinkedHashMap<>();
        groups().forEach(g -> counts.put(g.group(), g.participants()));
        return CountTable.ofColumn("participants", counts);
    }

    /**
     * The participant counts by group as they may be published under a disclosure rule.
     *
     * @param rule  the rule, such as {@link DisclosureRule#standard()}
     * @return the published table, not null
     */
    public PublishedTable published(DisclosureRule rule) {
        return rule.apply(countTable());
    }

    @Value.Check
    RepresentationResult check() {
        // The index is a sum of floating-point halves of differences, so it may pass 1 by rounding alone.
        Violations.of("RepresentationResult")
                .check(dissimilarityIndex() >= 0 && dissimilarityIndex() <= 1 + 1e-12, "dissimilarityIndex",
                        "must be 0 to 1", dissimilarityIndex())
                .check(chiSquare() >= 0 && Double.isFinite(chiSquare()), "chiSquare", "must be finite and not negative",
                        chiSquare())
                .check(pValue() >= 0 && pValue() <= 1, "pValue", "must be 0 to 1", pValue())
                .check(threshold() > 0 && Double.isFinite(threshold()), "threshold", "must be positive and finite",
                        threshold())
                .throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withDissimilarityIndex(dissimilarityIndex() + 0.0).withChiSquare(chiSquare() + 0.0)
                .withPValue(pValue() + 0.0);
    }

    /** Shows ratios and the overall figures, never the counts by group. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Representation of %d participants: D = %.3f, chi-square %.3f on %d df, "
                + "p = %.4f; %s", participants(), dissimilarityIndex(), chiSquare(), degreesOfFreedom(), pValue(),
                groups());
    }
}
