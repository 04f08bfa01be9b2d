/**
 * Outcome indicators: what is measured and where the definition comes from ({@link
 * org.coproduction.measures.indicator.IndicatorDefinition}), the observations over time, a baseline and a
 * target, and a status with its reasoning in words ({@link org.coproduction.measures.indicator.IndicatorTrack});
 * and the small mergeable building blocks the other measure packages share: a count out of a count
 * ({@link org.coproduction.measures.indicator.Share}) and shares by reporting period
 * ({@link org.coproduction.measures.indicator.SharesByPeriod}).
 */
package org.coproduction.measures.indicator;
