/**
 * Disclosure control for published counts: small-number suppression with secondary suppression so that
 * no suppressed cell can be worked out from the published cells and totals, and optional rounding to a
 * base. Put any table of counts in a {@link org.coproduction.measures.disclosure.CountTable} and apply a
 * {@link org.coproduction.measures.disclosure.DisclosureRule}.
 */
package org.coproduction.measures.disclosure;
