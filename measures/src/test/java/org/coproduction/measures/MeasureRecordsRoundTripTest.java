package org.coproduction.measures;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.indicator.IndicatorStatus;
import org.coproduction.measures.indicator.Observation;
import org.coproduction.measures.indicator.PeriodGrouping;
import org.coproduction.measures.indicator.Share;
import org.coproduction.measures.indicator.ShareSeries;
import org.coproduction.measures.indicator.SharesByPeriod;
import org.coproduction.measures.indicator.Status;
import org.coproduction.measures.loop.LoopClosure;
import org.coproduction.measures.loop.LoopClosureResult;
import org.coproduction.measures.loop.LoopItem;
import org.coproduction.measures.loop.LoopState;
import org.coproduction.measures.participation.AttendanceRecord;
import org.coproduction.measures.participation.GovernanceSeat;
import org.coproduction.measures.participation.Participation;
import org.coproduction.measures.participation.ParticipationResult;
import org.coproduction.measures.safeguarding.EvaluationFeedback;
import org.coproduction.measures.safeguarding.EvaluationInvitation;
import org.coproduction.measures.safeguarding.Referral;
import org.coproduction.measures.safeguarding.RepeatReferrals;
import org.coproduction.measures.safeguarding.SafeguardingMeasures;
import org.coproduction.measures.safeguarding.Report;
import org.coproduction.measures.safeguarding.RepeatReferralResult;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost from generated indicator, feedback-loop, participation and safeguarding records: Unicode ids,
 * days from 0001-01-01 to 9999-12-31, counts up to the largest long and empty maps survive JSON unchanged, both
 * built directly and worked out by the real accumulators ({@link LoopClosure}, {@link Participation},
 * {@link RepeatReferrals}, the self-referral series) from generated items, attendances and referrals.
 */
class MeasureRecordsRoundTripTest {

    private static <T> Optional<T> maybe(SplittableRandom r, T value) {
        return r.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private static long bigCount(SplittableRandom r) {
        switch (r.nextInt(3)) {
            case 0:
                return 0;
            case 1:
                return Long.MAX_VALUE - r.nextInt(2);
            default:
                return r.nextLong(1_000_000);
        }
    }

    private static BigDecimal decimal(SplittableRandom r) {
        return r.nextBoolean() ? PolicyGenerators.rate(r) : PolicyGenerators.amount(r, r.nextInt(31));
    }

    static IndicatorStatus indicatorStatus(SplittableRandom r) {
        Observation latest = new Observation(PolicyGenerators.day(r), maybe(r, PolicyGenerators.text(r)), decimal(r),
                maybe(r, SmallRecordsRoundTripTest.share(r)));
        return new IndicatorStatus(DomainGenerators.pick(r, Status.class), PolicyGenerators.day(r),
                PolicyGenerators.text(r), maybe(r, latest), maybe(r, decimal(r)),
                maybe(r, IntervalAndRepresentationRoundTripTest.interval(r)));
    }

    static ShareSeries shareSeries(SplittableRandom r) {
        Map<String, Share> byPeriod = new TreeMap<>();
        int periods = r.nextInt(5);
        for (int i = 0; i < periods; i++) {
            byPeriod.put(PolicyGenerators.text(r), SmallRecordsRoundTripTest.share(r));
        }
        return new ShareSeries(DomainGenerators.pick(r, PeriodGrouping.class), byPeriod);
    }

    static LoopItem loopItem(SplittableRandom r) {
        LoopState state = DomainGenerators.pick(r, LoopState.class);
        Optional<LocalDate> raised = maybe(r, PolicyGenerators.day(r));
        Optional<LocalDate> closed = Optional.empty();
        if (state.isClosed() && r.nextBoolean()) {
            // Closing may not come before raising: a closing day from the raising day to 9999-12-31.
            LocalDate from = raised.orElse(LocalDate.of(1, 1, 1));
            long room = LocalDate.of(9999, 12, 31).toEpochDay() - from.toEpochDay();
            closed = Optional.of(from.plusDays(r.nextBoolean() ? room : r.nextLong(room + 1)));
        }
        return new LoopItem(PolicyGenerators.text(r), state, raised, closed);
    }

    static LoopClosureResult loopClosureResult(SplittableRandom r) {
        Map<Integer, Long> days = new TreeMap<>();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            days.put(r.nextBoolean() ? r.nextInt(3_652_059) : r.nextInt(400), 1 + r.nextLong(Long.MAX_VALUE - 1));
        }
        return new LoopClosureResult(SmallRecordsRoundTripTest.share(r), SmallRecordsRoundTripTest.share(r),
                SmallRecordsRoundTripTest.share(r), bigCount(r), bigCount(r), bigCount(r), maybe(r, bigCount(r)),
                maybe(r, bigCount(r)), days);
    }

    static org.coproduction.measures.participation.RecruitmentReachResult recruitmentReach(SplittableRandom r) {
        var reach = new org.coproduction.measures.participation.RecruitmentReach();
        for (int i = r.nextInt(40); i > 0; i--) {
            reach.add(DomainGenerators.participant(r, String.format("p-%03d", i)));
        }
        return reach.result();
    }

    static org.coproduction.measures.survey.EventFeedbackResult eventFeedback(SplittableRandom r) {
        var feedback = new org.coproduction.measures.survey.EventFeedback(
                org.coproduction.core.disclosure.SmallNumberRule.fewerThan(3 + r.nextInt(5)));
        for (int i = r.nextInt(12); i > 0; i--) {
            feedback.add(r.nextBoolean() ? org.coproduction.core.activity.EventRating.of(1 + r.nextInt(5))
                    : org.coproduction.core.activity.EventRating.builder().stars(1 + r.nextInt(5)).comment("ok").build());
        }
        return feedback.result();
    }

    static AttendanceRecord attendanceRecord(SplittableRandom r) {
        int minutes = r.nextBoolean() ? Integer.MAX_VALUE : r.nextInt(1441);
        return new AttendanceRecord(PolicyGenerators.text(r), PolicyGenerators.text(r), PolicyGenerators.day(r),
                DomainGenerators.pick(r, Rung.class), r.nextBoolean(), minutes);
    }

    static GovernanceSeat governanceSeat(SplittableRandom r) {
        return new GovernanceSeat(PolicyGenerators.text(r), r.nextBoolean(), r.nextBoolean());
    }

    private static Map<String, Long> byRung(SplittableRandom r) {
        Map<String, Long> counts = new TreeMap<>();
        for (Rung rung : DomainGenerators.some(r, Rung.class)) {
            counts.put(rung.id(), bigCount(r));
        }
        return counts;
    }

    static ParticipationResult participationResult(SplittableRandom r) {
        return new ParticipationResult(PolicyGenerators.day(r), PolicyGenerators.day(r), PolicyGenerators.day(r),
                bigCount(r), SmallRecordsRoundTripTest.share(r), SmallRecordsRoundTripTest.share(r), bigCount(r),
                bigCount(r), bigCount(r), byRung(r), byRung(r));
    }

    static EvaluationFeedback evaluationFeedback(SplittableRandom r) {
        return new EvaluationFeedback(PolicyGenerators.text(r), PolicyGenerators.day(r),
                DomainGenerators.pick(r, Report.class), DomainGenerators.pick(r, Report.class),
                DomainGenerators.pick(r, Report.class));
    }

    static EvaluationInvitation evaluationInvitation(SplittableRandom r) {
        return new EvaluationInvitation(PolicyGenerators.text(r), PolicyGenerators.day(r), r.nextBoolean());
    }

    static Referral referral(SplittableRandom r) {
        return new Referral(PolicyGenerators.text(r), PolicyGenerators.text(r), PolicyGenerators.day(r),
                r.nextBoolean());
    }

    static RepeatReferralResult repeatReferralResult(SplittableRandom r) {
        LocalDate from = PolicyGenerators.day(r);
        long room = LocalDate.of(9999, 12, 31).toEpochDay() - from.toEpochDay();
        LocalDate to = from.plusDays(r.nextBoolean() ? room : r.nextLong(room + 1));
        Period window = r.nextBoolean() ? Period.ofMonths(r.nextInt(121)) : Period.of(r.nextInt(10), r.nextInt(12),
                r.nextInt(31));
        return new RepeatReferralResult(from, to, window, SmallRecordsRoundTripTest.share(r),
                SmallRecordsRoundTripTest.share(r));
    }

    /** The feedback-loop result the accumulator works out from 0 to 40 generated items. */
    static LoopClosureResult loopClosureOfItems(SplittableRandom r) {
        LoopClosure closure = new LoopClosure();
        int n = r.nextInt(4) == 0 ? 0 : r.nextInt(41);
        for (int i = 0; i < n; i++) {
            closure.add(loopItem(r));
        }
        return closure.result();
    }

    /** Three days in order, the first two different, anywhere from 0001-01-01 to 9999-12-31. */
    private static LocalDate[] period(SplittableRandom r) {
        LocalDate[] days;
        do {
            days = new LocalDate[] {PolicyGenerators.day(r), PolicyGenerators.day(r), PolicyGenerators.day(r)};
            Arrays.sort(days);
        } while (!days[1].isAfter(days[0]));
        return days;
    }

    /** The participation result the accumulator works out from 0 to 40 generated attendances. */
    static ParticipationResult participationOfAttendances(SplittableRandom r) {
        LocalDate[] days = period(r);
        Participation participation = Participation.of(days[0], days[1], days[2]);
        int n = r.nextInt(4) == 0 ? 0 : r.nextInt(41);
        long span = days[2].toEpochDay() - days[0].toEpochDay();
        for (int i = 0; i < n; i++) {
            AttendanceRecord a = attendanceRecord(r);
            // Most attendances fall in the two periods, so that the counts are not all 0.
            LocalDate day = r.nextInt(4) == 0 ? a.date() : days[0].plusDays(r.nextLong(span + 1));
            participation.add(new AttendanceRecord(a.participantId(), a.activityId(), day, a.rung(),
                    a.livedExperience(), a.minutes()));
        }
        return participation.result();
    }

    /** The repeat-referral result the accumulator works out from 0 to 40 generated referrals. */
    static RepeatReferralResult repeatReferralsOf(SplittableRandom r) {
        LocalDate[] days = period(r);
        RepeatReferrals repeats = r.nextBoolean() ? RepeatReferrals.within12Months(days[1], days[2])
                : new RepeatReferrals(days[1], days[2], Period.ofDays(1 + r.nextInt(4000)));
        int n = r.nextInt(4) == 0 ? 0 : r.nextInt(41);
        long span = days[2].toEpochDay() - days[0].toEpochDay();
        for (int i = 0; i < n; i++) {
            Referral x = referral(r);
            // Most referrals fall between the day before the period and its end, some by the same person.
            LocalDate day = r.nextInt(4) == 0 ? x.received() : days[0].plusDays(r.nextLong(span + 1));
            repeats.add(new Referral(x.referralId(), r.nextBoolean() ? "person" : x.personId(), day,
                    x.selfReferral()));
        }
        return repeats.result();
    }

    /** The self-referral series the accumulator works out from 0 to 40 generated referrals. */
    static ShareSeries selfReferralSeries(SplittableRandom r) {
        SharesByPeriod<Referral> series = SafeguardingMeasures.selfReferrals(DomainGenerators.pick(r,
                PeriodGrouping.class));
        int n = r.nextInt(4) == 0 ? 0 : r.nextInt(41);
        for (int i = 0; i < n; i++) {
            series.add(referral(r));
        }
        return series.result();
    }

    @Test
    void resultsTheAccumulatorsWorkOut() {
        // Guard against a generator that never reaches the counted cases: some result must count something.
        SplittableRandom seeds = new SplittableRandom(8);
        long reached = 0;
        for (int i = 0; i < 50; i++) {
            reached += participationOfAttendances(seeds).attendances()
                    + repeatReferralsOf(seeds).referrals().denominator()
                    + loopClosureOfItems(seeds).closed().denominator();
        }
        assertTrue(reached > 0, "the generated inputs count in no result");
        Property.forAll(200, MeasureRecordsRoundTripTest::loopClosureOfItems,
                c -> assertRoundTrip(c, LoopClosureResult.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::participationOfAttendances,
                p -> assertRoundTrip(p, ParticipationResult.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::repeatReferralsOf,
                x -> assertRoundTrip(x, RepeatReferralResult.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::selfReferralSeries,
                s -> assertRoundTrip(s, ShareSeries.class));
    }

    @Test
    void indicatorRecords() {
        Property.forAll(200, MeasureRecordsRoundTripTest::indicatorStatus,
                s -> assertRoundTrip(s, IndicatorStatus.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::shareSeries, s -> assertRoundTrip(s, ShareSeries.class));
    }

    @Test
    void loopRecords() {
        Property.forAll(200, MeasureRecordsRoundTripTest::loopItem, i -> assertRoundTrip(i, LoopItem.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::loopClosureResult,
                c -> assertRoundTrip(c, LoopClosureResult.class));
    }

    @Test
    void participationRecords() {
        Property.forAll(200, MeasureRecordsRoundTripTest::attendanceRecord,
                a -> assertRoundTrip(a, AttendanceRecord.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::governanceSeat,
                s -> assertRoundTrip(s, GovernanceSeat.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::participationResult,
                p -> assertRoundTrip(p, ParticipationResult.class));
    }

    @Test
    void safeguardingRecords() {
        Property.forAll(200, MeasureRecordsRoundTripTest::evaluationFeedback,
                f -> assertRoundTrip(f, EvaluationFeedback.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::evaluationInvitation,
                i -> assertRoundTrip(i, EvaluationInvitation.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::referral, x -> assertRoundTrip(x, Referral.class));
        Property.forAll(200, MeasureRecordsRoundTripTest::repeatReferralResult,
                x -> assertRoundTrip(x, RepeatReferralResult.class));
    }
}
