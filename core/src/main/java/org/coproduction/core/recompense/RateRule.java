package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
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
@Stable
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
     * The duration bands, shortest first, for {@link RateBasis#BANDED}. A fixed band pays its amount for any
     * time in it (a half-day or day fee). An hourly band is paid marginally: its rate for the minutes within it,
     * on top of what the bands below pay at their top, so £20 an hour up to 2 h and £15 beyond pays £40.00 for
     * 120 minutes and £40.25 for 121. Paid time longer than the last band is paid what the last band pays at its
     * top: the top band is the ceiling, and the line says so. More time never pays less: a rule whose fixed band
     * pays less than the bands below it pay at their top is refused, naming the bands.
     *
     * @return the bands, not null
     */
    public abstract List<DurationBand> bands();

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

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

    /**
     * What the bands pay for the paid minutes, exactly (not rounded), in sixtieths of the currency: an amount
     * times 60, or an hourly rate times minutes. See {@link #bands()}.
     */
    BigDecimal bandSixtieths(int minutes) {
        BigDecimal paid = BigDecimal.ZERO;
        int below = 0;
        for (DurationBand band : bands()) {
            int inBand = Math.min(minutes, band.upToMinutes()) - below;
            paid = band.amount().isPresent() ? band.amount().get().multiply(SIXTY)
                    : paid.add(band.hourlyRate().orElseThrow().multiply(BigDecimal.valueOf(inBand)));
            if (minutes <= band.upToMinutes()) {
                break;
            }
            below = band.upToMinutes();
        }
        return paid;
    }

    @Value.Check
    RateRule check() {
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
        hourlyRate().ifPresent(r -> Quantities.rate(problems.check(r.signum() >= 0, "hourlyRate", "must be ≥ 0", r),
                r, "hourlyRate"));
        flatFee().ifPresent(f -> Quantities.rate(problems.check(f.signum() >= 0, "flatFee", "must be ≥ 0", f), f,
                "flatFee"));
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
            DurationBand below = bands().get(i - 1);
            DurationBand band = bands().get(i);
            problems.check(band.upToMinutes() > below.upToMinutes(), "bands[" + i + "].upToMinutes",
                    "must be longer than bands[" + (i - 1) + "].upToMinutes (" + below.upToMinutes() + ")",
                    band.upToMinutes());
            if (band.amount().isPresent() && band.upToMinutes() > below.upToMinutes()) {
                // Compared exactly, in sixtieths; shown rounded up to the penny.
                BigDecimal atTop = bandSixtieths(below.upToMinutes());
                problems.check(band.amount().get().multiply(SIXTY).compareTo(atTop) >= 0, "bands[" + i + "].amount",
                        "must be at least " + atTop.divide(SIXTY, 2, RoundingMode.UP).toPlainString()
                                + ", what the bands up to bands[" + (i - 1) + "] pay for " + below.upToMinutes()
                                + " minutes: more time must never pay less", band.amount().get());
            }
        }
        problems.throwIfAny();
        // Checked first, so that only rates in range are written out in plain digits.
        if (hourlyRate().filter(Quantities::needsPlain).isPresent()
                || flatFee().filter(Quantities::needsPlain).isPresent()) {
            return builder().from(this).hourlyRate(hourlyRate().map(Quantities::plain))
                    .flatFee(flatFee().map(Quantities::plain)).build();
        }
        return this;
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
