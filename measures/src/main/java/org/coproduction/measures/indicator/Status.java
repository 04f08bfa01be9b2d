package org.coproduction.measures.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Where an indicator stands against its target. The rule that decides it is described on
 * {@link IndicatorTrack#status(java.time.LocalDate)}.
 */
@Stable
public enum Status {
    /** The latest observation reaches the target. */
    MET,
    /** The target is not yet reached nor yet due, and the latest observation is at or beyond the straight
     * line from the baseline to the target. */
    ON_TRACK,
    /** The target is not reached, and either its date has passed or the latest observation is behind the
     * straight line from the baseline to the target. */
    NOT_MET,
    /** There is no observation since the baseline, or the latest one is older than the reporting interval
     * allows: the library does not guess. */
    NOT_ENOUGH_DATA;

    /**
     * The status as written in JSON, such as {@code on-track}.
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
     * @param text  the text, such as {@code not-enough-data}, not null
     * @return the status, not null
     * @throws IllegalArgumentException if the text names no status
     */
    @JsonCreator
    public static Status parse(CharSequence text) {
        return EnumIds.parse(Status.class, text, "status");
    }
}
