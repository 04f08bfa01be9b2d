/**
 * An accessible SVG picture of the ladder with the current and target rungs marked, and its text alternative.
 */
package org.coproduction.assessment.picture;
