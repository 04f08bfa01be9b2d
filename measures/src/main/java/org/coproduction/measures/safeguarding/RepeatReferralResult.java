package org.coproduction.measures.safeguarding;

import java.time.LocalDate;
import java.time.Period;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.indicator.Share;

/**
 * Repeat referrals in a reporting period, counted two ways.
 *
 * @param from  the first day of the reporting period, not null
 * @param to  the last day of the reporting period, not null
 * @param window  how far back an earlier referral makes a referral a repeat, such as 12 months, not null
 * @param referrals  referrals received in the period that are repeats, out of all referrals received in
 *     the period (the unit of the Department for Education's re-referral rate), not null
 * @param people  people referred in the period at least one of whose referrals in the period was a repeat,
 *     out of all people referred in the period ("the same people repeatedly being referred"), not null
 */
@Experimental
public record RepeatReferralResult(LocalDate from, LocalDate to, Period window, Share referrals, Share people) {

    /**
     * Checks the result.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part or an empty period
     */
    public RepeatReferralResult {
        Violations problems = Violations.of("RepeatReferralResult")
                .check(from != null, "from", "is required")
                .check(to != null, "to", "is required")
                .check(window != null, "window", "is required")
                .check(referrals != null, "referrals", "is required")
                .check(people != null, "people", "is required");
        if (from != null && to != null) {
            problems.check(!to.isBefore(from), "to", "must not be before from " + from, to);
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Repeat referrals " + from + " to " + to + " (within " + window + "): referrals " + referrals
                + ", people " + people;
    }
}
