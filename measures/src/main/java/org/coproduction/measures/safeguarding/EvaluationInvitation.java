package org.coproduction.measures.safeguarding;

import java.time.LocalDate;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * An invitation to someone who has experienced adult support and protection services to take part in
 * evaluating them, and whether they agreed: the record behind "those who have experienced ASP services
 * willing to participate in evaluation" (ASP project report, para 5.3).
 *
 * @param personId  the pseudonymous identifier of the person invited, not blank
 * @param invited  the date of the invitation, not null
 * @param agreed  whether the person agreed to take part
 */
@Experimental
public record EvaluationInvitation(String personId, LocalDate invited, boolean agreed) {

    /**
     * Checks the invitation.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every blank or missing field
     */
    public EvaluationInvitation {
        Violations.of("EvaluationInvitation")
                .check(personId != null && !personId.isBlank(), "personId", "must not be blank")
                .check(invited != null, "invited", "is required")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "Invitation on " + invited + (agreed ? ": agreed" : ": declined");
    }
}
