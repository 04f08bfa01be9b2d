package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One version of a policy's rates and rules, in force from one date to another (both inclusive), so that
 * a statement for last year uses last year's rates: who is paid, at what rate, how time is rounded,
 * whether preparation and travel time count, the chair's uplift, the caps, and the expense rules.
 *
 * <p>Each schedule carries the source and version it was taken from, and that source's
 * {@linkplain org.coproduction.core.source.SourceStatus status}: a schedule whose rates are not confirmed is
 * marked {@code unverified} and must not be presented as official.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RateSchedule implements WithRateSchedule {

    /**
     * The version of the rates, such as "NIHR rates from 16 December 2025", shown on every line.
     *
     * @return the version, not blank
     */
    public abstract String version();

    /**
     * The first day these rates apply.
     *
     * @return the date, not null
     */
    public abstract LocalDate effectiveFrom();

    /**
     * The last day these rates apply, inclusive; empty while they are current.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> effectiveTo();

    /**
     * Where the rates come from and how far they have been checked.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The rate rules, most specific first; the first that applies to an attendance is used.
     *
     * @return the rules, not empty
     */
    public abstract List<RateRule> rules();

    /**
     * How paid time is rounded before it is priced.
     *
     * @return the rounding, not rounded unless set
     */
    @Value.Default
    public TimeRounding rounding() {
        return TimeRounding.none();
    }

    /**
     * How preparation time counts.
     *
     * @return the rule, not paid separately unless set
     */
    @Value.Default
    public PreparationTime preparation() {
        return PreparationTime.notPaid();
    }

    /**
     * The share of travel time that is paid: 0 for not paid, 1 for paid at the full rate, 0.5 for half
     * (domain notes, rule type 8). Travel time that is not counted (all of it under rules not priced by the
     * minute) is listed on the statement as a line not paid under this policy, never dropped.
     *
     * @return the share, 0 to 1, with at most 10 decimal places
     */
    @Value.Default
    public BigDecimal travelTimeShare() {
        return BigDecimal.ZERO;
    }

    /**
     * The multiplier on payment for time for a person who chaired the activity, such as 1.5.
     *
     * @return the multiplier, from 1 to 10 with at most 10 decimal places (the library's bound: no source
     *     gives an uplift near ten times), or empty for no uplift
     */
    public abstract Optional<BigDecimal> chairMultiplier();

    /**
     * The caps on payment for time per day, week and tax year.
     *
     * @return the caps, none unless set
     */
    @Value.Default
    public Caps caps() {
        return Caps.none();
    }

    /**
     * The expense rules by category. A claim in a category with no rule is held, not dropped.
     *
     * @return the rules, not null
     */
    public abstract List<ExpenseRule> expenseRules();

    /**
     * How many days after the activity an expense may be claimed, such as 90 (AceCentre: three months). A
     * claim is tested with the day it records as submitted, or else with the statement options' day the claims
     * were received; a claim with neither is not tested. A late claim is held, not dropped.
     *
     * @return the window, or empty for none
     */
    public abstract Optional<Integer> claimWindowDays();

    /**
     * A builder for a schedule.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link RateSchedule} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableRateSchedule.Builder {
        Builder() {
        }
    }

    /**
     * Whether the schedule is in force on a day.
     *
     * @param day  the day, not null
     * @return true if the day is within the effective dates
     */
    public boolean isInForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom()) && (effectiveTo().isEmpty() || !day.isAfter(effectiveTo().get()));
    }

    /**
     * The first rule that applies to a participant's roles and involvement at an activity type.
     *
     * @param participantRoles  the role identifiers, not null
     * @param involvementLevel  the level of involvement identifier, not null
     * @param activityType  the activity type identifier, not null
     * @return the rule, or empty if none applies
     */
    public Optional<RateRule> ruleFor(Set<String> participantRoles, String involvementLevel, String activityType) {
        for (RateRule rule : rules()) {
            if (rule.appliesTo(participantRoles, involvementLevel, activityType)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * The expense rule for a category.
     *
     * @param category  the category identifier, not null
     * @return the rule, or empty if the schedule has none for it
     */
    public Optional<ExpenseRule> expenseRuleFor(String category) {
        for (ExpenseRule rule : expenseRules()) {
            if (rule.category().equals(category)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    RateSchedule check() {
        Violations problems = Violations.of("RateSchedule").notBlank(version(), "version")
                .check(!rules().isEmpty(), "rules", "must not be empty")
                .unique(rules(), RateRule::id, "rules", "id")
                .unique(expenseRules(), ExpenseRule::category, "expenseRules", "category")
                .check(travelTimeShare().signum() >= 0 && travelTimeShare().compareTo(BigDecimal.ONE) <= 0,
                        "travelTimeShare", "must be from 0 to 1", travelTimeShare());
        Quantities.decimals(problems, travelTimeShare(), Quantities.MAX_RATE_DECIMALS, "travelTimeShare", "");
        effectiveTo().ifPresent(to -> problems.check(!to.isBefore(effectiveFrom()), "effectiveTo",
                "must not be before effectiveFrom (" + effectiveFrom() + ")", to));
        chairMultiplier().ifPresent(m -> {
            problems.check(m.compareTo(BigDecimal.ONE) >= 0, "chairMultiplier", "must be 1 or more", m);
            Quantities.atMost(problems, m, BigDecimal.TEN, "chairMultiplier", "");
            Quantities.decimals(problems, m, Quantities.MAX_RATE_DECIMALS, "chairMultiplier", "");
        });
        claimWindowDays().ifPresent(d -> problems.check(d >= 1, "claimWindowDays", "must be 1 or more", d));
        problems.throwIfAny();
        // Checked first, so that only numbers in range are written out in plain digits.
        if (Quantities.needsPlain(travelTimeShare()) || chairMultiplier().filter(Quantities::needsPlain).isPresent()) {
            return builder().from(this).travelTimeShare(Quantities.plain(travelTimeShare()))
                    .chairMultiplier(chairMultiplier().map(Quantities::plain)).build();
        }
        return this;
    }

    @Override
    public String toString() {
        return "RateSchedule " + version() + " (" + effectiveFrom() + " to "
                + effectiveTo().map(LocalDate::toString).orElse("now") + ", " + source().status().id() + ")";
    }
}
