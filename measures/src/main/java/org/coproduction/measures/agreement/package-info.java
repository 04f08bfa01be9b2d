/**
 * Agreement between raters, for ladder assessments made by several people (lived-experience and
 * professional raters): Cohen's kappa, unweighted or with linear or quadratic weights for ordered
 * categories such as rungs; Fleiss' kappa; and Krippendorff's alpha with nominal, ordinal, interval or
 * ratio distances, which allows missing ratings. Start at {@link org.coproduction.measures.agreement.Ratings}.
 *
 * <p>Each coefficient is also available from a mergeable accumulator
 * ({@link org.coproduction.measures.agreement.PairTableAccumulator},
 * {@link org.coproduction.measures.agreement.FleissAccumulator},
 * {@link org.coproduction.measures.agreement.CoincidenceAccumulator}) whose memory does not grow with the
 * number of units.
 */
package org.coproduction.measures.agreement;
