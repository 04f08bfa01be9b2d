package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * What a statement needs beyond the policy and the records: approvals given for expenses that need them,
 * exchange rates for claims in another currency, the weekly amount a person on part-payment has asked
 * for, and the day the claims were received (for the claim window).
 *
 * <p>Rules: each exchange rate is more than 0 and at most 1,000,000,000 with at most 10 decimal places; the
 * weekly part-payment is from 0 to 1,000,000,000 (the library's bounds on money and rates), and a statement
 * checks that it has no more decimal places than the policy's currency.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class StatementOptions implements WithStatementOptions {

    /**
     * Approvals for expenses that a policy pays only when agreed first.
     *
     * @return the approvals, not null
     */
    public abstract Set<ExpenseApproval> approvals();

    /**
     * Exchange rates into the policy's currency, keyed by ISO 4217 code: {@code EUR → 0.85} means one euro
     * is repaid as £0.85. A claim in another currency without a rate is an error.
     *
     * @return the rates, not null
     */
    public abstract Map<String, BigDecimal> exchangeRates();

    /**
     * For a person whose preference is part-payment: the most they accept for time in a week; the rest is
     * recorded as offered and declined.
     *
     * @return the weekly amount in the policy's currency, or empty
     */
    public abstract Optional<BigDecimal> partPaymentPerWeek();

    /**
     * The day the expense claims were received, to test them against a policy's claim window. A claim that
     * records its own {@link org.coproduction.core.activity.ExpenseClaim#submittedOn() submittedOn} day is
     * tested with that day instead; this day applies to the claims that record none.
     *
     * @return the day, or empty to skip the test for claims that record no day
     */
    public abstract Optional<LocalDate> claimsReceivedOn();

    /**
     * No approvals, no exchange rates, no part-payment amount, no claim-window test.
     *
     * @return the options, not null
     */
    public static StatementOptions none() {
        return StatementOptions.builder().build();
    }

    /**
     * A builder for options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link StatementOptions} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableStatementOptions.Builder {
        Builder() {
        }
    }

    /**
     * Whether an expense category at an activity was approved.
     *
     * @param activityId  the activity, not null
     * @param category  the category identifier, not null
     * @return true if approved
     */
    public boolean isApproved(String activityId, String category) {
        return approvals().contains(ExpenseApproval.of(activityId, category));
    }

    @Value.Check
    StatementOptions check() {
        Violations problems = Violations.of("StatementOptions");
        boolean plain = true;
        for (Map.Entry<String, BigDecimal> rate : exchangeRates().entrySet()) {
            String path = "exchangeRates." + rate.getKey();
            Quantities.rate(problems.check(rate.getValue().signum() > 0, path, "must be > 0", rate.getValue()),
                    rate.getValue(), path);
            plain &= !Quantities.needsPlain(rate.getValue());
        }
        partPaymentPerWeek().ifPresent(p -> Quantities.amount(problems.check(p.signum() >= 0, "partPaymentPerWeek",
                "must be ≥ 0", p), p, "partPaymentPerWeek"));
        problems.throwIfAny();
        // Checked first, so that only numbers in range are written out in plain digits.
        if (!plain || partPaymentPerWeek().filter(Quantities::needsPlain).isPresent()) {
            Map<String, BigDecimal> rates = new LinkedHashMap<>();
            exchangeRates().forEach((code, rate) -> rates.put(code, Quantities.plain(rate)));
            return builder().from(this).exchangeRates(rates)
                    .partPaymentPerWeek(partPaymentPerWeek().map(Quantities::plain)).build();
        }
        return this;
    }

    @Override
    public String toString() {
        return "StatementOptions[" + approvals().size() + " approvals, rates " + exchangeRates().keySet() + "]";
    }
}
