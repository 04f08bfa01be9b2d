package org.coproduction.core.recording;

import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How many activities a participant took part in at one rung of the ladder, and for how many minutes.
 * Part of an {@link Involvement}.
 *
 * <p>Rule: counts are not negative.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RungTime implements WithRungTime {

    /**
     * The rung the activities worked at.
     *
     * @return the rung, not null
     */
    public abstract Rung rung();

    /**
     * How many activities at this rung.
     *
     * @return the count, not negative
     */
    public abstract int activities();

    /**
     * Minutes taken part at this rung, not counting preparation or travel.
     *
     * @return the minutes, not negative
     */
    public abstract long minutes();

    /**
     * A rung's totals.
     *
     * @param rung  the rung, not null
     * @param activities  how many activities, not negative
     * @param minutes  minutes taken part, not negative
     * @return the totals, not null
     */
    public static RungTime of(Rung rung, int activities, long minutes) {
        return ImmutableRungTime.builder().rung(rung).activities(activities).minutes(minutes).build();
    }

    @Value.Check
    void check() {
        Violations.of("RungTime").check(activities() >= 0, "activities", "must not be negative", activities())
                .check(minutes() >= 0, "minutes", "must not be negative", minutes()).throwIfAny();
    }

    @Override
    public String toString() {
        return rung().id() + ": " + activities() + " activities, " + minutes() + " min";
    }
}
