package org.coproduction.core.recording;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One participant's involvement across a record: the activities they took part in, the time they gave, and
 * the rungs of the ladder they took part at. See {@link CoproductionRecord#involvement(String)}.
 *
 * <p>Rules: minutes are not negative; activities chaired are not more than the activities.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Involvement implements WithInvolvement {

    /**
     * The participant's pseudonymous identifier.
     *
     * @return the identifier, not null
     */
    public abstract String participantId();

    /**
     * The activities they took part in, in the record's order.
     *
     * @return the activities' identifiers, not null
     */
    public abstract List<String> activityIds();

    /**
     * Minutes taken part, not counting preparation or travel.
     *
     * @return the minutes, not negative
     */
    public abstract long minutes();

    /**
     * Minutes spent preparing.
     *
     * @return the minutes, not negative
     */
    public abstract long preparationMinutes();

    /**
     * Minutes spent travelling.
     *
     * @return the minutes, not negative
     */
    public abstract long travelMinutes();

    /**
     * How many of the activities they chaired or co-chaired.
     *
     * @return the count, not negative
     */
    public abstract int activitiesChaired();

    /**
     * Activities and minutes at each rung they took part at, bottom rung first.
     *
     * @return the totals by rung, not null
     */
    public abstract List<RungTime> byRung();

    /**
     * A builder for involvement totals.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Involvement} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableInvolvement.Builder {
        Builder() {
        }
    }

    /**
     * Hours taken part, from {@link #minutes()} divided by 60, rounded half up to two decimal places.
     *
     * @return the hours, not null
     */
    public BigDecimal hours() {
        return BigDecimal.valueOf(minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /**
     * The rungs they took part at.
     *
     * @return the rungs, not null
     */
    public Set<Rung> rungs() {
        return byRung().stream().map(RungTime::rung).collect(Collectors.toUnmodifiableSet());
    }

    @Value.Check
    void check() {
        Violations.of("Involvement")
                .check(minutes() >= 0, "minutes", "must not be negative", minutes())
                .check(preparationMinutes() >= 0, "preparationMinutes", "must not be negative", preparationMinutes())
                .check(travelMinutes() >= 0, "travelMinutes", "must not be negative", travelMinutes())
                .check(activitiesChaired() >= 0 && activitiesChaired() <= activityIds().size(), "activitiesChaired",
                        "must be from 0 to the number of activities " + activityIds().size(), activitiesChaired())
                .throwIfAny();
    }

    @Override
    public String toString() {
        return participantId() + ": " + activityIds().size() + " activities, " + hours() + " h, rungs " + byRung();
    }
}
