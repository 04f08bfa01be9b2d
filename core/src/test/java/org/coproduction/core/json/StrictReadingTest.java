package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.recording.AccessSummary;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader coerces nothing and reports every mistake of a document at once. Each test of a single value
 * is one row of the coercion table in {@code docs/json.md}; the expected messages are the ones that table
 * documents, written from the rule (what a JSON sender must send), not copied from the reader's output.
 */
class StrictReadingTest {

    private static final String ATTENDANCE = "{\"participantId\": \"p-001\", \"activityId\": \"a-1\", \"minutes\": 150}";
    private static final String CLAIM = "{\"category\": \"mileage\", \"amount\": 5.40, \"currency\": \"GBP\", "
            + "\"receiptAttached\": false, \"miles\": 12}";
    private static final String CONSENT = "{\"givenOn\": \"2025-01-14\", \"scope\": \"forum\", \"confirmedNotCoerced\": true}";

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }

    private static List<String> refused(String json, Class<?> type) {
        return messages(assertThrows(ValidationException.class, () -> CoproductionJson.read(json, type)));
    }

    @Test
    void theValidDocumentsOfTheseTestsRead() {
        assertEquals(150, CoproductionJson.read(ATTENDANCE, Attendance.class).minutes());
        assertEquals("5.40", CoproductionJson.read(CLAIM, ExpenseClaim.class).amount().toPlainString());
        assertTrue(CoproductionJson.read(CONSENT, Consent.class).confirmedNotCoerced());
    }

    @Test
    void textWhereAWholeNumberBelongsIsRefused() {
        assertEquals(List.of("minutes: must be a whole number, was the string \"150\""),
                refused(ATTENDANCE.replace("150", "\"150\""), Attendance.class));
    }

    @Test
    void emptyTextWhereANumberBelongsIsRefusedNotTakenAsMissing() {
        assertEquals(List.of("minutes: must be a whole number, was the string \"\""),
                refused(ATTENDANCE.replace("150", "\"\""), Attendance.class));
        assertEquals(List.of("amount: must be a number, was the string \"\""),
                refused(CLAIM.replace("5.40", "\"\""), ExpenseClaim.class));
    }

    @Test
    void textWhereADecimalBelongsIsRefused() {
        assertEquals(List.of("amount: must be a number, was the string \"5.40\""),
                refused(CLAIM.replace("5.40", "\"5.40\""), ExpenseClaim.class));
    }

    @Test
    void numbersWrittenAsTextNeverBecomeNumbersHoweverLarge() {
        // Issue 16: "1e999999999" as text skipped the large-number guard and ran a statement out of memory.
        assertEquals(List.of("miles: must be a number, was the string \"1e999999999\""),
                refused(CLAIM.replace("12", "\"1e999999999\""), ExpenseClaim.class));
        assertEquals(List.of("amount: must be a number, was the string \"1e400\""),
                refused(CLAIM.replace("5.40", "\"1e400\""), ExpenseClaim.class));
    }

    @Test
    void aNumberBeyondTheRangeOfADoubleIsRefusedAsTheLibraryWouldWriteIt() {
        // 1e400 read and written back is 1E+400: both spellings are refused on reading, so no document that
        // reads can be written into one that does not.
        for (String written : List.of("1e400", "1E+400")) {
            assertEquals(List.of("miles: must not hold numbers with more than 309 digits before the point "
                    + "(larger than any double)"), refused(CLAIM.replace("12", written), ExpenseClaim.class), written);
        }
    }

    @Test
    void textWhereTrueOrFalseBelongsIsRefused() {
        assertEquals(List.of("confirmedNotCoerced: must be true or false, was the string \"true\""),
                refused(CONSENT.replace("true", "\"true\""), Consent.class));
        assertEquals(List.of("confirmedNotCoerced: must be true or false, was the number 1"),
                refused(CONSENT.replace("true", "1"), Consent.class));
    }

    @Test
    void aNumberWhereTextBelongsIsRefused() {
        assertEquals(List.of("participantId: must be text, was the number 101"),
                refused(ATTENDANCE.replace("\"p-001\"", "101"), Attendance.class));
        assertEquals(List.of("participantId: must be text, was true"),
                refused(ATTENDANCE.replace("\"p-001\"", "true"), Attendance.class));
    }

    @Test
    void aNumberWhereTextBelongsInAPersonalFieldIsRefusedWithoutShowingIt() {
        String json = "{\"id\": \"f-1\", \"projectId\": \"project-1\", \"youSaid\": 42, \"raisedByGroup\": \"forum\","
                + " \"raisedOn\": \"2025\"}";
        List<String> messages = refused(json, FeedbackItem.class);
        assertEquals(List.of("youSaid: must be text (the value is not shown: it is personal data)"), messages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MILEAGE", "Mileage", "mileage ", "public_transport"})
    void aClosedSetIsReadOnlyFromItsDocumentedIdentifier(String spelling) {
        List<String> messages = refused(CLAIM.replace("\"mileage\"", "\"" + spelling + "\""), ExpenseClaim.class);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("category: must be one of \"public-transport\","), messages.get(0));
        assertTrue(messages.get(0).endsWith(", was the string \"" + spelling + "\""), messages.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BSL", "Large-Print", "large_print", "sign language"})
    void aMapKeyFromAClosedSetIsReadOnlyFromItsDocumentedIdentifierAndTheKeyIsNamed(String spelling) {
        String json = "{\"activityId\": \"a-1\", \"attendees\": 12, \"needs\": {\"easy-read\": 2, \"" + spelling
                + "\": 1}}";
        List<String> messages = refused(json, AccessSummary.class);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("needs: each key must be one of \"easy-read\", \"bsl\","), messages.get(0));
        assertTrue(messages.get(0).endsWith(", was the key \"" + spelling + "\""), messages.get(0));
        assertEquals(2, CoproductionJson.read(json.replace("\"" + spelling + "\"", "\"bsl\""), AccessSummary.class)
                .needs().size(), "the documented identifier reads");
    }

    @Test
    void aNumberWhereAClosedSetBelongsIsRefused() {
        List<String> messages = refused(CLAIM.replace("\"mileage\"", "2"), ExpenseClaim.class);
        assertTrue(messages.get(0).endsWith(", was the number 2"), messages.toString());
    }

    @Test
    void nullForARequiredFieldIsRefusedAndSaysSo() {
        assertEquals(List.of("minutes: is required, was null"),
                refused(ATTENDANCE.replace("150", "null"), Attendance.class));
    }

    @Test
    void nullForAnOptionalFieldIsTheSameAsLeavingItOut() {
        // .NET and many other serialisers write absent optional values as null.
        ExpenseClaim claim = CoproductionJson.read(CLAIM.replace("}", ", \"note\": null}"), ExpenseClaim.class);
        assertFalse(claim.note().isPresent());
    }

    @Test
    void aFractionOrANumberOutOfRangeWhereAWholeNumberBelongsIsRefusedWithTheRange() {
        assertEquals(List.of("minutes: must be a whole number, was the number 2.5"),
                refused(ATTENDANCE.replace("150", "2.5"), Attendance.class));
        assertEquals(List.of("minutes: must be a whole number from -2147483648 to 2147483647, was the number 3000000000"),
                refused(ATTENDANCE.replace("150", "3000000000"), Attendance.class));
    }

    @Test
    void datesAreReadOnlyAsIsoTextWithTheExpectedFormShown() {
        String withDate = CLAIM.replace("}", ", \"submittedOn\": \"2025-03-04\"}");
        assertEquals("2025-03-04", CoproductionJson.read(withDate, ExpenseClaim.class).submittedOn().orElseThrow().toString());
        String expected = "submittedOn: must be a date written as text YYYY-MM-DD, such as \"2025-03-04\", was ";
        assertEquals(List.of(expected + "the string \"03/02/2026\""),
                refused(withDate.replace("2025-03-04", "03/02/2026"), ExpenseClaim.class));
        assertEquals(List.of(expected + "the string \"2026-02-30\""),
                refused(withDate.replace("2025-03-04", "2026-02-30"), ExpenseClaim.class));
        assertEquals(List.of(expected + "the number 20260302"),
                refused(withDate.replace("\"2025-03-04\"", "20260302"), ExpenseClaim.class));
        assertEquals(List.of(expected + "a list"),
                refused(withDate.replace("\"2025-03-04\"", "[2025, 3, 4]"), ExpenseClaim.class));
    }

    @Test
    void timesOfDayShowATimeAsTheExample() {
        String json = CoproductionJson.write(ReadingAllocationTest.generated(new SplittableRandom(1), 1).activities().get(0))
                .replace("\"10:00:00\"", "\"10am\"");
        List<String> messages = refused(json, Activity.class);
        assertEquals(List.of("startTime: must be a time of day written as text HH:MM or HH:MM:SS, such as \"10:00\", "
                + "was the string \"10am\""), messages);
    }

    @Test
    void currenciesAreThreeCapitalLettersWithNoJavaInTheMessage() {
        List<String> messages = refused(CLAIM.replace("\"GBP\"", "\"gbp\""), ExpenseClaim.class);
        assertEquals(List.of("currency: must be a currency code of three capital letters, such as \"GBP\", "
                + "was the string \"gbp\""), messages);
    }

    @Test
    void aListOrObjectWhereAScalarBelongsIsRefused() {
        assertEquals(List.of("participantId: must be text, was a list"),
                refused(ATTENDANCE.replace("\"p-001\"", "[\"p-001\"]"), Attendance.class));
        assertEquals(List.of("minutes: must be a whole number, was an object"),
                refused(ATTENDANCE.replace("150", "{\"value\": 150}"), Attendance.class));
    }

    @Test
    void noMessageNamesAJavaType() {
        List<String> all = new ArrayList<>();
        all.addAll(refused(ATTENDANCE.replace("150", "\"150\""), Attendance.class));
        all.addAll(refused(ATTENDANCE.replace("150", "3000000000"), Attendance.class));
        all.addAll(refused(CLAIM.replace("\"GBP\"", "\"gbp\""), ExpenseClaim.class));
        all.addAll(refused(CLAIM.replace("}", ", \"submittedOn\": \"03/02/2026\"}"), ExpenseClaim.class));
        all.addAll(refused(CONSENT.replace("true", "\"true\""), Consent.class));
        for (String message : all) {
            for (String java : List.of("LocalDate", "LocalTime", "Currency", "Integer", " int", "BigDecimal", "Boolean",
                    "String value", "java.")) {
                assertFalse(message.contains(java), java + " in: " + message);
            }
        }
    }

    // One pass, every problem --------------------------------------------------------------------------------

    private static final ObjectMapper TREES = new ObjectMapper();

    /** A valid record of 60 activities as a JSON tree, to put mistakes in. */
    private static ObjectNode record() throws Exception {
        return (ObjectNode) TREES.readTree(CoproductionJson.write(
                ReadingAllocationTest.generated(new SplittableRandom(15), 60)));
    }

    /** Puts the k-th of four kinds of independent mistake into activity k, each the only one there. */
    private static String mistake(ObjectNode record, int k) {
        ObjectNode activity = (ObjectNode) record.get("activities").get(k);
        ObjectNode attendance = (ObjectNode) activity.get("attendance").get(1);
        String at = "activities[" + k + "]";
        switch (k % 5) {
            case 0:
                // a misspelt required field: one problem naming both the unknown field and the one it meant
                attendance.set("minuets", attendance.remove("minutes"));
                return at + ".attendance[1].minuets: is not a known field; did you mean `minutes`, which is required?";
            case 1:
                // a misspelt optional field
                attendance.set("travelMinuets", attendance.remove("travelMinutes"));
                return at + ".attendance[1].travelMinuets: is not a known field; did you mean `travelMinutes`?";
            case 2:
                // a value outside a closed set
                activity.put("setting", "outdoors");
                return at + ".setting: must be one of \"in-person\", \"online\", \"hybrid\", \"phone\", \"in-writing\", was the string \"outdoors\"";
            case 3:
                // a date in a form the library does not read
                activity.put("date", "03/02/2026");
                return null;
            default:
                // a broken domain rule, reported with the binding problems
                attendance.put("minutes", -30);
                return at + ".attendance[1].minutes: must not be negative, was -30";
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 50})
    void aDocumentWithNIndependentMistakesReportsNProblems(int n) throws Exception {
        ObjectNode record = record();
        List<String> expected = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            expected.add(mistake(record, k));
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(TREES.writeValueAsString(record), CoproductionRecord.class));
        List<String> messages = messages(e);
        assertEquals(n, messages.size(), String.join("\n", messages));
        for (int k = 0; k < n; k++) {
            if (expected.get(k) == null) {
                assertTrue(messages.get(k).startsWith("activities[" + k + "].date: "), messages.get(k));
                assertTrue(messages.get(k).contains("a day (2023-10-12)"), messages.get(k));
            } else {
                assertEquals(expected.get(k), messages.get(k));
            }
        }
    }

    @Test
    void threeBadActivitiesInOneRecordAreThreeProblems() throws Exception {
        ObjectNode record = record();
        ArrayNode activities = (ArrayNode) record.get("activities");
        for (int k = 0; k < 3; k++) {
            ((ObjectNode) activities.get(k * 7)).put("type", "wizardry");
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(TREES.writeValueAsString(record), CoproductionRecord.class));
        assertEquals(3, e.violations().size(), e.getMessage());
        assertEquals(List.of("activities[0].type", "activities[7].type", "activities[14].type"),
                e.violations().stream().map(Violation::path).collect(Collectors.toList()));
    }

    @Test
    void aDocumentWithVeryManyMistakesStopsAtAHundredAndSaysSo() throws Exception {
        ObjectNode record = record();
        for (JsonNode activity : record.get("activities")) {
            for (JsonNode attendance : activity.get("attendance")) {
                ((ObjectNode) attendance).put("minutes", "many");
            }
        }
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(TREES.writeValueAsString(record), CoproductionRecord.class));
        assertEquals(ReadingProblems.MAX_PROBLEMS + 1, e.violations().size());
        assertEquals("(document): has more than 100 problems; reading stopped there (the first 100 are listed)",
                e.violations().get(ReadingProblems.MAX_PROBLEMS).message());
    }
}
