package org.coproduction.core.recompense;

import static org.instancio.Select.field;
import static org.instancio.Select.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.instancio.Instancio;
import org.instancio.Model;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16: "records accept values (2^31−1 minutes, 24 h of preparation) that statements then refuse". Instancio
 * draws attendances with every quantity at and around its documented edge (minutes, preparation and travel
 * minutes of 0, 1, 1,439, 1,440, 1,441 and 2^31−1; start times either side of midnight; claim amounts and
 * miles at, just inside and just past their bounds, with exponents), keeps what the builders accept, and puts
 * them in a record. Then, for every preset policy and every person:
 *
 * <ul>
 *   <li>every statement is made or refused with the library's {@link ValidationException}, never another
 *       exception;</li>
 *   <li>the record and the statements agree on the rules of one person's time: a record that is accepted is
 *       never refused by a statement for a day of more than 1,440 minutes or an overlap, and a record refused
 *       for them names exactly the problems the statements name (every preset has rates on every day drawn,
 *       and the period covers them all, so each statement sees every attendance).</li>
 * </ul>
 * The expected outcome needs no figures: it compares the record's refusal with the statements'.
 */
@ExtendWith(InstancioExtension.class)
class RecordAndStatementAgreeTest {

    private static final int TRIES = 300;

    /** A Monday on which every preset policy has a rate schedule in force, and the days after it. */
    private static final LocalDate MONDAY = LocalDate.of(2024, 10, 7);

    /** One attendance to record: who, which day, when the activity starts, and the quantities. */
    record Planned(int person, int day, boolean timed, int startMinute, int minutes, int preparationMinutes,
            int travelMinutes, boolean claims, String amount, String miles) {
    }

    private static final Integer[] MINUTES = {0, 1, 30, 59, 60, 90, 120, 719, 720, 1439, 1440, 1441, 2880,
            Integer.MAX_VALUE, -1};

    private static final Model<Planned> PLANNED = Instancio.of(Planned.class)
            .generate(field(Planned.class, "person"), gen -> gen.ints().range(1, 2))
            .generate(field(Planned.class, "day"), gen -> gen.ints().range(0, 1))
            .generate(field(Planned.class, "startMinute"), gen -> gen.oneOf(0, 1, 600, 659, 1380, 1410, 1439))
            .generate(field(Planned.class, "minutes"), gen -> gen.oneOf(MINUTES))
            .generate(field(Planned.class, "preparationMinutes"), gen -> gen.oneOf(MINUTES))
            .generate(field(Planned.class, "travelMinutes"), gen -> gen.oneOf(MINUTES))
            .generate(field(Planned.class, "amount"), gen -> gen.oneOf("0.01", "4.60", "999999999.99",
                    "1000000000", "1000000000.01", "1E+3", "1E+9", "1E+10", "0.001", "0"))
            .generate(field(Planned.class, "miles"), gen -> gen.oneOf("0.01", "12.5", "9999.99", "10000",
                    "10000.01", "1E+4", "1E+5", "0.001", "0"))
            .toModel();

    private static <T> T orNull(Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException refused) {
            return null;  // a value the builders refuse is in no record: a document holding it is refused
        }
    }

    private static Activity activity(int index, Planned planned) {
        Attendance.Builder attendance = Attendance.builder().participantId("p-" + planned.person())
                .activityId("a-" + index).minutes(planned.minutes()).preparationMinutes(planned.preparationMinutes())
                .travelMinutes(planned.travelMinutes());
        if (planned.claims()) {
            ExpenseClaim claim = orNull(() -> ExpenseClaim.builder().category(ExpenseCategory.MILEAGE)
                    .amount(new BigDecimal(planned.amount())).miles(new BigDecimal(planned.miles()))
                    .currency(Currency.getInstance("GBP")).receiptAttached(true).build());
            if (claim != null) {
                attendance.addExpense(claim);
            }
        }
        Activity.Builder activity = Activity.builder().id("a-" + index).projectId("forum")
                .type(ActivityType.MEETING).date(PartialDate.of(MONDAY.plusDays(planned.day())))
                .rung(Rung.CO_PRODUCTION).setting(Setting.ONLINE);
        if (planned.timed()) {
            activity.startTime(LocalTime.ofSecondOfDay(planned.startMinute() * 60L));
        }
        Attendance built = orNull(attendance::build);
        return built == null ? null : orNull(() -> activity.addAttendance(built).build());
    }

    private static Participant person(int number) {
        return Participant.builder().id("p-" + number).addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER).recompense(RecompensePreference.PAYMENT)
                .consent(Consent.given(PartialDate.of(MONDAY.minusYears(1)), "involvement work")).build();
    }

    /** The problems with one person's time: a day of more than 1,440 minutes, or two attendances at once. */
    private static Set<String> timeProblems(ValidationException refused) {
        Set<String> problems = new LinkedHashSet<>();
        for (Violation v : refused.violations()) {
            if (v.message().contains("more than a day") || v.message().contains("one person cannot attend both")) {
                problems.add(v.message());
            }
        }
        return problems;
    }

    @Test
    @Seed(16)
    void aRecordAndItsStatementsAgreeOnEveryPersonsTime() {
        int[] made = new int[1];
        int refusedRecords = 0;
        for (int i = 0; i < TRIES; i++) {
            refusedRecords += oneRecord(made) ? 0 : 1;
        }
        // Both sides of the rules are reached: records accepted and priced, and records refused.
        assertTrue(made[0] > TRIES, made[0] + " statements made");
        assertTrue(refusedRecords > TRIES / 20 && refusedRecords < TRIES / 2, refusedRecords + " records refused");
    }

    /** Draws one record and checks its statements; whether the record was accepted. */
    private static boolean oneRecord(int[] made) {
        List<Activity> activities = new ArrayList<>();
        int count = Instancio.of(Integer.class).generate(root(), gen -> gen.ints().range(1, 6)).create();
        for (Planned planned : Instancio.ofList(PLANNED).size(count).create()) {
            Activity activity = activity(activities.size() + 1, planned);
            if (activity != null) {
                activities.add(activity);
            }
        }
        List<Participant> people = List.of(person(1), person(2), person(3));
        Set<String> recordProblems = new LinkedHashSet<>();
        try {
            CoproductionRecord.builder().id("record").title("Forum").addProject(Project.builder().id("forum")
                    .title("Forum").kind(ProjectKind.FORUM).purpose("Shape services together").addAim("Better services")
                    .currentRung(Rung.CO_DESIGN).targetRung(Rung.CO_PRODUCTION).build())
                    .participants(people).activities(activities).build();
        } catch (ValidationException refused) {
            recordProblems.addAll(timeProblems(refused));
            // Only the rules of time can break: every other part of this record is valid.
            assertEquals(refused.violations().size(), recordProblems.size(), refused::getMessage);
        }
        for (RecompensePolicy policy : Recompense.presets()) {
            Set<String> statementProblems = new LinkedHashSet<>();
            for (Participant person : people) {
                try {
                    PaymentStatement statement = Recompense.statement(policy, person, activities, MONDAY,
                            MONDAY.plusDays(3), StatementOptions.none());
                    made[0]++;
                    statement.toText();
                    assertEquals(statement, CoproductionJson.read(CoproductionJson.write(statement),
                            PaymentStatement.class));
                } catch (ValidationException refused) {
                    statementProblems.addAll(timeProblems(refused));
                }
            }
            assertEquals(recordProblems, statementProblems, policy.id());
        }
        return recordProblems.isEmpty();
    }
}
