package org.coproduction.core.recompense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.participant.RecompensePreference;
import org.coproduction.core.time.PartialDate;

/** Small builders for the records statements are made from. */
final class Fixtures {

    static final String PERSON = "p-001";

    /** The NIHR-style preset with caps of £60 a day, £150 a week and £900 a tax year before 16 December 2025. */
    static final RecompensePolicy CAPPED_NIHR = RecompensePolicy.builder().from(Recompense.nihr())
            .id("nihr-capped").schedules(List.of(Recompense.nihr().schedules().get(0)
                    .withCaps(Caps.builder().perDay(new BigDecimal("60")).perWeek(new BigDecimal("150"))
                            .perTaxYear(new BigDecimal("900")).build()),
                    Recompense.nihr().schedules().get(1)))
            .build();

    private Fixtures() {
    }

    static Participant person(InvolvementLevel involvement, RecompensePreference preference, ParticipantRole... roles) {
        return Participant.builder().id(PERSON).roles(Set.of(roles)).involvement(involvement)
                .consent(Consent.given(PartialDate.of(LocalDate.of(2020, 1, 1)), "involvement work"))
                .recompense(preference).build();
    }

    static Participant contributor() {
        return contributor(PERSON);
    }

    /** A regular member with lived experience who takes payment, with the identifier given. */
    static Participant contributor(String id) {
        return Participant.builder().from(person(InvolvementLevel.REGULAR_MEMBER, RecompensePreference.PAYMENT,
                ParticipantRole.LIVED_EXPERIENCE)).id(id).build();
    }

    static Attendance.Builder attends(String activityId, int minutes) {
        return Attendance.builder().participantId(PERSON).activityId(activityId).minutes(minutes);
    }

    static Activity activity(String id, ActivityType type, LocalDate date, Attendance... attendance) {
        return Activity.builder().id(id).projectId("proj-1").type(type).date(PartialDate.of(date))
                .rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON).addAttendance(attendance).build();
    }

    static Activity timed(String id, ActivityType type, LocalDate date, LocalTime start, int duration,
            Attendance... attendance) {
        return Activity.builder().id(id).projectId("proj-1").type(type).date(PartialDate.of(date)).startTime(start)
                .durationMinutes(duration).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
                .addAttendance(attendance).build();
    }

    static ExpenseClaim claim(ExpenseCategory category, String pounds, boolean receipt) {
        return ExpenseClaim.ofPounds(category, pounds, receipt);
    }
}
