package org.coproduction.measures.safeguarding;

import java.time.LocalDate;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * One adult support and protection (or safeguarding) referral: who it was about, when it was received, and
 * whether the person referred themselves.
 *
 * <p>Several agencies may refer the same person about the same concern, and a referral while an inquiry is
 * open adds information rather than starting a new inquiry (ASP National Minimum Dataset guidance), so each
 * referral is a record of its own and the measures say whether they count referrals or people.
 *
 * @param referralId  the referral's identifier, not blank
 * @param personId  the pseudonymous identifier of the adult referred, not blank
 * @param received  the date the referral was received, not null
 * @param selfReferral  whether the adult referred themselves
 */
@Experimental
public record Referral(String referralId, String personId, LocalDate received, boolean selfReferral) {

    /**
     * Checks the referral.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every blank or missing field
     */
    public Referral {
        Violations.of("Referral " + referralId)
                .check(referralId != null && !referralId.isBlank(), "referralId", "must not be blank", referralId)
                .check(personId != null && !personId.isBlank(), "personId", "must not be blank")
                .check(received != null, "received", "is required")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "Referral " + referralId + " received " + received + (selfReferral ? " (self-referral)" : "");
    }
}
