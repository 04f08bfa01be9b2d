/**
 * Answers to an instrument and the evidence behind them: stated by a respondent, derived from a project's
 * record with the records cited, or overridden by a person with a written justification.
 */
package org.coproduction.assessment.evidence;
