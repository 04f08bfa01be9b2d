package org.coproduction.core.internal;

import org.coproduction.core.api.Internal;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;

/**
 * The one rule for identifiers of projects, participants, activities and feedback items: letters, digits
 * and {@code . _ : -}, starting with a letter or digit, at most 64 characters, such as {@code p-001} or
 * {@code inspire-forum}.
 */
@Internal
public final class Ids {

    /** The rule in words, as messages show it. */
    public static final String RULE = "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit";

    private static final int MAX_LENGTH = 64;

    private Ids() {
    }

    /**
     * Records a violation if an identifier breaks the rule, without repeating the identifier.
     *
     * @param problems  where to record it, not null
     * @param id  the identifier, not null
     * @param path  the field path, not null
     * @return the collector, not null
     */
    public static Violations check(Violations problems, String id, String path) {
        // The value is not repeated: text that breaks the rule is often a person's name typed in place of
        // a pseudonymous id ("Jane Smith"), and messages end up in logs.
        return isValid(id) ? problems : problems.add(Violation.of(path, RULE + NOT_SHOWN));
    }

    /** Said instead of the value in the message for an identifier that breaks the rule. */
    public static final String NOT_SHOWN = " (the value is not shown: it may be a name)";

    /**
     * Whether an identifier keeps the rule.
     *
     * @param id  the identifier, not null
     * @return true if valid
     */
    public static boolean isValid(String id) {
        // A plain loop rather than a regular expression: identifiers are checked hundreds of thousands of
        // times when a council-sized record is read.
        int length = id.length();
        if (length == 0 || length > MAX_LENGTH || !isLetterOrDigit(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = id.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
