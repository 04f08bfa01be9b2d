package org.coproduction.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static Attendance.Builder valid() {
        return Attendance.builder().participantId("p-001").activityId("a-001").minutes(120);
    }

    @Test
    void negativeMinutesAreAllReportedTogether() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> valid().minutes(-30).preparationMinutes(-5).travelMinutes(-1).build());
        assertEquals(List.of("minutes: must not be negative, was -30", "preparationMinutes: must not be negative, was -5",
                        "travelMinutes: must not be negative, was -1"),
                e.violations().stream().map(Violation::message).collect(Collectors.toList()));
    }

    @Test
    void validAttendanceCountsAllTimeGiven() {
        Attendance a = valid().preparationMinutes(30).travelMinutes(45).build();
        // 120 + 30 + 45, written out
        assertEquals(195, a.totalMinutes());
    }

    @Test
    void jsonPathNamesTheNestedAttendance() {
        String json = "{\"id\":\"a-001\",\"projectId\":\"x\",\"type\":\"meeting\",\"date\":\"2024-03\","
                + "\"rung\":\"co-design\",\"setting\":\"online\",\"attendance\":["
                + "{\"participantId\":\"p-001\",\"activityId\":\"a-001\",\"minutes\":60},"
                + "{\"participantId\":\"p-002\",\"activityId\":\"a-001\",\"minutes\":-30}]}";
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Activity.class));
        assertEquals("attendance[1].minutes: must not be negative, was -30", e.violations().get(0).message());
    }

    @Test
    void missingAndUnknownFieldsAreNamed() {
        ValidationException missing = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"participantId\":\"p-001\",\"activityId\":\"a-001\"}", Attendance.class));
        assertTrue(missing.getMessage().contains("minutes"), missing.getMessage());
        ValidationException unknown = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"participantId\":\"p-001\",\"activityId\":\"a-001\",\"minutes\":5,\"minuets\":5}",
                Attendance.class));
        assertEquals("minuets", unknown.violations().get(0).path());
        ValidationException claim = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"category\":\"taxi\",\"amount\":-1,\"receiptAttached\":true}", ExpenseClaim.class));
        assertTrue(claim.getMessage().contains("currency"), claim.getMessage());
        // A fraction of a minute is rejected, not truncated.
        ValidationException fraction = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"participantId\":\"p-001\",\"activityId\":\"a-001\",\"minutes\":1.5}", Attendance.class));
        assertEquals("minutes", fraction.violations().get(0).path());
        // Defaults apply to fields left out.
        Attendance read = CoproductionJson.read("{\"participantId\":\"p-001\",\"activityId\":\"a-001\",\"minutes\":5}",
                Attendance.class);
        assertEquals(0, read.travelMinutes());
    }

    @Test
    void attendanceWithExpensesRoundTrips() {
        Attendance a = valid().chaired(true)
                .addExpense(ExpenseClaim.ofPounds(ExpenseCategory.PUBLIC_TRANSPORT, "4.60", true)).build();
        JsonRoundTrip.assertRoundTrip(a, Attendance.class);
    }
}
