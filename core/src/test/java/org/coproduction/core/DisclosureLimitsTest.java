package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.DemographicAttribute;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Disclosure limits that must hold against a reader who guesses or compares (issue 16, points 4 and 5). */
class DisclosureLimitsTest {

    private static Participant person(String id, Demographics demographics) {
        return Participant.builder().id(id).addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings"))
                .demographics(demographics).build();
    }

    @Test
    void thresholdsBelowTheDocumentedMinimumOfThreeAreRefused() {
        // The minimum 3 is NHS England's ASCOF pipeline's threshold for the carers' survey (measures notes §1.8).
        assertEquals(3, DisclosureControl.MINIMUM_THRESHOLD);
        for (int low : new int[] {0, 1, 2}) {
            ValidationException e = assertThrows(ValidationException.class, () -> SmallNumberRule.fewerThan(low));
            assertEquals("threshold", e.violations().get(0).path());
        }
        assertEquals(3, SmallNumberRule.fewerThan(3).threshold());
        DisclosureControl one = () -> 1;
        ValidationException e = assertThrows(ValidationException.class,
                () -> DemographicProfile.of(List.of(person("p-1", Demographics.builder().build())), one));
        assertEquals("rule.threshold", e.violations().get(0).path());
        // A host's own rule with threshold 2 and rounding base 0: both refused at once, with or without code lists.
        DisclosureControl loose = new DisclosureControl() {
            @Override
            public int threshold() {
                return 2;
            }

            @Override
            public int roundingBase() {
                return 0;
            }
        };
        List<Participant> people = List.of(person("p-1", Demographics.builder().build()));
        for (Executable call : List.<Executable>of(() -> DemographicProfile.of(people, loose),
                () -> DemographicProfile.of(people, loose, Map.of(DemographicAttribute.AGE_BAND, List.of("18-64"))))) {
            ValidationException both = assertThrows(ValidationException.class, call);
            assertEquals(List.of("rule.threshold", "rule.roundingBase"),
                    both.violations().stream().map(v -> v.path()).toList());
        }
    }

    @Test
    void equalityDoesNotConfirmAGuessedDemographicValue() {
        Participant real = person("p-1", Demographics.builder().ethnicity("Gypsy or Irish Traveller").build());
        Participant guess = person("p-1", Demographics.builder().ethnicity("White British").build());
        Participant right = person("p-1", Demographics.builder().ethnicity("Gypsy or Irish Traveller").build());
        // Whether the guess is right or wrong, equals and hashCode answer the same.
        assertEquals(real.equals(right), real.equals(guess));
        assertEquals(real.hashCode(), guess.hashCode());
        assertFalse(real.toString().contains("Gypsy"));
        // Fields with a public accessor still count.
        assertFalse(real.equals(real.withInvolvement(InvolvementLevel.ONE_OFF_ACTIVITIES)));
    }

    @Test
    void aNameTypedAsAnActivityIdIsNotRepeatedByTheAttendanceCheck() {
        Attendance attendance = Attendance.builder().participantId("p-1").activityId("a-1").minutes(60).build();
        ValidationException e = assertThrows(ValidationException.class, () -> Activity.builder().id("Jane Smith")
                .projectId("forum").type(ActivityType.MEETING).date(PartialDate.parse("2024-03-04"))
                .rung(Rung.CO_PRODUCTION).setting(Setting.IN_PERSON).addAttendance(attendance).build());
        assertTrue(e.violations().size() >= 2, e.getMessage());
        StringBuilder all = new StringBuilder(e.getMessage());
        e.violations().forEach(v -> all.append(v.message()).append(v.toString()));
        assertFalse(all.toString().contains("Jane"), all.toString());
    }
}
