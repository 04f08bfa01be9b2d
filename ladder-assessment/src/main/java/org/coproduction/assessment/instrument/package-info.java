/**
 * Assessment instruments as data: dimensions, questions and answer options that say which rung an answer
 * supports, with the source of every wording; and the instruments the library ships
 * ({@link org.coproduction.assessment.instrument.Instruments}).
 */
package org.coproduction.assessment.instrument;
