package org.coproduction.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;

/**
 * The library's one exception for invalid input: an object that breaks its rules, or a JSON document
 * that cannot be read. It lists <em>every</em> violation found, each with its field path and rule, so a
 * person can fix everything in one go.
 *
 * <pre>{@code
 * Invalid Ladder: 2 problems
 *   rungs[1].id: must be unique, was "informing"
 *   rungs: must have at least 2 rungs, was 1
 * }</pre>
 *
 * <p>Nothing is half-applied: when this is thrown, no object was built.
 */
@Stable
public class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What was being built or read, such as {@code Ladder}. */
    private final String subject;

    /** The violations; an unmodifiable list, so the exception stays safe to share. */
    @SuppressWarnings("serial")
    private final List<Violation> violations;

    /**
     * An exception listing the violations of one object or document.
     *
     * @param subject  what was being built or read, such as {@code Ladder}, not null
     * @param violations  the violations, not null, not empty
     * @throws IllegalArgumentException if there are no violations
     */
    public ValidationException(String subject, List<Violation> violations) {
        super(format(subject, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A ValidationException needs at least one violation");
        }
        this.subject = Objects.requireNonNull(subject, "subject");
        this.violations = List.copyOf(violations);
    }

    private static String format(String subject, List<Violation> violations) {
        String heading = "Invalid " + subject + ": " + violations.size()
                + (violations.size() == 1 ? " problem" : " problems");
        return violations.stream()
                .map(v -> "  " + v.message())
                .collect(Collectors.joining("\n", heading + "\n", ""));
    }

    /**
     * What was being built or read, such as {@code Ladder} or {@code JSON document}.
     *
     * @return the subject, not null
     */
    public String subject() {
        return subject;
    }

    /**
     * Every violation found, in the order the rules were checked.
     *
     * @return the violations, unmodifiable, not empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The same violations moved under a parent path, for an object that sits inside another.
     *
     * @param parent  the parent path such as {@code rungs[2]}, not null
     * @return a new exception with the longer paths, not null
     */
    public ValidationException under(String parent) {
        List<Violation> moved = violations.stream().map(v -> v.under(parent)).collect(Collectors.toList());
        ValidationException result = new ValidationException(subject, moved);
        result.initCause(this);
        return result;
    }
}
