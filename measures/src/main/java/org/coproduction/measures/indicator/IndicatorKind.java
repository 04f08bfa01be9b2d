package org.coproduction.measures.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * What sort of number an indicator is, which says how its observations may be read and combined.
 */
@Stable
public enum IndicatorKind {
    /** A share of people or records, such as the ASCOF 1B share of users with control over daily life. */
    PROPORTION,
    /** A number of things, such as self-referrals in a quarter. */
    COUNT,
    /** A number of events per unit of exposure or time, such as referrals per 1,000 adults. */
    RATE,
    /** An average of a quantity, such as the median days taken to close a feedback item. */
    MEAN,
    /** A score on a scale, such as the ASCOF 1A social care-related quality of life score out of 24. */
    SCORE;

    /**
     * The kind as written in JSON, such as {@code proportion}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a kind from its identifier or constant name, ignoring case.
     *
     * @param text  the text, such as {@code proportion}, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the text names no kind
     */
    @JsonCreator
    public static IndicatorKind parse(CharSequence text) {
        return EnumIds.parse(IndicatorKind.class, text, "indicator kind");
    }
}
