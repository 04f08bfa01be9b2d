package org.coproduction.core.source;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * Something in a record that a source suggests its owner should look at: not an error, since the record is
 * valid and may be right, but a point to check, with the source that raises it.
 *
 * <p>An error ({@link org.coproduction.core.validation.Violation}) stops a record being built; a finding
 * does not. A person who asked only to be kept informed but is recorded chairing a meeting is a finding:
 * the record may be wrong, or the person may have changed their mind without the record being updated.
 *
 * @param path  where in the record the finding is, such as {@code participants[3]} or
 *     {@code projects[0].termsOfReference}; empty for the record as a whole; not null
 * @param code  the finding's kind in kebab case, such as {@code chaired-without-asking-to-lead}, not blank
 * @param message  the finding in plain words, for the record's owner, not blank
 * @param source  the source that raises the point, not null
 */
@Stable
public record Finding(String path, String code, String message, Citation source) {

    /**
     * Checks the finding.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every missing or blank part
     */
    public Finding {
        Violations.of("Finding")
                .check(path != null, "path", "is required")
                .check(code != null && !code.isBlank(), "code", "must not be blank", code)
                .check(message != null && !message.isBlank(), "message", "must not be blank", message)
                .check(source != null, "source", "is required")
                .throwIfAny();
    }

    /**
     * The finding as one line: {@code path: message [code]}.
     *
     * @return the line, not null
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "" : path + ": ") + message + " [" + code + "]";
    }
}
