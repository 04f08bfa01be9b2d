/**
 * Implementation details shared by the library's packages; not exported.
 */
package org.coproduction.core.internal;
