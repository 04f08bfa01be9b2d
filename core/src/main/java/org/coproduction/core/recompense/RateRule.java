package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Who is paid for time, and how: a rule that applies to some participant roles and activity types and
 * prices the paid time by its {@link RateBasis}.
 *
 * <p>Within a {@link RateSchedule} the first rule that {@linkplain #appliesTo applies} wins, so a schedule
 * lists its specific rules before its general ones. Roles and activity types are the identifiers used in
 * participant and activity records ({@code lived-experience}, {@code workshop}); an empty set means any.
 *
 * <pre>{@code
 * RateRule.builder().id("public-contributor").description("Public contributor time")
 *     .basis(RateBasis.HOURLY).hourlyRate(new BigDecimal("27.50")).build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RateRule implements WithRateRule {

    /**
     * The rule's identifier within its schedule, shown on every statement line it produces.
     *
     * @return the identifier, not blank
     */
    public abstract String id();

    /**
     * What the rule pays for, in words a participant understands, such as "Role 4 (strategic) day rate".
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * The participant roles the rule applies to (any one of them); empty for any role. Each is a
     * {@link ParticipantRole} id, such as {@code lived-experience}.
     *
     * @return the role identifiers, not null
     */
    public abstract Set<String> roles();

    /**
     * The levels of involvement the rule applies to ({@code share-views}, {@code one-off-activities},
     * {@code regular-member}, {@code lead}); empty for any. NHS England's four PPV partner roles
     * (open access; one-off workshop; regular working group; senior strategic role [V]) are matched this way.
     *
     * @return the involvement level identifiers, not null
     */
    public abstract Set<String> involvementLevels();

    /**
     * The activity types the rule applies to; empty for any type. Each is an {@link ActivityType} id, such
     * as {@code workshop}.
     *
     * @return the activity type identifiers, not null
     */
    public abstract Set<String> activityTypes();

    /**
     * How the rule prices time.
     *
     * @return the basis, not null
     */
    public abstract RateBasis basis();

    /**
     * The hourly rate, for {@link RateBasis#HOURLY} and {@link RateBasis#TIME_EQUIVALENT}.
     *
     * @return the rate in the policy's currency, or empty
     */
    public abstract Optional<BigDecimal> hourlyRate();

    /**
     * The duration bands, shortest first, for {@link RateBasis#BANDED}. Paid time longer than the last band
     * is paid the last band's amount: the top band (a day rate) is the ceiling, and the line says so.
     *
     * @return the bands, not null
     */
    public abstract List<DurationBand> bands();

    /**
     * The fee per activity, for {@link RateBasis#FLAT_FEE}.
     *
     * @return the fee, or empty
     */
    public abstract Optional<BigDecimal> flatFee();

    /**
     * The time the activity counts as, in minutes, for {@link RateBasis#TIME_EQUIVALENT}.
     *
     * @return the minutes, or empty
     */
    public abstract Optional<Integer> equivalentMinutes();

    /**
     * Why time is not paid, for {@link RateBasis#UNPAID}, such as "staff taking part in paid time are not
     * paid again".
     *
     * @return the reason, or empty
     */
    public abstract Optional<String> unpaidReason();

    /**
     * A builder for a rule.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link RateRule} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableRateRule.Builder {
        Builder() {
        }
    }

    /**
     * Whether this rule applies to a participant with some roles and a level of involvement at an activity
     * of some type.
     *
     * @param participantRoles  the participant's role identifiers, not null
     * @param involvementLevel  the participant's level of involvement identifier, not null
     * @param activityType  the activity type identifier, not null
     * @return true if the rule applies
     */
    public boolean appliesTo(Set<String> participantRoles, String involvementLevel, String activityType) {
        if (!activityTypes().isEmpty() && !activityTypes().contains(activityType)) {
            return false;
        }
        if (!involvementLevels().isEmpty() && !involvementLevels().contains(involvementLevel)) {
            return false;
        }
        if (roles().isEmpty()) {
            return true;
        }
        for (String role : participantRoles) {
            if (roles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("RateRule").notBlank(id(), "id").notBlank(description(), "description");
        RateBasis basis = basis();
        boolean hourly = basis == RateBasis.HOURLY || basis == RateBasis.TIME_EQUIVALENT;
        problems.check(hourlyRate().isPresent() == hourly, "hourlyRate",
                (hourly ? "is required" : "must be absent") + " when the basis is " + basis.id());
        problems.check(bands().isEmpty() != (basis == RateBasis.BANDED), "bands",
                (basis == RateBasis.BANDED ? "must not be empty" : "must be empty") + " when the basis is " + basis.id());
        problems.check(flatFee().isPresent() == (basis == RateBasis.FLAT_FEE), "flatFee",
                (basis == RateBasis.FLAT_FEE ? "is required" : "must be absent") + " when the basis is " + basis.id());
        problems.check(equivalentMinutes().isPresent() == (basis == RateBasis.TIME_EQUIVALENT), "equivalentMinutes",
                (basis == RateBasis.TIME_EQUIVALENT ? "is required" : "must be absent")
                        + " when the basis is " + basis.id());
        problems.check(unpaidReason().isPresent() == (basis == RateBasis.UNPAID), "unpaidReason",
                (basis == RateBasis.UNPAID ? "is required" : "must be absent") + " when the basis is " + basis.id());
        hourlyRate().ifPresent(r -> problems.check(r.signum() >= 0, "hourlyRate", "must be ≥ 0", r));
        flatFee().ifPresent(f -> problems.check(f.signum() >= 0, "flatFee", "must be ≥ 0", f));
        equivalentMinutes().ifPresent(m -> problems.check(m >= 1 && m <= 1440, "equivalentMinutes",
                "must be from 1 to 1440 minutes", m));
        unpaidReason().ifPresent(r -> problems.notBlank(r, "unpaidReason"));
        // A misspelt code would match no one and silently hold the pay of everyone it was meant for.
        knownCodes(problems, roles(), "roles", "a participant role", codes(ParticipantRole.values(), ParticipantRole::id));
        knownCodes(problems, involvementLevels(), "involvementLevels", "an involvement level",
                codes(InvolvementLevel.values(), InvolvementLevel::id));
        knownCodes(problems, activityTypes(), "activityTypes", "an activity type",
                codes(ActivityType.values(), ActivityType::id));
        for (int i = 1; i < bands().size(); i++) {
            problems.check(bands().get(i).upToMinutes() > bands().get(i - 1).upToMinutes(),
                    "bands[" + i + "].upToMinutes", "must be longer than bands[" + (i - 1) + "].upToMinutes ("
                            + bands().get(i - 1).upToMinutes() + ")", bands().get(i).upToMinutes());
        }
        problems.throwIfAny();
    }

    private static <E> List<String> codes(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }

    private static void knownCodes(Violations problems, Set<String> codes, String path, String what, List<String> known) {
        int i = 0;
        for (String code : codes) {
            problems.check(known.contains(code), path + "[" + i + "]",
                    "must be " + what + ": one of " + String.join(", ", known), code);
            i++;
        }
    }

    @Override
    public String toString() {
        return "RateRule " + id() + " (" + basis().id() + ")";
    }
}
