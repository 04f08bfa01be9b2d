/**
 * The people who take part in co-production, by pseudonymous identifier: their roles, the involvement they
 * want, how they take part, their access needs, informed consent and recompense preference, and optional
 * demographic attributes for aggregate use only.
 */
package org.coproduction.core.participant;
