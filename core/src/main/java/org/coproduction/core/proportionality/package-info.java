/**
 * Proportionality: rules, held as data, for how many people to involve given the work's scope and impact
 * and whether people give evidence (a wider group) or design solutions (a smaller group).
 */
package org.coproduction.core.proportionality;
