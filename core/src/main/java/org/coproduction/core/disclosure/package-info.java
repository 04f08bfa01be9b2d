/**
 * Disclosure control for counts about people: the rule every count of personal attributes passes through
 * before it leaves the library ({@link org.coproduction.core.disclosure.DisclosureControl}), and the
 * library's own small-number rule ({@link org.coproduction.core.disclosure.SmallNumberRule}).
 */
package org.coproduction.core.disclosure;
