package org.coproduction.core.activity;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * That a participant took part in an activity: for how long, with how much preparation and travel time,
 * whether they chaired it, and the expenses they claim.
 *
 * <p>North Tyneside commits to "appropriate recompense for people's time, commensurate with the level of
 * time commitment" (<i>Stronger Together</i>, 2024); recompense policies count preparation (NHS England Role
 * 4, Imperial College Healthcare NHS Trust) and sometimes travel time, and repay expenses. Attendance records
 * the time and claims; what they are worth is for a recompense policy to work out.
 *
 * <p>Rules: both identifiers keep the identifier rule; minutes, preparation minutes and travel minutes are
 * not negative; the expense claims are valid. Within an {@link Activity}, the activity identifier must match
 * the activity and a participant is recorded once.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableAttendance.class)
@JsonDeserialize(as = ImmutableAttendance.class)
public abstract class Attendance {

    /**
     * The pseudonymous identifier of the participant who took part.
     *
     * @return the identifier, not null
     */
    public abstract String participantId();

    /**
     * The identifier of the activity they took part in.
     *
     * @return the identifier, not null
     */
    public abstract String activityId();

    /**
     * How many minutes the participant took part for.
     *
     * @return the minutes, not negative
     */
    public abstract int minutes();

    /**
     * How many minutes the participant spent preparing, such as reading papers; 0 when none.
     *
     * @return the minutes, not negative
     */
    @Value.Default
    public int preparationMinutes() {
        return 0;
    }

    /**
     * How many minutes the participant spent travelling there and back; 0 when none.
     *
     * @return the minutes, not negative
     */
    @Value.Default
    public int travelMinutes() {
        return 0;
    }

    /**
     * Whether the participant chaired or co-chaired the activity.
     *
     * @return true if they chaired it
     */
    @Value.Default
    public boolean chaired() {
        return false;
    }

    /**
     * The expenses the participant claims for this activity; empty when none.
     *
     * @return the claims, not null
     */
    public abstract List<ExpenseClaim> expenses();

    /**
     * A builder for an attendance record.
     *
     * @return a new builder, not null
     */
    public static ImmutableAttendance.Builder builder() {
        return ImmutableAttendance.builder();
    }

    /**
     * The time given in all: taking part, preparing and travelling.
     *
     * @return the minutes, not negative
     */
    public int totalMinutes() {
        return minutes() + preparationMinutes() + travelMinutes();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Attendance");
        Ids.check(problems, participantId(), "participantId");
        Ids.check(problems, activityId(), "activityId");
        problems.check(minutes() >= 0, "minutes", "must not be negative", minutes())
                .check(preparationMinutes() >= 0, "preparationMinutes", "must not be negative", preparationMinutes())
                .check(travelMinutes() >= 0, "travelMinutes", "must not be negative", travelMinutes());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return participantId() + " at " + activityId() + ": " + minutes() + " min (+" + preparationMinutes()
                + " preparation, +" + travelMinutes() + " travel)" + (chaired() ? ", chaired" : "")
                + (expenses().isEmpty() ? "" : ", " + expenses().size() + " expense claim(s)");
    }
}
