/**
 * Change with confidence: the Wilson interval for a proportion, Newcombe's interval for the change between
 * two proportions, the two-proportion z-test, exact Poisson intervals for counts, rates and rate ratios,
 * and Student's t intervals for a mean and a paired change. Start at
 * {@link org.coproduction.measures.interval.Intervals}.
 *
 * <p>Every result names its method and reference ({@link org.coproduction.measures.interval.IntervalMethod})
 * and explains itself in plain English. Counts and means are gathered with mergeable accumulators
 * ({@link org.coproduction.measures.interval.ProportionAccumulator},
 * {@link org.coproduction.measures.interval.MeanAccumulator}).
 */
package org.coproduction.measures.interval;
