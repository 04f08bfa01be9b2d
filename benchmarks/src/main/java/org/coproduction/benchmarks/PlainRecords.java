package org.coproduction.benchmarks;

import java.math.BigDecimal;
import java.util.List;

/**
 * The baseline: the same JSON read by Jackson into plain Java records, with text for dates and enumerations
 * and no validation at all.
 */
final class PlainRecords {

    private PlainRecords() {
    }

    record Document(String id, String title, List<Project> projects, List<Participant> participants,
            List<Activity> activities, List<FeedbackItem> feedbackItems) {
    }

    record Project(String id, String title, String kind, String purpose, List<String> aims, String start,
            String currentRung, String targetRung, Governance governance) {
    }

    record Governance(List<String> chairs, List<String> votingMembers) {
    }

    record Participant(String id, List<String> roles, String involvement, List<String> modes,
            List<String> accessNeeds, Consent consent, String recompense) {
    }

    record Consent(String givenOn, String scope, boolean confirmedNotCoerced, String withdrawnOn) {
    }

    record Activity(String id, String projectId, String type, String date, String startTime, Integer durationMinutes,
            String rung, String setting, String venue, List<Attendance> attendance) {
    }

    record Attendance(String participantId, String activityId, int minutes, int preparationMinutes, int travelMinutes,
            boolean chaired, List<Expense> expenses) {
    }

    record Expense(String category, BigDecimal amount, String currency, boolean receiptAttached) {
    }

    record FeedbackItem(String id, String projectId, String youSaid, List<String> raisedBy, List<String> raisedAt,
            String raisedOn, List<Action> actions, List<Outcome> outcomes) {
    }

    record Action(String weDid, String owner, String decidedAt, String startedOn, String completedOn) {
    }

    record Outcome(String resultedIn) {
    }
}
