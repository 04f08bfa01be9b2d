package org.coproduction.examples.cli.output;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.coproduction.measures.disclosure.PublishedCell;

/**
 * What {@code coproduction measure representation} writes as JSON: who takes part against who the work is for,
 * group by group, with small-number suppression applied. The overall figures are withheld when any count is
 * suppressed, since with the published counts they could give a suppressed count away.
 *
 * @param rule  the disclosure rule applied to the counts
 * @param threshold  the representation ratio below which a group is under-represented, such as 0.8
 * @param participants  the participants compared, as the count may be published
 * @param groups  each group of the reference population, in its order
 * @param dissimilarityIndex  Duncan's index of dissimilarity, ½ Σ |participant share − population share|; empty when
 *     a count is suppressed
 * @param chiSquare  Pearson's chi-square goodness of fit of the participants to the population; empty when a count
 *     is suppressed
 * @param degreesOfFreedom  the degrees of freedom of the chi-square, the number of groups less one
 * @param pValue  the chi-square p-value; empty when a count is suppressed
 * @param explanation  the comparison in words
 */
@Experimental
public record RepresentationReport(DisclosureRule rule, double threshold, PublishedCell participants,
        List<GroupShare> groups, Optional<Double> dissimilarityIndex, Optional<Double> chiSquare, int degreesOfFreedom,
        Optional<Double> pValue, String explanation) {
}
