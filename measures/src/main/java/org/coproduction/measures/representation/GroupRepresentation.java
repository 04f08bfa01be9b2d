package org.coproduction.measures.representation;

import java.util.Locale;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How well one group is represented among participants compared with its reference population.
 *
 * <p>Every figure is a finite number, never NaN or an infinity, within the range its accessor gives; a
 * negative zero ({@code -0.0}) is kept as {@code 0.0}, whether the value is built in code or read from JSON,
 * so that a value read and written again is equal.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class GroupRepresentation implements WithGroupRepresentation {

    /**
     * The group's label.
     *
     * @return the label, not null
     */
    public abstract String group();

    /**
     * The number of participants in the group.
     *
     * @return the count, at least 0
     */
    public abstract long participants();

    /**
     * The group's share of all participants.
     *
     * @return the share, 0 to 1
     */
    public abstract double participantShare();

    /**
     * The group's share of the reference population.
     *
     * @return the share, more than 0
     */
    public abstract double populationShare();

    /**
     * The number of participants expected if the group were represented in proportion: total × share.
     *
     * @return the expected count
     */
    public abstract double expected();

    /**
     * The representation ratio (participation-to-prevalence ratio): participant share ÷ population share.
     * 1 is proportional; below 1 is under-represented.
     *
     * @return the ratio, at least 0
     */
    public abstract double ratio();

    /**
     * Whether the ratio is below the under-representation threshold used.
     *
     * @return true if under-represented
     */
    public abstract boolean underRepresented();

    /**
     * Whether the group is marked as seldom heard in the reference population.
     *
     * @return true for a seldom-heard group
     */
    public abstract boolean seldomHeard();

    /**
     * Whether this is a seldom-heard group that is under-represented: the flag a board should see.
     *
     * @return true when both hold
     */
    public boolean flagged() {
        return seldomHeard() && underRepresented();
    }

    @Value.Check
    GroupRepresentation check() {
        Violations.of("GroupRepresentation")
                .check(participants() >= 0, "participants", "must not be negative", participants())
                .check(participantShare() >= 0 && participantShare() <= 1, "participantShare", "must be 0 to 1",
                        participantShare())
                .check(populationShare() > 0 && populationShare() <= 1, "populationShare",
                        "must be more than 0 and at most 1", populationShare())
                .check(expected() >= 0 && Double.isFinite(expected()), "expected", "must be finite and not negative",
                        expected())
                .check(ratio() >= 0 && Double.isFinite(ratio()), "ratio", "must be finite and not negative", ratio())
                .throwIfAny();
        // -0.0 is 0.0 to every figure, but another value to equals and written as 0.0: x + 0.0 makes it 0.0
        // (IEEE 754) and leaves every other number as it is; with* gives back this value when nothing changes.
        return withParticipantShare(participantShare() + 0.0).withExpected(expected() + 0.0).withRatio(ratio() + 0.0);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: ratio %.2f%s", group(), ratio(),
                flagged() ? " (seldom heard, under-represented)" : underRepresented() ? " (under-represented)" : "");
    }
}
