/**
 * The Adult Social Care Survey (ASCS) measures of the Adult Social Care Outcomes Framework (ASCOF,
 * England): social care-related quality of life from the eight ASCOT items (1A), control over daily life
 * (1B), finding information easy, and overall satisfaction, each weighted where the survey weights are
 * given. One {@link org.coproduction.measures.survey.AscsResponse} is one row of a council's return; an
 * {@link org.coproduction.measures.survey.AscsAccumulator} turns any number of them, in any order and on any
 * number of threads, into an {@link org.coproduction.measures.survey.AscsResult}.
 *
 * <p>Sources: LG Inform metric types 1091 and 1092; NHS England's ASCS pipeline ({@code generate_1A});
 * London Borough of Ealing performance pages; see each type for the details and what is unverified.
 */
package org.coproduction.measures.survey;
