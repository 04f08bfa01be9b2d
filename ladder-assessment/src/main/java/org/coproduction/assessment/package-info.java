/**
 * Ladder assessment: short entry points ({@link org.coproduction.assessment.Assessments}) to place a project
 * on a rung of the ladder from evidence, explain why, and show what it would take to climb.
 */
package org.coproduction.assessment;
