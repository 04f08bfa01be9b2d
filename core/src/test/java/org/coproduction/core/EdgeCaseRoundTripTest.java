package org.coproduction.core;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.activity.Setting;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.ladder.CouncilWording;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.ladder.RungGroup;
import org.coproduction.core.money.Money;
import org.coproduction.core.participant.Consent;
import org.coproduction.core.participant.DemographicProfile;
import org.coproduction.core.participant.Demographics;
import org.coproduction.core.participant.InvolvementLevel;
import org.coproduction.core.participant.Participant;
import org.coproduction.core.participant.ParticipantRole;
import org.coproduction.core.project.Project;
import org.coproduction.core.project.ProjectKind;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.testing.PolicyGenerators;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost at the edges: values holding Unicode text (emoji, right-to-left scripts, combining marks,
 * control characters), the extreme days the library accepts (year 1 and year 9999), large amounts with many
 * decimal places, and empty collections, each chosen at random, survive JSON unchanged.
 */
class EdgeCaseRoundTripTest {

    private static final List<String> TEXTS = PolicyGenerators.EDGE_TEXTS;

    static final List<LocalDate> DAYS = List.of(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31),
            LocalDate.of(1, 12, 31), LocalDate.of(9999, 1, 1), LocalDate.of(2000, 2, 29));

    /** Claims from a penny to the largest amount a claim holds, 1,000,000,000 (also written 1E+9). */
    static final List<String> AMOUNTS = List.of("1000000000.00", "0.01", "999999999.99", "1000000.00", "1E+9");

    static final List<String> MONEY = List.of("12345678901234567890.1234567890123", "0.000000000001",
            "-98765432109876543210.98765", "1E+20", "0E-12");

    private static <T> T any(SplittableRandom r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    static PartialDate partial(SplittableRandom r) {
        LocalDate day = any(r, DAYS);
        switch (r.nextInt(3)) {
            case 0:
                return PartialDate.of(Year.from(day));
            case 1:
                return PartialDate.of(YearMonth.from(day));
            default:
                return PartialDate.of(day);
        }
    }

    private static Participant participant(SplittableRandom r, String id) {
        var consent = Consent.given(PartialDate.of(LocalDate.of(1, 1, 1)), any(r, TEXTS));
        var builder = Participant.builder().id(id).addRole(ParticipantRole.LIVED_EXPERIENCE)
                .involvement(InvolvementLevel.REGULAR_MEMBER)
                .consent(r.nextBoolean() ? consent : consent.withdrawn(LocalDate.of(9999, 12, 31)));
        if (r.nextBoolean()) {
            builder.demographics(Demographics.builder().ageBand(any(r, TEXTS)).ethnicity(any(r, TEXTS))
                    .area(any(r, TEXTS)).carer(r.nextBoolean()).build());
        }
        return builder.build();
    }

    private static Activity activity(SplittableRandom r, List<String> people) {
        var activity = Activity.builder().id("a-1").projectId("project-1").type(ActivityType.WORKSHOP)
                .date(PartialDate.of(any(r, DAYS))).rung(Rung.CO_DESIGN).setting(Setting.IN_PERSON)
                .durationMinutes(120).title(any(r, TEXTS)).venue(any(r, TEXTS)).addNote(any(r, TEXTS));
        for (String p : people) {
            var attendance = Attendance.builder().participantId(p).activityId("a-1").minutes(120);
            if (r.nextBoolean()) {
                attendance.addExpense(ExpenseClaim.builder().category(ExpenseCategory.PUBLIC_TRANSPORT)
                        .amount(new BigDecimal(any(r, AMOUNTS))).currency(Currency.getInstance("GBP"))
                        .receiptAttached(true).note(any(r, TEXTS)).build());
            }
            activity.addAttendance(attendance.build());
        }
        return activity.build();
    }

    static CoproductionRecord record(SplittableRandom r) {
        var record = CoproductionRecord.builder().id("record-1").title(any(r, TEXTS))
                .addSource(Citation.of(any(r, TEXTS), SourceStatus.UNVERIFIED));
        if (r.nextInt(4) == 0) {
            return record.build();
        }
        List<String> people = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            String id = "p-00" + i;
            people.add(id);
            record.addParticipant(participant(r, id));
        }
        record.addProject(Project.builder().id("project-1").title(any(r, TEXTS)).kind(ProjectKind.FORUM)
                .purpose(any(r, TEXTS)).currentRung(Rung.CONSULTATION).targetRung(Rung.CO_PRODUCTION).build());
        if (r.nextBoolean()) {
            record.addActivity(activity(r, people));
        }
        if (r.nextBoolean()) {
            record.addFeedbackItem(FeedbackItem.builder().id("f-1").projectId("project-1").youSaid(any(r, TEXTS))
                    .raisedByGroup(any(r, TEXTS)).raisedOn(partial(r)).build());
        }
        return record.build();
    }

    @Test
    void partialDatesAndMoney() {
        Property.forAll(100, EdgeCaseRoundTripTest::partial, d -> assertRoundTrip(d, PartialDate.class));
        Property.forAll(50, EdgeCaseRoundTripTest::money, m -> assertRoundTrip(m, Money.class));
    }

    @Test
    void participantsActivitiesAndRecords() {
        Property.forAll(200, r -> participant(r, "p-001"), p -> assertRoundTrip(p, Participant.class));
        Property.forAll(200, r -> activity(r, List.of("p-001", "p-002")), a -> assertRoundTrip(a, Activity.class));
        Property.forAll(200, EdgeCaseRoundTripTest::record, record -> assertRoundTrip(record, CoproductionRecord.class));
    }

    static Ladder ladder(SplittableRandom r) {
        boolean grouped = r.nextBoolean();
        var ladder = Ladder.builder().id("own").name(any(r, TEXTS))
                .source(Citation.of(any(r, TEXTS), SourceStatus.LIBRARY_OWN));
        var one = RungDefinition.builder().id("one").name(any(r, TEXTS)).order(1).meaning(any(r, TEXTS));
        var two = RungDefinition.builder().id("two").name(any(r, TEXTS)).order(2).meaning(any(r, TEXTS));
        if (grouped) {
            ladder.addGroup(RungGroup.of("all", any(r, TEXTS)));
            one.group("all");
            two.group("all");
        }
        if (r.nextBoolean()) {
            // A council's own wording beside the source's: a label, a meaning, or both.
            var wording = CouncilWording.builder().rung(r.nextBoolean() ? "one" : "two").council(any(r, TEXTS))
                    .source(Citation.of(any(r, TEXTS), SourceStatus.VERIFIED));
            int which = r.nextInt(3);
            if (which != 1) {
                wording.name(any(r, TEXTS));
            }
            if (which != 0) {
                wording.meaning(any(r, TEXTS));
            }
            ladder.addCouncilWording(wording.build());
        }
        return ladder.addRung(one.build()).addRung(two.build()).build();
    }

    static DemographicProfile profile(SplittableRandom r) {
        List<Participant> people = new ArrayList<>();
        for (int i = 1 + r.nextInt(12); i > 0; i--) {
            people.add(participant(r, String.format("p-%03d", i)));
        }
        return DemographicProfile.of(people, SmallNumberRule.fewerThan(SmallNumberRule.MINIMUM_THRESHOLD + r.nextInt(3)));
    }

    static Money money(SplittableRandom r) {
        return Money.of(new BigDecimal(any(r, MONEY)), Currency.getInstance("GBP"));
    }

    @Test
    void laddersWithUnicodeNames() {
        Property.forAll(100, EdgeCaseRoundTripTest::ladder, ladder -> assertRoundTrip(ladder, Ladder.class));
    }

    @Test
    void demographicProfilesWithUnicodeCategories() {
        Property.forAll(100, EdgeCaseRoundTripTest::profile, profile -> assertRoundTrip(profile, DemographicProfile.class));
    }
}
