/**
 * Case studies of co-production from councils' own published documents, as records the library reads and
 * checks: {@link org.coproduction.examples.casestudies.CaseStudies}.
 */
package org.coproduction.examples.casestudies;
