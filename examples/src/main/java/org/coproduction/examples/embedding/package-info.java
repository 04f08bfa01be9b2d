/**
 * Embedding the library in a council's own system: {@link org.coproduction.examples.embedding.CaseManagementService}
 * keeps its own records, turns them into library values through the public API, answers JSON requests with
 * JSON, and holds the instrument and recompense policy once for every thread.
 */
package org.coproduction.examples.embedding;
