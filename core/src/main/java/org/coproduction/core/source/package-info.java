/**
 * Sources: every preset the library ships (ladders, crosswalks, instruments, payment schemes, measures)
 * carries a {@link org.coproduction.core.source.Citation} that says where it comes from and how far it has
 * been checked.
 */
package org.coproduction.core.source;
