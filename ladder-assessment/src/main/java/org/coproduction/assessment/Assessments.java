package org.coproduction.assessment;

import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.placement.Assessor;

/**
 * Short entry points for JShell and quick use.
 *
 * <pre>{@code
 * var tlap = Assessments.tlap();
 * var a = tlap.assess(Responses.builder().instrumentId("tlap-default").subject("forum")
 *     .addAnswer(Answer.of("decisions", "staff-some-influence")) ... .build());
 * a.summary();
 * tlap.gap(a);
 * }</pre>
 */
public final class Assessments {

    private static final Assessor TLAP = Assessor.of(Instruments.tlap());
    private static final Assessor NEF = Assessor.of(Instruments.nefSixPrinciples());

    private Assessments() {
    }

    /**
     * An assessor with the default TLAP instrument.
     *
     * @return the assessor
     */
    public static Assessor tlap() {
        return TLAP;
    }

    /**
     * An assessor with the NEF six principles instrument (a profile, not a rung).
     *
     * @return the assessor
     */
    public static Assessor nef() {
        return NEF;
    }
}
