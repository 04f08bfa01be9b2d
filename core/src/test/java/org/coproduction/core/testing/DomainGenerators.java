package org.coproduction.core.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.EventRating;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.feedback.CouldNotDo;
import org.coproduction.core.feedback.FeedbackAction;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.feedback.ReasonCategory;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.AccessNeed;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.ContactMethod;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.ParticipationMode;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.project.Baseline;
import org.coproduction.core.project.CommissioningStage;
import org.coproduction.core.project.Constraint;
import org.coproduction.core.project.ConstraintKind;
import org.coproduction.core.project.CycleStage;
import org.coproduction.core.project.Evidence;
import org.coproduction.core.project.EvidenceKind;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.Phase;
import org.coproduction.core.project.PhaseType;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.project.RungChange;
import org.coproduction.core.project.Scope;
import org.coproduction.core.project.TermsOfReference;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.time.PartialDate;

/**
 * Seeded generators of valid domain values, with every optional field sometimes present, for property tests
 * such as JSON round trips.
 */
public final class DomainGenerators {

    private static final String[] WORDS = {"forum", "carers", "board", "Easy Read", "café", "support", "plan",
        "review", "information", "advice", "ünïcode", "quotes \"ok\"", "line\nbreak"};

    private DomainGenerators() {
    }

    /** A random value of an enumeration. */
    public static <E extends Enum<E>> E pick(SplittableRandom r, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    /** Some distinct values of an enumeration, possibly none. */
    public static <E extends Enum<E>> List<E> some(SplittableRandom r, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (r.nextInt(3) == 0) {
                out.add(e);
            }
        }
        return out;
    }

    /** Non-blank text of a few words. */
    public static String text(SplittableRandom r) {
        StringBuilder b = new StringBuilder(WORDS[r.nextInt(WORDS.length)]);
        for (int i = r.nextInt(4); i > 0; i--) {
            b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /** A day between 2020 and 2025. */
    public static LocalDate day(SplittableRandom r) {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(6 * 365));
    }

    /** A partial date of any precision between 2020 and 2025. */
    public static PartialDate partialDate(SplittableRandom r) {
        LocalDate d = day(r);
        switch (r.nextInt(7)) {
            case 6:
                return PartialDate.UNKNOWN;
            case 0:
                return PartialDate.of(Year.from(d));
            case 1:
                return PartialDate.of(YearMonth.from(d));
            default:
                return PartialDate.of(d);
        }
    }

    /** A day on or after a partial date: its last day, or any day when it is unknown. */
    private static LocalDate anchor(SplittableRandom r, PartialDate date) {
        return date.isKnown() ? date.latest() : day(r);
    }

    /** A valid participant with the given identifier. */
    public static Participant participant(SplittableRandom r, String id) {
        Participant.Builder b = Participant.builder().id(id).addRole(pick(r, ParticipantRole.class))
                .addAllRoles(some(r, ParticipantRole.class)).involvement(pick(r, InvolvementLevel.class))
                .modes(some(r, ParticipationMode.class)).accessNeeds(some(r, AccessNeed.class));
        PartialDate given = partialDate(r);
        Consent consent = Consent.given(given, text(r));
        if (r.nextBoolean()) {
            consent = consent.withdrawn(anchor(r, given).plusDays(r.nextInt(400)));
        }
        b.consent(consent);
        if (r.nextBoolean()) {
            b.preferredContact(pick(r, ContactMethod.class));
        }
        if (r.nextBoolean()) {
            b.recompense(pick(r, RecompensePreference.class));
        }
        if (r.nextBoolean()) {
            b.demographics(Demographics.builder().ageBand("65-74").area(text(r)).carer(r.nextBoolean()).build());
        }
        if (r.nextInt(4) == 0) {
            b.addRole(ParticipantRole.PARTNER_ORGANISATION).organisation("Healthwatch North Tyneside");
        }
        if (r.nextBoolean()) {
            b.recruitedThrough(pick(r, org.coproduction.core.participant.RecruitmentChannel.class));
        }
        if (r.nextBoolean()) {
            b.newToInvolvement(r.nextBoolean());
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            var training = org.coproduction.core.participant.TrainingReceived.builder()
                    .kind(pick(r, org.coproduction.core.participant.TrainingReceived.Kind.class)).topic(text(r));
            if (r.nextBoolean()) {
                training.on(partialDate(r)).minutes(1 + r.nextInt(600)).providedBy(text(r));
            }
            b.addTrainingReceived(training.build());
        }
        return b.build();
    }

    /** A valid expense claim. */
    public static ExpenseClaim expense(SplittableRandom r) {
        return ExpenseClaim.builder().category(pick(r, ExpenseCategory.class))
                .amount(BigDecimal.valueOf(1 + r.nextInt(20000), 2))
                .currency(Currency.getInstance(r.nextBoolean() ? "GBP" : "EUR")).receiptAttached(r.nextBoolean())
                .build();
    }

    /** A valid attendance of a participant at an activity. */
    public static Attendance attendance(SplittableRandom r, String participantId, String activityId, int maxMinutes) {
        Attendance.Builder b = Attendance.builder().participantId(participantId).activityId(activityId)
                .minutes(r.nextInt(maxMinutes + 1)).preparationMinutes(r.nextInt(120)).travelMinutes(r.nextInt(90))
                .chaired(r.nextInt(10) == 0);
        for (int i = r.nextInt(3); i > 0; i--) {
            b.addExpense(expense(r));
        }
        return b.build();
    }

    /** A valid activity of a project, attended by some of the participants. */
    public static Activity activity(SplittableRandom r, String id, String projectId, List<String> participantIds) {
        Setting setting = pick(r, Setting.class);
        PartialDate date = partialDate(r);
        int duration = 30 + r.nextInt(300);
        Activity.Builder b = Activity.builder().id(id).projectId(projectId).type(pick(r, ActivityType.class))
                .date(date).rung(pick(r, Rung.class)).setting(setting).durationMinutes(duration);
        if (r.nextBoolean()) {
            b.title(text(r)).addNote(text(r));
        }
        if (date.isExact() && r.nextBoolean()) {
            b.startTime(LocalTime.of(9 + r.nextInt(9), 15 * r.nextInt(4)));
        }
        if ((setting == Setting.IN_PERSON || setting == Setting.HYBRID) && r.nextBoolean()) {
            b.venue(text(r));
        }
        int attended = 0;
        for (String p : participantIds) {
            if (r.nextInt(3) == 0) {
                b.addAttendance(attendance(r, p, id, duration));
                attended++;
            }
        }
        int people = attended;
        if (r.nextBoolean()) {
            people = attended + r.nextInt(200);
            b.headcount(people);
        }
        for (int k = Math.min(r.nextInt(4), people); k > 0; k--) {
            var rating = EventRating.builder().stars(1 + r.nextInt(EventRating.MAX_STARS));
            if (r.nextBoolean()) {
                rating.comment(text(r));
            }
            b.addFeedback(rating.build());
        }
        return b.build();
    }

    /** A valid feedback item of any status. */
    public static FeedbackItem feedbackItem(SplittableRandom r, String id, List<String> participantIds,
            List<String> activityIds) {
        PartialDate raised = partialDate(r);
        LocalDate after = anchor(r, raised);
        FeedbackItem.Builder b = FeedbackItem.builder().id(id).youSaid(text(r)).raisedOn(raised);
        if (!participantIds.isEmpty() && r.nextBoolean()) {
            b.addRaisedBy(participantIds.get(r.nextInt(participantIds.size())));
        } else {
            b.raisedByGroup(text(r));
        }
        if (!activityIds.isEmpty() && r.nextBoolean()) {
            b.addRaisedAt(activityIds.get(r.nextInt(activityIds.size())));
        }
        int shape = r.nextInt(4);
        if (shape >= 1) {
            FeedbackAction.Builder a = FeedbackAction.builder().weDid(text(r)).owner(text(r))
                    .startedOn(PartialDate.of(after.plusDays(r.nextInt(30))));
            if (!activityIds.isEmpty() && r.nextBoolean()) {
                a.decidedAt(activityIds.get(r.nextInt(activityIds.size())));
            }
            if (r.nextBoolean()) {
                a.completedOn(PartialDate.of(after.plusDays(30 + r.nextInt(300))));
            }
            if (r.nextBoolean()) {
                a.dueOn(PartialDate.of(after.plusDays(30 + r.nextInt(300))));
            }
            b.addAction(a.build());
        }
        if (shape == 2) {
            var outcome = FeedbackOutcome.builder().resultedIn(text(r)).on(PartialDate.of(after.plusDays(400)));
            if (r.nextBoolean()) {
                outcome.toldBackOn(PartialDate.of(after.plusDays(400 + r.nextInt(90))));
            }
            b.addOutcome(outcome.build());
        }
        if (shape == 3 || (shape == 0 && r.nextBoolean())) {
            CouldNotDo.Builder c = CouldNotDo.builder().reason(pick(r, ReasonCategory.class)).because(text(r));
            if (r.nextBoolean()) {
                c.explainedBackOn(PartialDate.of(after.plusDays(r.nextInt(60))));
            }
            b.couldNot(c.build());
        }
        return b.build();
    }

    /** A valid project with every part sometimes present; governance names some of the participants. */
    public static Project project(SplittableRandom r, String id, List<String> participantIds) {
        Rung current = pick(r, Rung.class);
        Rung target = Rung.of(current.order() + r.nextInt(8 - current.order()));
        Project.Builder b = Project.builder().id(id).title(text(r)).kind(pick(r, ProjectKind.class))
                .purpose(text(r)).addAim(text(r)).currentRung(current).targetRung(target)
                .commissioningStages(some(r, CommissioningStage.class)).cycleStages(some(r, CycleStage.class));
        if (r.nextBoolean()) {
            b.serviceArea(text(r)).scope(pick(r, Scope.class)).impact(pick(r, Impact.class));
        }
        LocalDate start = day(r);
        if (r.nextBoolean()) {
            b.start(PartialDate.of(start)).end(PartialDate.of(start.plusDays(100 + r.nextInt(700))));
        }
        LocalDate phaseStart = start;
        for (PhaseType type : PhaseType.values()) {
            if (r.nextBoolean()) {
                LocalDate phaseEnd = phaseStart.plusDays(r.nextInt(60));
                b.addPhase(Phase.builder().type(type).start(PartialDate.of(phaseStart)).end(PartialDate.of(phaseEnd))
                        .build());
                phaseStart = phaseEnd.plusDays(r.nextInt(3));
            }
        }
        if (r.nextBoolean()) {
            var terms = TermsOfReference.builder().purpose(text(r)).addAim(text(r)).addMethod(text(r))
                    .frequencyAndDuration("monthly, two hours").addPracticalArrangement(text(r))
                    .addGroundRule(text(r)).evaluation(text(r)).agreedOn(partialDate(r));
            if (r.nextBoolean()) {
                LocalDate approved = day(r);
                terms.version("1." + r.nextInt(5)).approvedOn(PartialDate.of(approved))
                        .reviewIntervalMonths(1 + r.nextInt(24));
                if (r.nextBoolean()) {
                    terms.nextReview(PartialDate.of(java.time.YearMonth.from(approved.plusMonths(12))));
                }
            }
            b.termsOfReference(terms.build());
        }
        if (r.nextBoolean()) {
            b.addEvidence(Evidence.builder().kind(pick(r, EvidenceKind.class)).description(text(r))
                    .date(partialDate(r)).build());
            b.addBaseline(Baseline.builder().measure(text(r)).value(new BigDecimal("59.9")).unit("percent")
                    .asOf(PartialDate.parse("2022")).latestValue(new BigDecimal("72")).latestAsOf(PartialDate.parse("2024"))
                    .source("Adult Social Care Survey").build());
            b.addConstraint(Constraint.of(pick(r, ConstraintKind.class), text(r)));
        }
        if (current != Rung.COERCION && r.nextBoolean()) {
            b.addRungChange(RungChange.builder().on(partialDate(r)).from(current.previous()).to(current)
                    .reason(text(r)).build());
        }
        if (!participantIds.isEmpty() && r.nextBoolean()) {
            String chair = participantIds.get(r.nextInt(participantIds.size()));
            Governance.Builder g = Governance.builder().addChair(chair);
            for (String p : participantIds) {
                if (r.nextBoolean()) {
                    g.addVotingMember(p);
                }
            }
            b.governance(g.build());
        }
        if (r.nextInt(5) == 0) {
            b.addNote(text(r));
        }
        return b.build();
    }

    /** A valid record with cross-references that all resolve. */
    public static CoproductionRecord record(SplittableRandom r) {
        List<String> participantIds = new ArrayList<>();
        CoproductionRecord.Builder b = CoproductionRecord.builder().id("record-" + r.nextInt(1000))
                .title(text(r)).addSource(Citation.of(text(r), pick(r, SourceStatus.class))).addNote(text(r));
        List<Participant> participants = new ArrayList<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            String id = "p-" + String.format("%03d", participantIds.size() + 1);
            participantIds.add(id);
            // Keep consent standing, from a day not known, so that any activity date is allowed.
            Participant p = participant(r, id);
            participants.add(Participant.builder().from(p).consent(Consent.builder().from(p.consent())
                    .givenOn(PartialDate.UNKNOWN).withdrawnOn(java.util.Optional.empty()).build()).build());
        }
        b.participants(participants);
        List<String> projectIds = List.of("project-1", "project-2");
        for (String id : projectIds) {
            b.addProject(project(r, id, participantIds));
        }
        List<String> activityIds = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int i = r.nextInt(6); i > 0; i--) {
            String id = "a-" + (activityIds.size() + 1);
            activityIds.add(id);
            Activity activity = activity(r, id, projectIds.get(r.nextInt(2)), participantIds);
            // A day already taken is drawn again: two activities on one day might overlap, which a record refuses.
            while (activity.date().isExact() && !days.add(activity.date().toLocalDate())) {
                activity = activity(r, id, projectIds.get(r.nextInt(2)), participantIds);
            }
            b.addActivity(activity);
        }
        for (int i = r.nextInt(3); i > 0; i--) {
            var ulo = org.coproduction.core.participant.UserLedOrganisation.builder().name("Organisation " + i)
                    .criteriaMet(java.util.EnumSet.copyOf(some(r, org.coproduction.core.participant.DpuloCriterion.class)
                            .stream().filter(c -> c != org.coproduction.core.participant.DpuloCriterion
                                    .VOTING_MEMBERS_FROM_CONSTITUENCY).collect(java.util.stream.Collectors
                                    .toCollection(() -> java.util.EnumSet.noneOf(
                                            org.coproduction.core.participant.DpuloCriterion.class)))))
                    .services(some(r, org.coproduction.core.participant.DpuloService.class));
            if (r.nextBoolean()) {
                int voting = r.nextInt(20);
                ulo.constituency(text(r)).votingBoardMembers(voting).votingBoardMembersFromConstituency(r.nextInt(voting + 1));
            }
            b.addUserLedOrganisation(ulo.build());
        }
        for (int i = r.nextInt(5); i > 0; i--) {
            FeedbackItem item = feedbackItem(r, "f-" + i, participantIds, activityIds);
            b.addFeedbackItem(FeedbackItem.builder().from(item).projectId(projectIds.get(r.nextInt(2))).build());
        }
        return b.build();
    }
}
