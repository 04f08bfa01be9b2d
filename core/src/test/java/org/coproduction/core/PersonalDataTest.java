package org.coproduction.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.DemographicAttribute;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.PersonalDataRules;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Personal data stays out of text the library produces for people other than the data's owner: no
 * {@code toString()} of any value reachable from a record, and no validation message, may contain a
 * participant's demographic attributes or the free text of what they said. Each attribute holds a
 * distinctive marker, so any leak is found by searching for the marker.
 */
class PersonalDataTest {

    private static final List<String> MARKERS = PersonalDataRules.RECORD_MARKERS;

    /** The markers and an expense note in the claimant's own words, which no log line may show. */
    private static final List<String> NOTE_TOO = java.util.stream.Stream.concat(MARKERS.stream(),
            java.util.stream.Stream.of("ZQX-NOTE")).collect(java.util.stream.Collectors.toList());

    private static void assertNoMarker(String text, String where) {
        PersonalDataRules.assertNoMarker(text, MARKERS, where);
    }

    @Test
    void noReachableValueShowsDemographicsOrWhatPeopleSaid() {
        int scanned = PersonalDataRules.assertNoMarkerReachable(PersonalDataRules.markedRecord(), MARKERS);
        assertTrue(scanned > 10, "the scan should reach the record's values, reached " + scanned);
        CoproductionRecord record = PersonalDataRules.markedRecord();
        assertNoMarker(record.involvement("p-001").toString(), "Involvement");
        assertNoMarker(record.accessSummary("a-001").toString(), "AccessSummary");
        assertNoMarker(record.timeline("forum").toString(), "timeline");
        // The timeline's descriptions are the "you said" text itself, for showing back to the group.
        assertTrue(record.timeline("forum").stream().anyMatch(t -> t.description().contains("ZQX-YOU-SAID")));
    }

    @Test
    void validationMessagesNeverEchoPersonalValues() {
        String json = CoproductionJson.write(PersonalDataRules.markedRecord());
        List<String> broken = new ArrayList<>();
        // A demographic value of the wrong type, in each demographic field.
        broken.add(json.replace("\"carer\" : true", "\"carer\" : \"ZQX-AREA\""));
        broken.add(json.replace("\"ethnicity\" : \"ZQX-ETHNICITY\"", "\"ethnicity\" : [\"ZQX-ETHNICITY\"]"));
        broken.add(json.replace("\"area\" : \"ZQX-AREA\"", "\"area\" : {\"ZQX-AREA\" : 1}"));
        // A field unknown to demographics, named by a marker.
        broken.add(json.replace("\"area\" : \"ZQX-AREA\"", "\"ZQX-GENDER\" : \"ZQX-AREA\""));
        // A broken rule elsewhere in a record that holds demographics and what people said.
        broken.add(json.replace("\"minutes\" : 120", "\"minutes\" : -5"));
        broken.add(json.replace("\"raisedBy\" : [ \"p-001\" ]", "\"raisedBy\" : [ \"p-404\" ]"));
        broken.add(json.replace("\"id\" : \"p-002\"", "\"id\" : \"p-001\""));
        broken.add(json.replace("\"youSaid\" : \"ZQX-YOU-SAID\"", "\"youSaid\" : [ \"ZQX-YOU-SAID\" ]"));
        // Text that is not JSON at all where a personal value belongs: the parser's reason would quote it.
        broken.add(json.replace("\"ZQX-ETHNICITY\"", "ZQX-ETHNICITY"));
        broken.add(json.replace("\"youSaid\" : \"ZQX-YOU-SAID\"", "\"youSaid\" : ZQX-YOU-SAID"));
        for (String document : broken) {
            assertTrue(!document.equals(json), "every broken document must differ from the valid one");
            ValidationException e = assertThrows(ValidationException.class,
                    () -> CoproductionJson.read(document, CoproductionRecord.class));
            assertNoMarker(e.getMessage(), "message");
            e.violations().forEach(v -> assertNoMarker(v.toString(), "violation"));
        }
        ValidationException carer = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(broken.get(0), CoproductionRecord.class));
        assertEquals("participants[0].demographics: must be true or false (the value is not shown: it is personal data)",
                carer.violations().get(0).message());
        ValidationException unquoted = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(broken.get(8), CoproductionRecord.class));
        assertTrue(unquoted.violations().get(0).toString().startsWith("participants[0].demographics: must be well-formed JSON at line "),
                unquoted.getMessage());
        ValidationException built = assertThrows(ValidationException.class,
                () -> Participant.builder().from(PersonalDataRules.markedParticipant("p-001")).id("Jane Smith").build());
        assertNoMarker(built.getMessage(), "builder message");
    }

    @Test
    void queriesAfterAWithdrawalUseOnlyEarlierRecords() {
        // p-002 attends on 5 February and 4 March and withdraws consent on 10 February: the March attendance
        // cannot be recorded, so the record holds only February's, and every query counts only that.
        Participant withdrawn = Participant.builder().from(PersonalDataRules.markedParticipant("p-002"))
                .consent(Consent.given(PartialDate.parse("2024-01"), "forum meetings")
                        .withdrawn(java.time.LocalDate.of(2024, 2, 10))).build();
        Attendance february = Attendance.builder().participantId("p-002").activityId("a-001").minutes(90).build();
        Attendance march = Attendance.builder().participantId("p-002").activityId("a-002").minutes(60).build();
        CoproductionRecord base = PersonalDataRules.markedRecord();
        Activity first = Activity.builder().from(base.activity("a-001").orElseThrow()).addAttendance(february).build();
        Activity second = Activity.builder().id("a-002").projectId("forum").type(ActivityType.MEETING)
                .date(PartialDate.parse("2024-03-04")).rung(Rung.CO_PRODUCTION).setting(Setting.IN_PERSON)
                .durationMinutes(60).build();
        ValidationException refused = assertThrows(ValidationException.class, () -> CoproductionRecord.builder()
                .from(base).participants(List.of(base.participant("p-001").orElseThrow(), withdrawn))
                .activities(List.of(first, Activity.builder().from(second).addAttendance(march).build())).build());
        assertTrue(refused.getMessage().contains("withdrawn"), refused.getMessage());

        CoproductionRecord record = CoproductionRecord.builder().from(base)
                .participants(List.of(base.participant("p-001").orElseThrow(), withdrawn))
                .activities(List.of(first, second)).build();
        // Independent count: one meeting (a-001, 90 minutes) before the withdrawal, none after.
        assertEquals(List.of("a-001"), record.involvement("p-002").activityIds());
        assertEquals(90, record.involvement("p-002").minutes());
        assertEquals(2, record.accessSummary("a-001").attendees());
        assertEquals(0, record.accessSummary("a-002").attendees());
    }

    @Test
    void paymentStatementsShowNoDemographicsAndTheirTextNoNote() {
        // p-001 attends a-001 for two hours and claims a bus fare with a note in their own words.
        CoproductionRecord base = PersonalDataRules.markedRecord();
        Activity meeting = Activity.builder().from(base.activity("a-001").orElseThrow()).attendance(List.of(
                Attendance.builder().participantId("p-001").activityId("a-001").minutes(120)
                        .addExpense(ExpenseClaim.builder().category(ExpenseCategory.PUBLIC_TRANSPORT)
                                .amount(new BigDecimal("4.50")).currency(Currency.getInstance("GBP"))
                                .receiptAttached(true).note("ZQX-NOTE").build())
                        .build())).build();
        Participant paid = PersonalDataRules.markedParticipant("p-001");
        PaymentStatement statement = Recompense.statement(Recompense.nihr(), paid, List.of(meeting),
                LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));
        assertTrue(statement.lines().size() >= 2, "the statement must hold the time and the expense: " + statement.toText());
        assertNoMarker(statement.toText(), "PaymentStatement.toText()");
        assertTrue(PersonalDataRules.assertNoMarkerReachable(statement, NOTE_TOO) > 2);
    }

    @Test
    void aNameTypedAsAParticipantIdIsNotRepeated() {
        // A pseudonymous id is the rule; a name typed in its place must not reach messages or logs.
        ValidationException e = assertThrows(ValidationException.class,
                () -> Participant.builder().from(PersonalDataRules.markedParticipant("p-001")).id("Jane Smith").build());
        assertFalse(e.getMessage().contains("Jane Smith"), e.getMessage());
        assertEquals("id", e.violations().get(0).path());
        String json = CoproductionJson.write(PersonalDataRules.markedRecord()).replace("\"id\" : \"p-002\"", "\"id\" : \"Jane Smith\"");
        ValidationException read = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json, CoproductionRecord.class));
        assertFalse(read.getMessage().contains("Jane Smith"), read.getMessage());
    }

    @Test
    void demographicProfilesShowNoCategoryInText() {
        List<Participant> people = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            people.add(PersonalDataRules.markedParticipant(String.format("p-%03d", i)));
        }
        DisclosureControl roundToFive = new DisclosureControl() {
            @Override
            public int threshold() {
                return SmallNumberRule.STANDARD_THRESHOLD;
            }

            @Override
            public int roundingBase() {
                return 5;
            }
        };
        DemographicProfile profile = DemographicProfile.of(people, roundToFive);
        // Six people who share every category: the counts are published (6 and, without anyone, 5 both round
        // to 5), the categories (held by six, at least the threshold 3) are in the data.
        assertEquals("ZQX-AGE-BAND: 5", profile.attribute(DemographicAttribute.AGE_BAND).orElseThrow().cells().get(0)
                .toString());
        assertNoMarker(profile.toString(), "DemographicProfile.toString()");
        profile.attributes().forEach(a -> assertNoMarker(a.toString(), "AttributeProfile.toString()"));
    }
}
