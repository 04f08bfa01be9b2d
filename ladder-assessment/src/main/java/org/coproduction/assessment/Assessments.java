package org.coproduction.assessment;

import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.placement.Assessor;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.api.Stable;

/**
 * Short entry points for JShell and quick use.
 *
 * <pre>{@code
 * var tlap = Assessments.tlapAssessor();
 * var a = tlap.assess(Assessments.tlapResponses("forum")
 *     .addAnswer(Answer.of("decisions", "staff-some-influence")) ... .build());
 * a.summary();
 * tlap.gap(a);
 * }</pre>
 */
@Stable
public final class Assessments {

    private static final Assessor TLAP = Assessor.of(Instruments.tlapDefault());
    private static final Assessor NEF = Assessor.of(Instruments.nefSixPrinciples());

    private Assessments() {
    }

    /**
     * An assessor with the default TLAP instrument.
     *
     * @return the assessor
     */
    public static Assessor tlapAssessor() {
        return TLAP;
    }

    /**
     * A builder for responses to the default TLAP instrument about one project, with the instrument set.
     *
     * @param subject  the project's identifier
     * @return a new builder
     */
    public static Responses.Builder tlapResponses(String subject) {
        return Responses.builder().instrumentId(Instruments.TLAP_ID).subject(subject);
    }

    /**
     * An assessor with the NEF six principles instrument (a profile, not a rung).
     *
     * @return the assessor
     */
    @Experimental
    public static Assessor nefAssessor() {
        return NEF;
    }
}
