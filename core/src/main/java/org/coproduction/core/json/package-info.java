/**
 * JSON: {@link org.coproduction.core.json.CoproductionJson}, the one entry point that reads and writes every
 * library type and reports bad documents with their JSON paths.
 */
package org.coproduction.core.json;
