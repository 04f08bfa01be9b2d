package org.coproduction.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.BitSet;
import java.util.Currency;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.feedback.FeedbackAction;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.AccessNeed;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.ParticipationMode;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.project.Governance;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.time.PartialDate;

/**
 * A council-sized record, generated deterministically from a seed: 1,000 projects, 20,000 participants,
 * 10,000 activities with 20 attendance records each (200,000 in all, a third with an expense claim) and
 * 2,000 feedback items. Every cross-reference resolves and every rule holds, so reading it exercises every
 * check without failing.
 */
final class CouncilDataSet {

    static final int PROJECTS = 1_000;
    static final int PARTICIPANTS = 20_000;
    static final int ACTIVITIES = 10_000;
    static final int ATTENDANCE_PER_ACTIVITY = 20;
    static final int FEEDBACK_ITEMS = 2_000;

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);

    private CouncilDataSet() {
    }

    private static <E extends Enum<E>> E pick(SplittableRandom r, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[r.nextInt(values.length)];
    }

    /** Whether any of an activity's attendees already attends another activity on the day. */
    private static boolean anyBusy(BitSet[] busy, int first, int day) {
        for (int k = 0; k < ATTENDANCE_PER_ACTIVITY; k++) {
            BitSet days = busy[(first + k * 997) % PARTICIPANTS];
            if (days != null && days.get(day)) {
                return true;
            }
        }
        return false;
    }

    private static String participantId(int i) {
        return String.format("p-%05d", i);
    }

    static CoproductionRecord generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        CoproductionRecord.Builder record = CoproductionRecord.builder().id("anytown-council")
                .title("Anytown Council adult social care involvement records (generated)");
        for (int i = 0; i < PARTICIPANTS; i++) {
            Participant.Builder p = Participant.builder().id(participantId(i))
                    .addRole(pick(r, ParticipantRole.class)).involvement(pick(r, InvolvementLevel.class))
                    .addMode(pick(r, ParticipationMode.class)).recompense(pick(r, RecompensePreference.class));
            if (r.nextInt(4) == 0) {
                p.addAccessNeed(pick(r, AccessNeed.class));
            }
            Consent consent = Consent.given(PartialDate.of(FIRST_DAY.minusDays(r.nextInt(365))), "involvement activities");
            if (r.nextInt(20) == 0) {
                // Withdrawn after every generated activity, so the check runs but never fails.
                consent = consent.withdrawn(LocalDate.of(2030, 1, 1));
            }
            record.addParticipant(p.consent(consent).build());
        }
        for (int i = 0; i < PROJECTS; i++) {
            Rung current = Rung.of(3 + r.nextInt(4));
            Governance.Builder governance = Governance.builder().addChair(participantId(r.nextInt(PARTICIPANTS)));
            for (int m = 0; m < 8; m++) {
                governance.addVotingMember(participantId((i * 8 + m) % PARTICIPANTS));
            }
            record.addProject(Project.builder().id("project-" + i).title("Improvement project " + i)
                    .kind(pick(r, ProjectKind.class)).purpose("Improve services together with the people who use them")
                    .addAim("Better information").currentRung(current).targetRung(current.next())
                    .start(PartialDate.of(FIRST_DAY.plusDays(r.nextInt(100)))).governance(governance.build()).build());
        }
        // The days each person already attends: every activity starts at 10:00, and no one is at two at once.
        BitSet[] busy = new BitSet[PARTICIPANTS];
        for (int i = 0; i < ACTIVITIES; i++) {
            String id = "a-" + i;
            String project = "project-" + r.nextInt(PROJECTS);
            ActivityType type = pick(r, ActivityType.class);
            int day = r.nextInt(700);
            Activity.Builder a = Activity.builder().id(id).projectId(project).type(type)
                    .startTime(LocalTime.of(10, 0)).durationMinutes(180).rung(pick(r, Rung.class))
                    .setting(Setting.IN_PERSON).venue("Community centre " + r.nextInt(50));
            int first = r.nextInt(PARTICIPANTS);
            while (anyBusy(busy, first, day)) {
                day = r.nextInt(700);
            }
            for (int k = 0; k < ATTENDANCE_PER_ACTIVITY; k++) {
                int person = (first + k * 997) % PARTICIPANTS;
                if (busy[person] == null) {
                    busy[person] = new BitSet(700);
                }
                busy[person].set(day);
            }
            a.date(PartialDate.of(FIRST_DAY.plusDays(day)));
            for (int k = 0; k < ATTENDANCE_PER_ACTIVITY; k++) {
                Attendance.Builder attendance = Attendance.builder()
                        .participantId(participantId((first + k * 997) % PARTICIPANTS)).activityId(id)
                        .minutes(60 + r.nextInt(121)).preparationMinutes(r.nextInt(61)).travelMinutes(r.nextInt(91))
                        .chaired(k == 0);
                if (r.nextInt(3) == 0) {
                    attendance.addExpense(ExpenseClaim.builder().category(pick(r, ExpenseCategory.class))
                            .amount(BigDecimal.valueOf(100 + r.nextInt(5000), 2)).currency(GBP)
                            .receiptAttached(r.nextBoolean()).build());
                }
                a.addAttendance(attendance.build());
            }
            record.addActivity(a.build());
        }
        for (int i = 0; i < FEEDBACK_ITEMS; i++) {
            LocalDate raised = FIRST_DAY.plusDays(r.nextInt(700));
            FeedbackItem.Builder item = FeedbackItem.builder().id("f-" + i).projectId("project-" + r.nextInt(PROJECTS))
                    .youSaid("Information is hard to find").addRaisedBy(participantId(r.nextInt(PARTICIPANTS)))
                    .addRaisedAt("a-" + r.nextInt(ACTIVITIES)).raisedOn(PartialDate.of(raised));
            if (r.nextBoolean()) {
                item.addAction(FeedbackAction.builder().weDid("Rewrote the information sheets").owner("Practice team")
                        .decidedAt("a-" + r.nextInt(ACTIVITIES)).startedOn(PartialDate.of(raised.plusDays(10)))
                        .completedOn(PartialDate.of(raised.plusDays(60))).build())
                        .addOutcome(FeedbackOutcome.of("More people found information easy to find"));
            }
            record.addFeedbackItem(item.build());
        }
        return record.build();
    }

    /**
     * The record as compact JSON, leaving out empty lists as an integrating system would.
     */
    static byte[] json(CoproductionRecord record) {
        ObjectMapper compact = CoproductionJson.mapper().disable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        try {
            return compact.writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
