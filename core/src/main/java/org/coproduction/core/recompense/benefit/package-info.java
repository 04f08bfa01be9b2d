/**
 * Benefit-limit awareness: the earnings limits of UK benefits by tax year, and warnings when a person's
 * payment for time in a week or month approaches or exceeds the limit of a benefit they have told the
 * organisation about. Warnings are information, not advice: they point to independent welfare-rights
 * advice, as SCIE and NIHR say paying organisations must.
 */
package org.coproduction.core.recompense.benefit;
