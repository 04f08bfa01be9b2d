/**
 * Dated assessments of one project as a trajectory: climbed, stalled or slipped, with the dimension changes
 * that explain each step.
 */
package org.coproduction.assessment.history;
