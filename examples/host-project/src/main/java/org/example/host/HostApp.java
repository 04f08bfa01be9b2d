package org.example.host;

import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.core.ladder.Ladders;

/** A host application using the library through its published artifacts. */
public final class HostApp {

    private HostApp() {
    }

    /**
     * Prints the default ladder and one assessment.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        System.out.println(Ladders.tlap());
        Assessment a = Assessments.tlapAssessor().assess(Assessments.tlapResponses("host-forum")
                .addAnswer(Answer.of("started", "peoples-priorities"))
                .addAnswer(Answer.of("stages", "design"))
                .addAnswer(Answer.of("decisions", "staff-some-influence"))
                .addAnswer(Answer.of("agenda", "jointly"))
                .addAnswer(Answer.of("feedback", "you-said-we-did"))
                .addAnswer(Answer.of("recompense", "expenses"))
                .addAnswer(Answer.of("continuity", "ongoing"))
                .build());
        System.out.println(a);
    }
}
