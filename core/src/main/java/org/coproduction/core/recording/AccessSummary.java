package org.coproduction.core.recording;

import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.participant.AccessNeed;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The access arrangements an activity's attendees need, counted, without saying who needs what: for example
 * two need Easy Read and one needs a BSL interpreter, so that the organiser can book them. See
 * {@link CoproductionRecord#accessSummary(String)}.
 *
 * <p>North Tyneside's lead learns people's accessibility requirements before working together (<i>Stronger
 * Together</i>, 2024). The summary is for planning the activity; counts published beyond the organisers
 * should go through small-number suppression.
 *
 * <p>Rules: counts are positive and none exceeds the number of attendees.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AccessSummary implements WithAccessSummary {

    /**
     * The activity's identifier.
     *
     * @return the identifier, not null
     */
    public abstract String activityId();

    /**
     * How many people attended.
     *
     * @return the count, not negative
     */
    public abstract int attendees();

    /**
     * How many attendees need each arrangement; needs no attendee has are left out.
     *
     * @return the counts by need, not null
     */
    public abstract Map<AccessNeed, Integer> needs();

    /**
     * A builder for an access summary.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AccessSummary} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAccessSummary.Builder {
        Builder() {
        }
    }

    /**
     * How many attendees need an arrangement.
     *
     * @param need  the arrangement, not null
     * @return the count, 0 when no one needs it
     */
    public int count(AccessNeed need) {
        return needs().getOrDefault(need, 0);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("AccessSummary")
                .check(attendees() >= 0, "attendees", "must not be negative", attendees());
        needs().forEach((need, count) -> problems.check(count > 0 && count <= attendees(), "needs." + need.id(),
                "must be from 1 to the number of attendees " + attendees(), count));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return activityId() + ": " + attendees() + " attendees, needs " + needs();
    }
}
