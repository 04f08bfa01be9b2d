package org.coproduction.measures.representation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violations;

/**
 * Compares who takes part with who the work is for: the representation of each group among participants
 * against its share of a reference population.
 *
 * <ul>
 *   <li><b>Representation ratio</b> (participation-to-prevalence ratio): participant share ÷ population
 *       share; 1 is proportional, below 1 under-represented. A common adequacy band is 0.8 to 1.2 (not
 *       verified against its source, said to be Poon et al. 2013), so 0.8 is the default threshold.</li>
 *   <li><b>Index of dissimilarity</b> (Duncan and Duncan 1955): D = ½ Σ |p_i − q_i|.</li>
 *   <li><b>Chi-square goodness of fit</b> (Pearson 1900): Σ (O_i − E_i)²/E_i on k − 1 degrees of freedom,
 *       p-value from the chi-square distribution (Apache Commons Statistics). With expected counts below 5
 *       the p-value is approximate; the result says how many groups are affected.</li>
 *   <li><b>Exact comparisons.</b> Where a rule compares a figure with a threshold (an expected count with 5,
 *       a ratio with the under-representation threshold), it compares exact numbers: the population's counts
 *       when it was given as counts ({@link ReferencePopulation#ofCounts}), else the shares as written in
 *       decimal. So 77 participants against a group of 500 in 7,700 expect exactly 5, not below 5.</li>
 *   <li><b>Seldom-heard groups</b> (IRISS Insight 2, 2011; SCIE Guide 17) marked in the population are
 *       flagged when under-represented.</li>
 * </ul>
 *
 * <pre>{@code
 * RepresentationResult r = Representation.of(participants, population);
 * r.flagged();                                   // seldom-heard groups that are under-represented
 * r.published(DisclosureRule.standard());        // counts fit to publish
 * }</pre>
 */
@Stable
public final class Representation {

    /** The default threshold for under-representation: a representation ratio below 0.8. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    /** Expected counts below this make the chi-square p-value approximate. */
    private static final BigDecimal SMALL_EXPECTED = BigDecimal.valueOf(5);

    private static final List<Citation> SOURCES = List.of(
            Citation.builder().reference("Duncan OD, Duncan B (1955). A methodological analysis of segregation indexes. "
                    + "American Sociological Review 20:210-217").status(SourceStatus.SECONDARY)
                    .note("Index of dissimilarity; definition as given by N.J. Cox's dissim help and Sakoda (1981).").build(),
            Citation.builder().reference("Participation-to-prevalence ratio and the 0.8-1.2 band (attributed to Poon et al. 2013)")
                    .status(SourceStatus.UNVERIFIED)
                    .note("Ratio definition seen in Sanyi et al.'s abstract; the band's origin is not verified.").build(),
            Citation.builder().reference("Pearson K (1900). On the criterion that a given system of deviations... "
                    + "Philosophical Magazine 50:157-175 (chi-square goodness of fit)").status(SourceStatus.SECONDARY).build(),
            Citation.builder().reference("IRISS (2011). Effectively engaging and involving seldom-heard groups. Insight 2; "
                    + "SCIE Guide 17, Working with seldom heard groups")
                    .url("https://www.iriss.org.uk/resources/insights/effectively-engaging-involving-seldom-heard-groups")
                    .status(SourceStatus.VERIFIED).build());

    private Representation() {
    }

    /**
     * Compares participants with a population, with the default under-representation threshold 0.8.
     *
     * @param participants  the participant counts by group, not null
     * @param population  the reference population, not null
     * @return the comparison, not null
     * @throws org.coproduction.core.validation.ValidationException if there are no participants or a
     *     participant group is not in the population
     */
    public static RepresentationResult of(GroupCounts participants, ReferencePopulation population) {
        return of(participants, population, DEFAULT_THRESHOLD);
    }

    /**
     * Compares participant counts given as a map with a population, with the default threshold.
     *
     * @param participants  the participant count for each group, not null
     * @param population  the reference population, not null
     * @return the comparison, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative, there are no
     *     participants or a participant group is not in the population
     */
    public static RepresentationResult of(Map<String, Long> participants, ReferencePopulation population) {
        return of(GroupCounts.of(participants), population, DEFAULT_THRESHOLD);
    }

    /**
     * Compares participants with a population.
     *
     * @param participants  the participant counts by group, not null
     * @param population  the reference population, not null
     * @param threshold  the representation ratio below which a group is under-represented, more than 0
     * @return the comparison, not null
     * @throws org.coproduction.core.validation.ValidationException if there are no participants, a
     *     participant group is not in the population, or the threshold is not positive
     */
    public static RepresentationResult of(GroupCounts participants, ReferencePopulation population, double threshold) {
        Violations problems = Violations.of("Representation");
        long total = participants.total();
        problems.check(total >= 1, "participants", "must count at least one participant", total);
        problems.check(threshold > 0 && Double.isFinite(threshold), "threshold", "must be positive", threshold);
        List<String> known = population.groups().stream().map(PopulationGroup::group).collect(Collectors.toList());
        participants.counts().keySet().stream().sorted().forEach(group -> problems.check(known.contains(group),
                "participants." + group, "must be a group of the reference population " + known));
        problems.throwIfAny();

        List<GroupRepresentation> groups = new ArrayList<>();
        double dissimilarity = 0;
        double chiSquare = 0;
        int smallExpected = 0;
        BigDecimal populationTotal = populationTotal(population);
        BigDecimal exactThreshold = BigDecimal.valueOf(threshold);
        for (PopulationGroup g : population.groups()) {
            long count = participants.count(g.group());
            double share = (double) count / total;
            // Expected and observed counts as exact numerators over the population total (1 when only shares
            // are known): expected = participants × group's count (or share); observed = count × total.
            BigDecimal expectedNumerator = BigDecimal.valueOf(total)
                    .multiply(g.count().map(BigDecimal::valueOf).orElse(BigDecimal.valueOf(g.share())));
            BigDecimal observedNumerator = BigDecimal.valueOf(count).multiply(populationTotal);
            double expected = expectedNumerator.divide(populationTotal, MathContext.DECIMAL64).doubleValue();
            double ratio = observedNumerator.divide(expectedNumerator, MathContext.DECIMAL64).doubleValue();
            dissimilarity += Math.abs(share - g.share()) / 2;
            chiSquare += (count - expected) * (count - expected) / expected;
            if (expectedNumerator.compareTo(SMALL_EXPECTED.multiply(populationTotal)) < 0) {
                smallExpected++;
            }
            boolean under = observedNumerator.compareTo(exactThreshold.multiply(expectedNumerator)) < 0;
            groups.add(ImmutableGroupRepresentation.builder().group(g.group()).participants(count)
                    .participantShare(share).populationShare(g.share()).expected(expected).ratio(ratio)
                    .underRepresented(under).seldomHeard(g.seldomHeard()).build());
        }
        int df = population.groups().size() - 1;
        double p = ChiSquaredDistribution.of(df).survivalProbability(chiSquare);
        List<String> flagged = groups.stream().filter(GroupRepresentation::flagged).map(GroupRepresentation::group)
                .collect(Collectors.toList());
        List<String> under = groups.stream().filter(GroupRepresentation::underRepresented)
                .map(GroupRepresentation::group).collect(Collectors.toList());
        String explanation = String.format(Locale.ROOT,
                "%d participants compared with the reference population%s. Index of dissimilarity %.3f: %.1f%% of "
                        + "participants would need to be in a different group for the two to match. Chi-square %.3f "
                        + "on %d degrees of freedom, p = %.4f%s. Under-represented (ratio below %s): %s.%s",
                total, population.source().map(s -> " (" + s + ")").orElse(""), dissimilarity, dissimilarity * 100,
                chiSquare, df, p,
                smallExpected == 0 ? "" : "; " + smallExpected + (smallExpected == 1 ? " group has" : " groups have")
                        + " an expected count below 5, so the p-value is approximate and the ratios are the better guide",
                threshold, under.isEmpty() ? "none" : String.join(", ", under),
                flagged.isEmpty() ? "" : " Seldom-heard groups under-represented: " + String.join(", ", flagged) + ".");
        return ImmutableRepresentationResult.builder().groups(groups).participants(total)
                .dissimilarityIndex(dissimilarity).chiSquare(chiSquare).degreesOfFreedom(df).pValue(p)
                .groupsExpectedBelowFive(smallExpected).threshold(threshold).sources(SOURCES)
                .explanation(explanation).build();
    }

    /** The population's total count when it was given as counts (every group has one), else 1. */
    private static BigDecimal populationTotal(ReferencePopulation population) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PopulationGroup g : population.groups()) {
            if (g.count().isEmpty()) {
                return BigDecimal.ONE;
            }
            sum = sum.add(BigDecimal.valueOf(g.count().get()));
        }
        return sum;
    }
}
