/**
 * Validation: the library's one exception for invalid input, {@link org.coproduction.core.validation.ValidationException},
 * which names every broken rule with its field path, and the collector value types use to gather them.
 */
package org.coproduction.core.validation;
