/**
 * Audit-style instruments: statements grouped into areas (principles or domains), each scored on a numbered
 * scale, giving a profile with per-area totals, an overall total, a band where the audit publishes bands, and
 * the weakest areas named. Unlike the ladder instruments of {@code instrument} and {@code placement}, an audit
 * places nothing on a rung.
 *
 * <p>The library ships two ({@link org.coproduction.assessment.audit.Audits}): the structure of the
 * Co-production Network for Wales audit, and the Coproduction Assessment of five core values; in both the
 * statements are the library's own words.
 */
package org.coproduction.assessment.audit;
