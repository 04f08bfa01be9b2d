package org.coproduction.core;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;

import java.util.List;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.project.Project;
import org.coproduction.core.proportionality.ProportionalityRules;
import org.coproduction.core.recording.AccessSummary;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.recording.Involvement;
import org.coproduction.core.recording.TimelineEntry;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.junit.jupiter.api.Test;

/** Every domain type survives JSON unchanged, over generated values with optional parts present and absent. */
class RoundTripTest {

    private static final List<String> PEOPLE = List.of("p-001", "p-002", "p-003");

    @Test
    void partialDates() {
        Property.forAll(200, DomainGenerators::partialDate, d -> assertRoundTrip(d, PartialDate.class));
    }

    @Test
    void participants() {
        Property.forAll(200, r -> DomainGenerators.participant(r, "p-" + r.nextInt(999)),
                p -> assertRoundTrip(p, Participant.class));
    }

    @Test
    void expenseClaimsAndAttendance() {
        Property.forAll(200, DomainGenerators::expense, e -> assertRoundTrip(e, ExpenseClaim.class));
        Property.forAll(200, r -> DomainGenerators.attendance(r, "p-001", "a-1", 180),
                a -> assertRoundTrip(a, Attendance.class));
    }

    @Test
    void activities() {
        Property.forAll(200, r -> DomainGenerators.activity(r, "a-1", "project-1", PEOPLE),
                a -> assertRoundTrip(a, Activity.class));
    }

    @Test
    void feedbackItems() {
        Property.forAll(300, r -> DomainGenerators.feedbackItem(r, "f-1", PEOPLE, List.of("a-1", "a-2")),
                f -> assertRoundTrip(f, FeedbackItem.class));
    }

    @Test
    void projects() {
        Property.forAll(200, r -> DomainGenerators.project(r, "project-1", PEOPLE), p -> assertRoundTrip(p, Project.class));
    }

    @Test
    void wholeRecordsAndTheirQueryResults() {
        Property.forAll(100, DomainGenerators::record, record -> {
            assertRoundTrip(record, CoproductionRecord.class);
            for (Project p : record.projects()) {
                record.timeline(p.id()).forEach(e -> assertRoundTrip(e, TimelineEntry.class));
            }
            for (Participant p : record.participants()) {
                assertRoundTrip(record.involvement(p.id()), Involvement.class);
            }
            for (Activity a : record.activities()) {
                assertRoundTrip(record.accessSummary(a.id()), AccessSummary.class);
            }
        });
    }

    @Test
    void proportionalityRules() {
        assertRoundTrip(ProportionalityRules.illustrative(), ProportionalityRules.class);
    }
}
