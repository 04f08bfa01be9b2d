package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * How one category of expense is reimbursed: at cost, kept apart from payment for time, with its evidence
 * and approval rules (domain notes, rule type 10).
 *
 * <p>Genuine expenses are repaid at cost and are not earnings (NIHR 2024 tax guide; SWRU; SCIE [V]). A claim
 * needing a receipt it does not have, or a prior approval it was not given, is <em>held</em> with the
 * reason, never dropped. A claim above {@link #capPerClaim()} is reimbursed up to the cap and the line says
 * how much was over it; the statement totals that in {@link PaymentStatement#expensesOverCaps()}, apart from
 * time over a cap.
 *
 * <p>Rules: the category and description are not blank; the cap per claim is from 0 to 1,000,000,000 (the
 * library's bound on an amount of money); the rate per mile is more than 0, at most that bound, with at most
 * 10 decimal places.
 *
 * <pre>{@code
 * ExpenseRule.builder().category("taxi").description("Taxi, only when agreed first")
 *     .receiptRequired(true).approvalRequired(true).build();
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ExpenseRule implements WithExpenseRule {

    /**
     * The expense category identifier as used in expense claims, one of the {@link ExpenseCategory} ids, such
     * as {@code public-transport}, {@code mileage}, {@code taxi}, {@code accommodation}, {@code meals},
     * {@code replacement-care}.
     *
     * @return the category, an {@link ExpenseCategory} id
     */
    public abstract String category();

    /**
     * The rule in words a claimant understands, such as "Standard-class rail or bus fares, at cost".
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * Whether a receipt is needed before the claim is paid.
     *
     * @return true if a receipt is required
     */
    @Value.Default
    public boolean receiptRequired() {
        return true;
    }

    /**
     * Whether the expense must be approved before it is paid (taxis, overnight stays).
     *
     * @return true if prior approval is required
     */
    @Value.Default
    public boolean approvalRequired() {
        return false;
    }

    /**
     * The most repaid for one claim, such as a subsistence cap.
     *
     * @return the cap in the policy's currency, or empty for none
     */
    public abstract Optional<BigDecimal> capPerClaim();

    /**
     * The policy's mileage rate per mile, such as AceCentre's 45p [V] (NHS England's interim policy paid 37.4p
     * to 58.3p by engine size and annual miles [V]).
     *
     * <p>A mileage claim that gives its miles is repaid miles times this rate, rounded once to the minor unit
     * with the policy's line rounding, and the line shows the arithmetic ("12 miles at 45p a mile = £5.40").
     * When the claim's own amount differs from that, the policy's rate is repaid and the line names the amount
     * claimed beside it: the rate is the policy's decision, and the claimant sees both figures. A claim that
     * gives miles under a rule with no rate per mile is held with that reason. A claim without miles is
     * repaid as claimed (up to any cap), and the line states this rate for the claimant to check.
     *
     * @return the rate per mile in the policy's currency, or empty
     */
    public abstract Optional<BigDecimal> ratePerMile();

    /**
     * A builder for an expense rule.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ExpenseRule} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableExpenseRule.Builder {
        Builder() {
        }
    }

    @Value.Check
    ExpenseRule check() {
        Violations problems = Violations.of("ExpenseRule").notBlank(description(), "description");
        // A misspelt category would match no claim, so the rule would silently never apply.
        problems.check(Arrays.stream(ExpenseCategory.values()).anyMatch(c -> c.id().equals(category())), "category",
                "must be an expense category: one of " + Arrays.stream(ExpenseCategory.values()).map(ExpenseCategory::id)
                        .collect(Collectors.joining(", ")), category());
        capPerClaim().ifPresent(c -> Quantities.amount(problems.check(c.signum() >= 0, "capPerClaim", "must be ≥ 0",
                c), c, "capPerClaim"));
        ratePerMile().ifPresent(r -> Quantities.rate(problems.check(r.signum() > 0, "ratePerMile", "must be > 0", r),
                r, "ratePerMile"));
        problems.throwIfAny();
        // Checked first, so that only amounts in range are written out in plain digits.
        if (capPerClaim().filter(Quantities::needsPlain).isPresent()
                || ratePerMile().filter(Quantities::needsPlain).isPresent()) {
            return builder().from(this).capPerClaim(capPerClaim().map(Quantities::plain))
                    .ratePerMile(ratePerMile().map(Quantities::plain)).build();
        }
        return this;
    }

    @Override
    public String toString() {
        return "ExpenseRule " + category() + (receiptRequired() ? ", receipt" : "")
                + (approvalRequired() ? ", approval" : "");
    }
}
