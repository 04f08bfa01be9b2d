package org.coproduction.measures.safeguarding;

import java.time.LocalDate;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;

/**
 * One evaluation response from a person who took part in adult support and protection work: whether they
 * report a better understanding of the process, and a better experience of case conference meetings and of
 * the support and protection plans that followed (ASP project report, para 5.3).
 *
 * @param personId  the pseudonymous identifier of the respondent, not blank
 * @param responded  the date of the response, not null
 * @param understanding  understanding of the ASP process, not null
 * @param meetings  experience of case conference meetings, not null
 * @param plans  experience of the support and protection plans, not null
 */
@Experimental
public record EvaluationFeedback(String personId, LocalDate responded, Report understanding, Report meetings,
        Report plans) {

    /**
     * Checks the response.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every blank or missing field
     */
    public EvaluationFeedback {
        Violations.of("EvaluationFeedback")
                .check(personId != null && !personId.isBlank(), "personId", "must not be blank")
                .check(responded != null, "responded", "is required")
                .check(understanding != null, "understanding", "is required (use not-answered)")
                .check(meetings != null, "meetings", "is required (use not-answered)")
                .check(plans != null, "plans", "is required (use not-answered)")
                .throwIfAny();
    }

    /**
     * How many of the three questions the person answered; never their identifier, answers or the
     * day, which are one person's data and would reach a host's logs with any message that prints this value.
     *
     * @return a short description, not null
     */
    @Override
    public String toString() {
        long answered = java.util.stream.Stream.of(understanding, meetings, plans)
                .filter(r -> r != Report.NOT_ANSWERED).count();
        return "Evaluation response (" + answered + " of 3 questions answered)";
    }
}
