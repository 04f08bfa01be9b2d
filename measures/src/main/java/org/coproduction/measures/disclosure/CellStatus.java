package org.coproduction.measures.disclosure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;

/** Whether a cell of a published table shows its count, and if not, why not. */
@Experimental
public enum CellStatus {
    /** The count is shown (rounded, if the rule rounds). */
    PUBLISHED,
    /** Suppressed because the count is below the threshold. */
    PRIMARY_SUPPRESSION,
    /** Suppressed, though not small, so that a suppressed small count cannot be worked out from the totals. */
    SECONDARY_SUPPRESSION;

    /**
     * Whether the count is hidden.
     *
     * @return true for either kind of suppression
     */
    public boolean isSuppressed() {
        return this != PUBLISHED;
    }

    /**
     * The status as written in JSON, such as {@code primary-suppression}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a status from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the status, not null
     * @throws IllegalArgumentException if the text names no status
     */
    @JsonCreator
    public static CellStatus parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CellStatus s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown cell status \"" + text
                + "\"; expected published, primary-suppression or secondary-suppression");
    }
}
