package org.coproduction.assessment.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coproduction.assessment.Assessments;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.assessment.placement.AnswerExplanation;
import org.coproduction.assessment.placement.Assessment;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.feedback.CouldNotDo;
import org.coproduction.core.feedback.FeedbackAction;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.feedback.ReasonCategory;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.AccessNeed;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Answers derived from the record. The record is modelled on Shropshire's Direct Payments Board (co-chaired by
 * an expert by experience and the Director; task-and-finish groups; workshop training; "you said, we did");
 * the expected answers follow from the rules in {@link RecordEvidence}'s documentation.
 */
class RecordEvidenceTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

    private static Participant person(String id, ParticipantRole role, AccessNeed... needs) {
        var p = Participant.builder().id(id).addRole(role).involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01-15"), "board meetings and task-and-finish groups"));
        for (AccessNeed need : needs) {
            p.addAccessNeed(need);
        }
        return p.build();
    }

    private static Activity activity(String id, ActivityType type, Rung rung, String... attendees) {
        var a = Activity.builder().id(id).projectId("dp-board").type(type).date(PartialDate.parse("2024-06-01"))
                .durationMinutes(120).rung(rung).setting(Setting.IN_PERSON);
        for (String who : attendees) {
            a.addAttendance(Attendance.builder().participantId(who).activityId(id).minutes(120).build());
        }
        return a.build();
    }

    private static FeedbackItem resulted(String id) {
        return FeedbackItem.builder().id(id).projectId("dp-board").youSaid("Direct Payments are not well understood")
                .raisedByGroup("Direct Payments Board").raisedOn(PartialDate.parse("2024-02"))
                .addAction(FeedbackAction.builder().weDid("Three task-and-finish groups").owner("board")
                        .completedOn(PartialDate.parse("2024-06")).build())
                .addOutcome(FeedbackOutcome.of("An in-house Direct Payments support team")).build();
    }

    private static FeedbackItem explainedNo(String id) {
        return FeedbackItem.builder().id(id).projectId("dp-board").youSaid("Pay personal assistants more")
                .raisedByGroup("Direct Payments Board").raisedOn(PartialDate.parse("2024-02"))
                .couldNot(CouldNotDo.builder().reason(ReasonCategory.values()[0]).because("set nationally")
                        .explainedBackOn(PartialDate.parse("2024-04")).build())
                .build();
    }

    private static ProjectRecord.Builder board() {
        Project project = Project.builder().id("dp-board").title("Direct Payments Board").kind(ProjectKind.BOARD)
                .purpose("Improve Direct Payments").currentRung(Rung.CO_DESIGN).targetRung(Rung.CO_PRODUCTION)
                .governance(Governance.builder().addChair("p-001").addChair("p-002").addVotingMember("p-001")
                        .addVotingMember("p-002").addVotingMember("p-003").build())
                .build();
        return ProjectRecord.builder().project(project).asOf(AS_OF)
                .addParticipant(person("p-001", ParticipantRole.LIVED_EXPERIENCE, AccessNeed.EASY_READ))
                .addParticipant(person("p-002", ParticipantRole.MANAGER))
                .addParticipant(person("p-003", ParticipantRole.PERSONAL_ASSISTANT))
                .addActivity(activity("a-1", ActivityType.TASK_AND_FINISH_GROUP, Rung.CO_DESIGN, "p-001", "p-002"))
                .addActivity(activity("a-2", ActivityType.TRAINING, Rung.CO_PRODUCTION, "p-001"))
                .addActivity(activity("a-3", ActivityType.EVALUATION_DIARY, Rung.CO_PRODUCTION, "p-001"))
                .addActivity(activity("a-4", ActivityType.MEETING, Rung.CONSULTATION, "p-002"))
                .addFeedback(resulted("f-1"))
                .addFeedback(explainedNo("f-2"))
                .recompense(RecompensePolicySummary.builder().policyId("asc-involvement-2024").effectiveFrom(LocalDate.of(2024, 4, 1))
                        .paysTime(true).paysExpenses(true).practicalSupport(true).training(false).build())
                .addAccessNeedsMet("p-001");
    }

    private static Map<String, Answer> byQuestion(Derivation d) {
        return d.answers().stream().collect(Collectors.toMap(Answer::questionId, Function.identity()));
    }

    @Test
    void theRecordAnswersWhatItKnowsAndCitesTheRecordsItUsed() {
        Derivation d = RecordEvidence.tlap(board().build());
        Map<String, Answer> answers = byQuestion(d);
        // Lived experience at a co-design task-and-finish group (design), training (delivery), an evaluation diary
        // (evaluation): idea to evaluation. a-4 had no one with lived experience and is not cited.
        assertEquals("idea-to-evaluation", answers.get("stages").optionId());
        assertEquals(List.of("a-1", "a-2", "a-3"),
                answers.get("stages").evidence().stream().map(EvidenceRef::reference).collect(Collectors.toList()));
        assertEquals("jointly-co-chaired", answers.get("agenda").optionId());
        assertEquals("you-said-we-did", answers.get("feedback").optionId(), "one resulted, one explained back: all closed");
        assertEquals("time-expenses-support", answers.get("recompense").optionId(), "no training in the policy");
        assertEquals("needs-met", answers.get("access").optionId());
        assertTrue(d.answers().stream().allMatch(a -> a.origin() == AnswerOrigin.DERIVED));
        assertTrue(d.notDerived().isEmpty());
    }

    @Test
    void aPolicyTheHostHoldsIsRecordedAsInForceAndPayingTimeIsNotCalledExpensesOnly() {
        // The NIHR-style preset pays time (£25 then £27.50 an hour) and repays expenses, from 31 August 2022, with no
        // end date; whether practical support and training are offered is the host's to say.
        RecompensePolicySummary nihr = RecompensePolicySummary.of(Recompense.nihr(), false, false);
        assertEquals("nihr-hourly", nihr.policyId());
        assertEquals(LocalDate.of(2022, 8, 31), nihr.effectiveFrom());
        assertEquals(java.util.Optional.empty(), nihr.effectiveTo());
        assertTrue(nihr.paysTime() && nihr.paysExpenses() && !nihr.practicalSupport() && !nihr.training());
        // The Co-Production Collective's pilot ran from 25 September 2024 to 31 March 2025.
        RecompensePolicySummary pilot = RecompensePolicySummary.of(Recompense.coProductionCollective(), true, false);
        assertEquals(java.util.Optional.of(LocalDate.of(2025, 3, 31)), pilot.effectiveTo());

        Answer answer = byQuestion(RecordEvidence.tlap(board().recompense(nihr).build())).get("recompense");
        assertEquals("time-paid", answer.optionId(), "time is paid, without practical support");
        assertEquals("Time is paid (with or without expenses), without practical support",
                Instruments.tlapDefault().question("recompense").options().stream()
                        .filter(o -> o.id().equals(answer.optionId())).findFirst().orElseThrow().text());
    }

    @Test
    void whatTheRecordCannotTellIsLeftForPeopleWithTheReason() {
        ProjectRecord record = board().project(Project.builder().from(board().build().project())
                        .governance(Governance.builder().addChair("p-002").build()).build())
                .feedback(List.of(FeedbackItem.builder().from(resulted("f-3")).actions(List.of()).outcomes(List.of()).build()))
                .recompense(RecompensePolicySummary.builder().policyId("old").effectiveFrom(LocalDate.of(2020, 1, 1))
                        .effectiveTo(LocalDate.of(2023, 12, 31)).paysTime(true).paysExpenses(true)
                        .practicalSupport(true).training(true).build())
                .accessNeedsMet(List.of())
                .build();
        Derivation d = RecordEvidence.tlap(record);
        Map<String, Answer> answers = byQuestion(d);
        assertEquals("sometimes", answers.get("feedback").optionId(), "the only item is still only raised");
        assertTrue(!answers.containsKey("agenda") && !answers.containsKey("recompense") && !answers.containsKey("access"));
        assertEquals(3, d.notDerived().size(), d.notDerived().toString());
    }

    @Test
    void aPersonCanOverrideADerivedAnswerOnlyWithAWrittenJustification() {
        Derivation d = RecordEvidence.tlap(board().build());
        Responses responses = d.into(Responses.builder().instrumentId(Instruments.TLAP_ID).subject("dp-board")
                .date(AS_OF).build());
        Responses overridden = responses.override("feedback", "closed-and-reviewed-together",
                "The board reviews the you-said-we-did table together every quarter (minutes of March 2025)");
        Assessment a = Assessments.tlapAssessor().assess(overridden);
        AnswerExplanation feedback = a.dimension("feedback").answers().get(0);
        assertEquals(AnswerOrigin.OVERRIDDEN, feedback.origin());
        assertEquals("you-said-we-did", feedback.derivedOptionId().orElseThrow(), "what the record said stays visible");
        assertEquals(List.of("f-1", "f-2"),
                feedback.evidence().stream().map(EvidenceRef::reference).collect(Collectors.toList()));
        assertTrue(feedback.justification().orElseThrow().contains("every quarter"));

        assertThrows(ValidationException.class, () -> responses.override("feedback", "closed-and-reviewed-together", " "));
        assertThrows(ValidationException.class, () -> Answer.builder().questionId("feedback").optionId("none")
                .origin(AnswerOrigin.OVERRIDDEN).derivedOptionId("you-said-we-did").build());
    }

    @Test
    void aStatedAnswerToADerivedQuestionIsRejected() {
        Derivation d = RecordEvidence.tlap(board().build());
        ValidationException e = assertThrows(ValidationException.class, () -> d.into(Responses.builder()
                .instrumentId(Instruments.TLAP_ID).subject("dp-board").addAnswer(Answer.of("agenda", "staff")).build()));
        assertTrue(e.getMessage().contains("questionId"), e.getMessage());
    }

    @Test
    void derivedAnswersUseOnlyQuestionsAndOptionsOfTheDefaultInstrument() {
        Derivation d = RecordEvidence.tlap(board().build());
        Responses r = d.into(Responses.builder().instrumentId(Instruments.TLAP_ID).subject("dp-board").build());
        assertEquals(5, Assessments.tlapAssessor().assess(r).answered());
    }

    @Test
    void aRecordNamingUnknownParticipantsOrAnotherProjectIsRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> board()
                .addActivity(Activity.builder().from(activity("a-9", ActivityType.MEETING, Rung.ENGAGEMENT, "p-999"))
                        .projectId("other").build())
                .build());
        assertEquals(List.of("activities[4].projectId", "activities[4].attendance[0].participantId"),
                e.violations().stream().map(v -> v.path()).collect(Collectors.toList()));
    }
}
