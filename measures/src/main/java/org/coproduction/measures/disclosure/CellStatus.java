package org.coproduction.measures.disclosure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * Whether a cell of a published table shows its count.
 *
 * <p>There is one status for every hidden cell, whether it was hidden for being small or to protect another
 * hidden cell. Telling the two apart would tell a reader that the first kind is below the threshold and the
 * second is not, and such bounds, with the totals, can pin a hidden count (two cells "below 5" that sum to
 * 8 are both 4). Which cells were small stays inside {@link DisclosureRule#apply}.
 */
@Experimental
public enum CellStatus {
    /** The count is shown (rounded, if the rule rounds). */
    PUBLISHED,
    /** The count is hidden: it was small, or it was hidden so that a small count cannot be worked out. */
    SUPPRESSED;

    /**
     * Whether the count is hidden.
     *
     * @return true when suppressed
     */
    public boolean isSuppressed() {
        return this == SUPPRESSED;
    }

    /**
     * The status as written in JSON: {@code published} or {@code suppressed}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
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
        return EnumIds.parse(CellStatus.class, text, "cell status");
    }
}
