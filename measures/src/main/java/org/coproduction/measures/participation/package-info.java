/**
 * Participation measures: reach (how many different people took part), retention (how many of those who
 * took part before took part again), attendance, involvement by rung of the ladder of co-production, and the
 * lived-experience share of a group's governance. Records come from the core domain's
 * {@link org.coproduction.core.activity.Activity} and {@link org.coproduction.core.project.Governance} through
 * adapters, or are built directly.
 *
 * <p>The definitions are the library's own, following the design's one documented definition of
 * "participant": a person with at least one attendance in the period. Counting distinct people needs their
 * pseudonymous identifiers, so these accumulators use memory in proportion to the people and activities,
 * not to the attendances.
 */
package org.coproduction.measures.participation;
