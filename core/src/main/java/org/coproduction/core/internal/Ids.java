package org.coproduction.core.internal;

import java.util.regex.Pattern;
import org.coproduction.core.validation.Violations;

/**
 * The one rule for identifiers of projects, participants, activities and feedback items: letters, digits
 * and {@code . _ : -}, starting with a letter or digit, at most 64 characters, such as {@code p-001} or
 * {@code inspire-forum}.
 */
public final class Ids {

    /** The rule in words, as messages show it. */
    public static final String RULE = "must be 1 to 64 letters, digits or . _ : - starting with a letter or digit";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private Ids() {
    }

    /**
     * Records a violation if an identifier breaks the rule.
     *
     * @param problems  where to record it, not null
     * @param id  the identifier, not null
     * @param path  the field path, not null
     * @return the collector, not null
     */
    public static Violations check(Violations problems, String id, String path) {
        return problems.check(isValid(id), path, RULE, id);
    }

    /**
     * Whether an identifier keeps the rule.
     *
     * @param id  the identifier, not null
     * @return true if valid
     */
    public static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }
}
