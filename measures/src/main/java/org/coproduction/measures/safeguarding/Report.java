package org.coproduction.measures.safeguarding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.EnumIds;

/**
 * What a person taking part in an evaluation reported on one aspect of the adult support and protection
 * process, compared with what they expected or had before.
 */
@Experimental
public enum Report {
    /** The person reported it better. */
    BETTER,
    /** The person reported it no better (the same or worse). */
    NOT_BETTER,
    /** The person did not answer; not counted in the denominator. */
    NOT_ANSWERED;

    /**
     * The report as written in JSON, such as {@code not-better}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a report from its identifier or constant name, ignoring case.
     *
     * @param text  the text, not null
     * @return the report, not null
     * @throws IllegalArgumentException if the text names no report
     */
    @JsonCreator
    public static Report parse(CharSequence text) {
        return EnumIds.parse(Report.class, text, "report");
    }
}
