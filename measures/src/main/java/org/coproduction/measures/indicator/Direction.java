package org.coproduction.measures.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;

/**
 * Which way an indicator should move for things to be getting better: up for the share of people who
 * find information easy to find, down for repeat referrals of the same people.
 */
@Stable
public enum Direction {
    /** A higher value is better. */
    HIGHER_IS_BETTER,
    /** A lower value is better. */
    LOWER_IS_BETTER;

    /**
     * Whether a value is at least as good as another in this direction.
     *
     * @param value  the value to judge, not null
     * @param benchmark  the value to compare with, not null
     * @return true if {@code value} is as good as or better than {@code benchmark}
     */
    public boolean atLeastAsGood(java.math.BigDecimal value, java.math.BigDecimal benchmark) {
        int c = value.compareTo(benchmark);
        return this == HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }

    /**
     * The direction as written in JSON, such as {@code higher-is-better}.
     *
     * @return the identifier, not null
     */
    @JsonValue
    public String id() {
        return EnumIds.id(this);
    }

    /**
     * Reads a direction from its identifier or constant name, ignoring case.
     *
     * @param text  the text, such as {@code lower-is-better}, not null
     * @return the direction, not null
     * @throws IllegalArgumentException if the text names no direction
     */
    @JsonCreator
    public static Direction parse(CharSequence text) {
        return EnumIds.parse(Direction.class, text, "direction");
    }
}
