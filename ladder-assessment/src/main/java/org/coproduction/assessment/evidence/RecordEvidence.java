package org.coproduction.assessment.evidence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.assessment.instrument.Instruments;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.api.Stable;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackStatus;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Governance;

/**
 * Derives answers to the default TLAP instrument ({@link Instruments#tlapDefault()}) from what the project's record
 * already knows, citing the records used. Each rule derives only what the record shows; where it cannot tell,
 * the question is left for people to answer, with the reason.
 *
 * <ul>
 * <li><b>Stages</b> ({@code stages}): the stages of the activities that people with lived experience attended.
 * An activity's stage is the library's own mapping: an evaluation diary is evaluation; training, a conference,
 * peer support and tender evaluation are delivery; any other activity at co-design or above is design.
 * Design, delivery and evaluation together give {@code idea-to-evaluation}; design alone gives {@code design};
 * otherwise the highest rung of those activities gives {@code early-ad-hoc} (engagement), {@code asked-on-draft}
 * (consultation), {@code told-after} (informing) or {@code audience-only}.</li>
 * <li><b>Agenda</b> ({@code agenda}): a group co-chaired with at least one chair bringing lived experience gives
 * {@code jointly-co-chaired} (Shropshire's Direct Payments Board, co-chaired by an expert by experience and the
 * Director).</li>
 * <li><b>Feedback</b> ({@code feedback}): every feedback item closed (resulted, or could not and explained
 * back) gives {@code you-said-we-did}; some closed gives {@code reported-back}; none closed gives
 * {@code sometimes}. Whether
 * the loop is reviewed together is not on record, so co-production is never derived here.</li>
 * <li><b>Recompense</b> ({@code recompense}): the policy in force on the record's date: time, expenses,
 * support and training; time, expenses and support; time paid without support (with or without expenses);
 * expenses only; or none.</li>
 * <li><b>Access</b> ({@code access}): when every participant with lived experience who attended and recorded
 * access needs had them met, {@code needs-met}.</li>
 * </ul>
 *
 * <p>A person can override any derived answer with a written justification ({@link Responses#override}).
 */
@Stable
public final class RecordEvidence {

    private static final Set<ActivityType> DELIVERY = EnumSet.of(ActivityType.TRAINING, ActivityType.CONFERENCE,
            ActivityType.PEER_SUPPORT, ActivityType.TENDER_EVALUATION);

    private RecordEvidence() {
    }

    /** The stages of work an activity can belong to, as far as the record shows. */
    private enum Stage { EVALUATION, DELIVERY, DESIGN, OTHER }

    /**
     * Derives the answers the record supports for the default TLAP instrument.
     *
     * @param record  the project's record
     * @return the derived answers and the reasons for the others
     */
    public static Derivation tlap(ProjectRecord record) {
        List<Answer> answers = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Participant> people = record.participantsById();
        stages(record, people).ifPresentOrElse(answers::add,
                () -> notes.add("stages: no activity on record was attended by people with lived experience"));
        agenda(record, people).ifPresentOrElse(answers::add,
                () -> notes.add("agenda: no co-chair with lived experience on record; answer by hand"));
        feedback(record).ifPresentOrElse(answers::add,
                () -> notes.add("feedback: no \"you said\" items on record"));
        recompense(record).ifPresentOrElse(answers::add,
                () -> notes.add("recompense: no recompense policy in force on " + record.asOf() + " on record"));
        access(record, people).ifPresentOrElse(answers::add,
                () -> notes.add("access: no record that the access needs of every participant with lived experience "
                        + "who attended were met; answer by hand"));
        return Derivation.builder().subject(record.project().id()).answers(answers).notDerived(notes).build();
    }

    private static Optional<Answer> stages(ProjectRecord record, Map<String, Participant> people) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        Rung highest = null;
        List<EvidenceRef> used = new ArrayList<>();
        for (Activity activity : record.activities()) {
            long lived = activity.attendance().stream().map(Attendance::participantId)
                    .filter(id -> livedExperience(people, id)).count();
            if (lived == 0) {
                continue;
            }
            Stage stage = stageOf(activity);
            stages.add(stage);
            if (highest == null || activity.rung().isAbove(highest)) {
                highest = activity.rung();
            }
            used.add(EvidenceRef.of("activity", activity.id(), activity.type().id() + " at " + activity.rung().id()
                    + " (" + stage.name().toLowerCase(Locale.ROOT) + "), attended by " + lived
                    + " people with lived experience"));
        }
        if (highest == null) {
            return Optional.empty();
        }
        String option;
        if (stages.containsAll(EnumSet.of(Stage.DESIGN, Stage.DELIVERY, Stage.EVALUATION))) {
            option = "idea-to-evaluation";
        } else if (stages.contains(Stage.DESIGN)) {
            option = "design";
        } else if (highest.isAtLeast(Rung.ENGAGEMENT)) {
            option = "early-ad-hoc";
        } else if (highest == Rung.CONSULTATION) {
            option = "asked-on-draft";
        } else if (highest == Rung.INFORMING) {
            option = "told-after";
        } else {
            option = "audience-only";
        }
        return Optional.of(Answer.derived("stages", option, used));
    }

    private static Stage stageOf(Activity activity) {
        if (activity.type() == ActivityType.EVALUATION_DIARY) {
            return Stage.EVALUATION;
        }
        if (DELIVERY.contains(activity.type())) {
            return Stage.DELIVERY;
        }
        return activity.rung().isAtLeast(Rung.CO_DESIGN) ? Stage.DESIGN : Stage.OTHER;
    }

    private static Optional<Answer> agenda(ProjectRecord record, Map<String, Participant> people) {
        Optional<Governance> governance = record.project().governance();
        if (governance.isEmpty() || !governance.get().isCoChairedWithLivedExperience(people)) {
            return Optional.empty();
        }
        int livedChairs = governance.get().livedExperienceChairs(people).size();
        return Optional.of(Answer.derived("agenda", "jointly-co-chaired", List.of(EvidenceRef.of("project",
                record.project().id(), "co-chaired by " + governance.get().chairs().size() + " chairs, " + livedChairs
                        + " with lived experience"))));
    }

    private static Optional<Answer> feedback(ProjectRecord record) {
        if (record.feedback().isEmpty()) {
            return Optional.empty();
        }
        List<EvidenceRef> used = new ArrayList<>();
        int closed = 0;
        for (FeedbackItem item : record.feedback()) {
            FeedbackStatus status = item.status();
            if (status.isClosed()) {
                closed++;
            }
            used.add(EvidenceRef.of("feedback-item", item.id(), status.id()));
        }
        String option = closed == record.feedback().size() ? "you-said-we-did" : closed > 0 ? "reported-back" : "sometimes";
        return Optional.of(Answer.derived("feedback", option, used));
    }

    private static Optional<Answer> recompense(ProjectRecord record) {
        Optional<RecompensePolicySummary> policy = record.recompense().filter(p -> p.inForceOn(record.asOf()));
        if (policy.isEmpty()) {
            return Optional.empty();
        }
        RecompensePolicySummary p = policy.get();
        String option;
        if (p.paysTime() && p.paysExpenses() && p.practicalSupport()) {
            option = p.training() ? "time-expenses-support-training" : "time-expenses-support";
        } else if (p.paysTime()) {
            // Paying for time is more than repaying expenses, even without practical support.
            option = "time-paid";
        } else if (p.paysExpenses()) {
            option = "expenses";
        } else {
            option = "none";
        }
        return Optional.of(Answer.derived("recompense", option, List.of(EvidenceRef.of("recompense-policy", p.policyId(),
                "in force since " + p.effectiveFrom() + ": time " + yesNo(p.paysTime()) + ", expenses "
                        + yesNo(p.paysExpenses()) + ", support " + yesNo(p.practicalSupport()) + ", training "
                        + yesNo(p.training())))));
    }

    private static Optional<Answer> access(ProjectRecord record, Map<String, Participant> people) {
        List<String> withNeeds = new ArrayList<>();
        for (Activity activity : record.activities()) {
            for (Attendance attendance : activity.attendance()) {
                Optional.ofNullable(people.get(attendance.participantId()))
                        .filter(p -> p.hasLivedExperience() && !p.accessNeeds().isEmpty())
                        .filter(p -> !withNeeds.contains(p.id()))
                        .ifPresent(p -> withNeeds.add(p.id()));
            }
        }
        if (withNeeds.isEmpty() || !record.accessNeedsMet().containsAll(withNeeds)) {
            return Optional.empty();
        }
        return Optional.of(Answer.derived("access", "needs-met", List.of(EvidenceRef.of("access-needs",
                record.project().id(), "recorded access needs met for all " + withNeeds.size()
                        + " participants with lived experience who have them"))));
    }

    private static boolean livedExperience(Map<String, Participant> people, String id) {
        Participant p = people.get(id);
        return p != null && p.hasLivedExperience();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
