/**
 * The conventions the library's value types share, available to modules that extend the library.
 */
package org.coproduction.core.value;
