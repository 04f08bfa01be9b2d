/**
 * The placement rule (the weakest core dimension holds the project back), the explanation of each
 * placement, profiles for principle-based instruments, and the gap to a target rung.
 */
package org.coproduction.assessment.placement;
