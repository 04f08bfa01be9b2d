package org.coproduction.assessment.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.recompense.RateBasis;
import org.coproduction.core.recompense.RateSchedule;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The recompense policy a project works under, as the host records it: which policy, from when, and what it
 * covers; {@link #of} makes one from the {@link RecompensePolicy} the host already holds. The assessment reads
 * it to answer "what recompense and practical support do people get".
 *
 * <p>North Tyneside commits: "There will be appropriate recompense for people's time, commensurate with the
 * level of time commitment" and the Care Act procedures to reimbursing expenses and practical support
 * (<i>Stronger Together</i>, 2024; Care Act 2014 procedures chapter on co-production).
 */
@Stable
@Value.Immutable
@ValueStyle
public abstract class RecompensePolicySummary implements WithRecompensePolicySummary {

    /**
     * The policy's identifier in the host's records.
     *
     * @return the identifier
     */
    public abstract String policyId();

    /**
     * The day the policy took effect.
     *
     * @return the date
     */
    public abstract LocalDate effectiveFrom();

    /**
     * The last day the policy applied, if it has ended.
     *
     * @return the date, or empty while in force
     */
    public abstract Optional<LocalDate> effectiveTo();

    /**
     * Whether people are paid for their time.
     *
     * @return true if time is paid
     */
    public abstract boolean paysTime();

    /**
     * Whether expenses are paid.
     *
     * @return true if expenses are paid
     */
    public abstract boolean paysExpenses();

    /**
     * Whether practical support is offered (help with travel, carers' cover, preparation, jargon).
     *
     * @return true if practical support is offered
     */
    public abstract boolean practicalSupport();

    /**
     * Whether training and mentoring are offered.
     *
     * @return true if training is offered
     */
    public abstract boolean training();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link RecompensePolicySummary} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableRecompensePolicySummary.Builder {
        Builder() {
        }
    }

    /**
     * The policy a host already holds as a {@link RecompensePolicy}, as in force: its identifier, the first day
     * of its first schedule and the last day of its last (none while the last is open-ended), whether any
     * schedule pays for time (a rate rule that is not unpaid) and whether any repays expenses (an expense rule).
     * Practical support and training are not in a payment policy, so the host says whether they are offered.
     *
     * <pre>{@code
     * RecompensePolicySummary.of(Recompense.nihr(), true, false)   // time and expenses paid, support, no training
     * }</pre>
     *
     * @param policy  the policy, not null
     * @param practicalSupport  whether practical support is offered
     * @param training  whether training and mentoring are offered
     * @return the policy in force, not null
     */
    public static RecompensePolicySummary of(RecompensePolicy policy, boolean practicalSupport, boolean training) {
        List<RateSchedule> schedules = policy.schedules();
        boolean time = schedules.stream().flatMap(s -> s.rules().stream()).anyMatch(r -> r.basis() != RateBasis.UNPAID);
        boolean expenses = schedules.stream().anyMatch(s -> !s.expenseRules().isEmpty());
        return builder().policyId(policy.id()).effectiveFrom(schedules.get(0).effectiveFrom())
                .effectiveTo(schedules.get(schedules.size() - 1).effectiveTo()).paysTime(time).paysExpenses(expenses)
                .practicalSupport(practicalSupport).training(training).build();
    }

    /**
     * Whether the policy is in force on a day.
     *
     * @param day  the day
     * @return true from the effective date to the end date, inclusive
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom()) && effectiveTo().map(end -> !day.isAfter(end)).orElse(true);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("RecompensePolicySummary").notBlank(policyId(), "policyId");
        effectiveTo().ifPresent(end -> problems.check(!end.isBefore(effectiveFrom()), "effectiveTo",
                "must not be before effectiveFrom " + effectiveFrom(), end));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Recompense policy " + policyId() + " from " + effectiveFrom();
    }
}
