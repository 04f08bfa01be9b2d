/**
 * Representation of a participant group against its reference population: the representation ratio
 * (participation-to-prevalence ratio) per group, Duncan's index of dissimilarity, and the chi-square
 * goodness of fit, with seldom-heard groups flagged when under-represented. Start at
 * {@link org.coproduction.measures.representation.Representation}; count participants by group with a
 * {@link org.coproduction.measures.representation.GroupCountAccumulator}, and publish counts through
 * disclosure control.
 */
package org.coproduction.measures.representation;
