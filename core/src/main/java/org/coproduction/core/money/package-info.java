/**
 * Money: {@link org.coproduction.core.money.Money}, an exact amount in one currency ({@link java.math.BigDecimal},
 * never {@code double}), shared by recompense, assessment and measures.
 */
package org.coproduction.core.money;
