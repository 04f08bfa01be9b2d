package org.coproduction.core.activity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Ids;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

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
 * each from 0 to {@value #MAX_MINUTES} (24 hours): one attendance is one activity, taken part in, prepared for
 * and travelled to within a day each, which is also the most a payment statement prices, so a record that
 * reads is a record a statement can price; the expense claims are valid. Within an {@link Activity}, the
 * activity identifier must match the activity and a participant is recorded once.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Attendance implements WithAttendance {

    /** The most minutes of taking part, of preparation and of travel that one attendance records: 24 hours. */
    public static final int MAX_MINUTES = 1440;

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
     * @return the minutes, from 0 to {@value #MAX_MINUTES}
     */
    public abstract int minutes();

    /**
     * How many minutes the participant spent preparing, such as reading papers; 0 when none.
     *
     * @return the minutes, from 0 to {@value #MAX_MINUTES}
     */
    @Value.Default
    public int preparationMinutes() {
        return 0;
    }

    /**
     * How many minutes the participant spent travelling there and back; 0 when none.
     *
     * @return the minutes, from 0 to {@value #MAX_MINUTES}
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
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Attendance} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAttendance.Builder {
        Builder() {
        }
    }

    /**
     * Reads an attendance record from JSON through one factory call rather than one reflective setter per
     * field: councils send attendance by the hundred thousand. Absent fields are left unset, so that the
     * builder names every missing required field and the defaults apply to the rest.
     */
    @JsonCreator
    static Attendance fromJson(
            @JsonProperty("participantId") String participantId,
            @JsonProperty("activityId") String activityId,
            @JsonProperty("minutes") Integer minutes,
            @JsonProperty("preparationMinutes") Integer preparationMinutes,
            @JsonProperty("travelMinutes") Integer travelMinutes,
            @JsonProperty("chaired") Boolean chaired,
            @JsonProperty("expenses") List<ExpenseClaim> expenses) {
        Attendance.Builder builder = builder();
        if (participantId != null) {
            builder.participantId(participantId);
        }
        if (activityId != null) {
            builder.activityId(activityId);
        }
        if (minutes != null) {
            builder.minutes(minutes);
        }
        if (preparationMinutes != null) {
            builder.preparationMinutes(preparationMinutes);
        }
        if (travelMinutes != null) {
            builder.travelMinutes(travelMinutes);
        }
        if (chaired != null) {
            builder.chaired(chaired);
        }
        if (expenses != null) {
            builder.expenses(expenses);
        }
        return builder.build();
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
        // Checked with plain conditions so that valid records, read by the hundred thousand, box nothing.
        checkMinutes(problems, minutes(), "minutes", "");
        checkMinutes(problems, preparationMinutes(), "preparationMinutes", " for one activity");
        checkMinutes(problems, travelMinutes(), "travelMinutes", " for one activity");
        problems.throwIfAny();
    }

    private static void checkMinutes(Violations problems, int minutes, String path, String scope) {
        if (minutes < 0) {
            problems.add(Violation.of(path, "must not be negative", minutes));
        } else if (minutes > MAX_MINUTES) {
            problems.add(Violation.of(path, "must be at most " + MAX_MINUTES + " (24 hours)" + scope, minutes));
        }
    }

    @Override
    public String toString() {
        return participantId() + " at " + activityId() + ": " + minutes() + " min (+" + preparationMinutes()
                + " preparation, +" + travelMinutes() + " travel)" + (chaired() ? ", chaired" : "")
                + (expenses().isEmpty() ? "" : ", " + expenses().size() + " expense claim(s)");
    }
}
