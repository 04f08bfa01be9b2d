/**
 * Measurement of change: every aggregate is an {@link org.coproduction.measures.Accumulator} that can be
 * merged in any order.
 */
package org.coproduction.measures;
