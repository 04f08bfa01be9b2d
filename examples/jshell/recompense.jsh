// A payment statement under the NIHR-style hourly preset. Run with  bin/jshell examples/jshell/recompense.jsh
// (JShell ends a statement at the end of a complete line, so chained calls end each line with a dot.)
var me = Participant.builder().id("p-001").addRole(ParticipantRole.LIVED_EXPERIENCE).
    involvement(InvolvementLevel.REGULAR_MEMBER).
    consent(Consent.given(PartialDate.of(LocalDate.of(2026, 1, 5)), "involvement work")).build();
var attended = Attendance.builder().participantId("p-001").activityId("w-1").minutes(100).preparationMinutes(30).
    addExpense(ExpenseClaim.ofPounds(ExpenseCategory.PUBLIC_TRANSPORT, "12.40", true)).build();
var workshop = Activity.builder().id("w-1").projectId("carers-forum").type(ActivityType.WORKSHOP).
    date(PartialDate.of(LocalDate.of(2026, 3, 4))).durationMinutes(120).rung(Rung.CO_DESIGN).
    setting(Setting.IN_PERSON).addAttendance(attended).build();
var statement = Recompense.statement(Recompense.nihr(), me, List.of(workshop),
    LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
System.out.println(statement.toText());
/exit
