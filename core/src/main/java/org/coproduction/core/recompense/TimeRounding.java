package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.EnumIds;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How paid time is rounded before it is priced: a direction (none, up, to the nearest, down), an
 * increment in minutes (15, 30, 60 …) and a minimum unit.
 *
 * <p>No national rule fixes this. "Round up to the nearest half hour" is often quoted for NIHR schemes but
 * was not found in any source [U] (domain notes §2, "Rounding"), so every policy states its own rule. The
 * minimum applies to any time above zero: with a 60-minute minimum, 20 minutes counts as 60; no time at
 * all stays zero.
 *
 * <pre>{@code
 * TimeRounding.upTo(30).apply(130)   // 150: 2 h 10 min rounded up to 2 h 30 min
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class TimeRounding implements WithTimeRounding {

    /** Which way a number of minutes moves to a multiple of the increment. */
    public enum Direction {
        /** Minutes are paid as given. */
        NONE,
        /** Up to the next multiple (130 → 150 with 30). */
        UP,
        /** To the nearest multiple, halves up (135 → 150, 134 → 120 with 30). */
        NEAREST,
        /** Down to the multiple below (149 → 120 with 30). */
        DOWN;

        /**
         * The direction as written in JSON, such as {@code up}.
         *
         * @return the identifier, not null
         */
        @JsonValue
        public String id() {
            return EnumIds.id(this);
        }

        /**
         * Reads a direction from its identifier or constant name.
         *
         * @param text  the text, such as {@code nearest}, not null
         * @return the direction, not null
         * @throws IllegalArgumentException listing the allowed values if the text names none
         */
        @JsonCreator
        public static Direction parse(String text) {
            return EnumIds.parse(Direction.class, text, "rounding direction");
        }
    }

    /**
     * The direction of rounding.
     *
     * @return the direction, not null
     */
    public abstract Direction direction();

    /**
     * The increment rounded to, in minutes; 1 when the direction is {@link Direction#NONE}.
     *
     * @return the increment, 1 to 1440
     */
    @Value.Default
    public int incrementMinutes() {
        return 1;
    }

    /**
     * The least time paid for any attendance above zero, in minutes; 0 for none.
     *
     * @return the minimum, 0 to 1440
     */
    @Value.Default
    public int minimumMinutes() {
        return 0;
    }

    /**
     * No rounding: minutes are paid as given.
     *
     * @return the rule, not null
     */
    public static TimeRounding none() {
        return TimeRounding.builder().direction(Direction.NONE).build();
    }

    /**
     * Rounding up to a multiple of an increment.
     *
     * @param incrementMinutes  the increment such as 15, 30 or 60
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the increment is not 1 to 1440
     */
    public static TimeRounding upTo(int incrementMinutes) {
        return TimeRounding.builder().direction(Direction.UP).incrementMinutes(incrementMinutes).build();
    }

    /**
     * Rounding to the nearest multiple of an increment, halves up.
     *
     * @param incrementMinutes  the increment such as 15, 30 or 60
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the increment is not 1 to 1440
     */
    public static TimeRounding nearest(int incrementMinutes) {
        return TimeRounding.builder().direction(Direction.NEAREST).incrementMinutes(incrementMinutes).build();
    }

    /**
     * A builder for a rounding rule.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link TimeRounding} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableTimeRounding.Builder {
        Builder() {
        }
    }

    /**
     * Rounds a number of minutes by this rule.
     *
     * @param minutes  the minutes, zero or more
     * @return the rounded minutes
     * @throws IllegalArgumentException if the minutes are negative
     */
    public int apply(int minutes) {
        int rounded = applyIncrement(minutes);
        return minutes == 0 ? 0 : Math.max(rounded, minimumMinutes());
    }

    /**
     * Rounds to the increment without the minimum, to tell whether the minimum raised the time.
     *
     * @param minutes  the minutes, zero or more
     * @return the minutes rounded to the increment
     */
    int applyIncrement(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("minutes: must be ≥ 0, was " + minutes);
        }
        if (minutes == 0) {
            return 0;
        }
        int step = incrementMinutes();
        int rounded;
        switch (direction()) {
            case UP:
                rounded = ((minutes + step - 1) / step) * step;
                break;
            case NEAREST:
                rounded = ((minutes + step / 2) / step) * step;
                break;
            case DOWN:
                rounded = (minutes / step) * step;
                break;
            default:
                rounded = minutes;
        }
        return rounded;
    }

    @Value.Check
    void check() {
        Violations.of("TimeRounding")
                .check(incrementMinutes() >= 1 && incrementMinutes() <= 1440, "incrementMinutes",
                        "must be from 1 to 1440 minutes", incrementMinutes())
                .check(direction() != Direction.NONE || incrementMinutes() == 1, "incrementMinutes",
                        "must be 1 when the direction is none", incrementMinutes())
                .check(minimumMinutes() >= 0 && minimumMinutes() <= 1440, "minimumMinutes",
                        "must be from 0 to 1440 minutes", minimumMinutes())
                .throwIfAny();
    }

    /**
     * The rule in words, such as "rounded up to 30 minutes".
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        String text;
        switch (direction()) {
            case UP:
                text = "rounded up to " + incrementMinutes() + " minutes";
                break;
            case NEAREST:
                text = "rounded to the nearest " + incrementMinutes() + " minutes";
                break;
            case DOWN:
                text = "rounded down to " + incrementMinutes() + " minutes";
                break;
            default:
                text = "not rounded";
        }
        return minimumMinutes() > 0 ? text + ", at least " + minimumMinutes() + " minutes" : text;
    }
}
