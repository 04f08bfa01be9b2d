package org.coproduction.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.coproduction.core.testing.JsonCoverage;
import org.coproduction.measures.disclosure.CountTable;
import org.coproduction.measures.disclosure.DisclosureRule;
import org.junit.jupiter.api.Test;

/**
 * Which of this module's public JSON types a generated round trip reaches (the walk of {@link JsonCoverage}):
 * the generated values of {@link EdgeCaseRoundTripTest} (count tables, indicator tracks, populations, ratings),
 * of {@link IntervalAndRepresentationRoundTripTest} (counts, intervals, z-tests, paired ratings,
 * representation), of {@link SmallRecordsRoundTripTest}, of {@link MeasureRecordsRoundTripTest} (indicator
 * status, share series, feedback loops, participation, safeguarding) and of {@link SroiAndSurveyRoundTripTest}
 * (social-return analyses with their results and sensitivity rows, survey responses and results), the
 * states of the accumulators of {@link AccumulatorTravelTest}, and the
 * published tables, agreement figures and groups inside or worked out from them.
 * A new JSON type without a generated round trip fails this test until it gets one or is listed.
 */
class JsonCoverageTest {

    /**
     * Public JSON types that no generated round trip reaches. Empty: a new JSON type needs a generated round
     * trip, or a reason here why it cannot have one.
     */
    private static final Set<String> NOT_REACHED = Set.of();

    @Test
    void everyPublicJsonTypeIsReachedByAGeneratedRoundTrip() {
        JsonCoverage coverage = new JsonCoverage();
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            CountTable table = EdgeCaseRoundTripTest.countTable(r);
            List<Object> values = new ArrayList<>(List.of(table, DisclosureRule.standard().apply(table),
                    EdgeCaseRoundTripTest.indicatorTrack(r), EdgeCaseRoundTripTest.population(r),
                    EdgeCaseRoundTripTest.ratings(r), IntervalAndRepresentationRoundTripTest.proportion(r),
                    IntervalAndRepresentationRoundTripTest.events(r), IntervalAndRepresentationRoundTripTest.meanSummary(r),
                    IntervalAndRepresentationRoundTripTest.interval(r), IntervalAndRepresentationRoundTripTest.zTest(r),
                    IntervalAndRepresentationRoundTripTest.pairTable(r), IntervalAndRepresentationRoundTripTest.pairedCount(r),
                    IntervalAndRepresentationRoundTripTest.mcNemar(r), IntervalAndRepresentationRoundTripTest.groupShares(r),
                    IntervalAndRepresentationRoundTripTest.groupCounts(r, EdgeCaseRoundTripTest.population(r)),
                    IntervalAndRepresentationRoundTripTest.representation(r), SmallRecordsRoundTripTest.ratingPair(r),
                    SmallRecordsRoundTripTest.tableEntry(r), SmallRecordsRoundTripTest.share(r),
                    MeasureRecordsRoundTripTest.indicatorStatus(r), MeasureRecordsRoundTripTest.shareSeries(r),
                    MeasureRecordsRoundTripTest.loopItem(r), MeasureRecordsRoundTripTest.loopClosureResult(r),
                    MeasureRecordsRoundTripTest.attendanceRecord(r), MeasureRecordsRoundTripTest.governanceSeat(r),
                    MeasureRecordsRoundTripTest.participationResult(r),
                    MeasureRecordsRoundTripTest.recruitmentReach(r), MeasureRecordsRoundTripTest.eventFeedback(r),
                    MeasureRecordsRoundTripTest.evaluationFeedback(r),
                    MeasureRecordsRoundTripTest.evaluationInvitation(r), MeasureRecordsRoundTripTest.referral(r),
                    MeasureRecordsRoundTripTest.repeatReferralResult(r),
                    SroiAndSurveyRoundTripTest.discountSchedule(r), SroiAndSurveyRoundTripTest.analysis(r),
                    SroiAndSurveyRoundTripTest.result(r), SroiAndSurveyRoundTripTest.sensitivityRow(r),
                    SroiAndSurveyRoundTripTest.response(r), SroiAndSurveyRoundTripTest.ascsResult(r)));
            values.addAll(AccumulatorTravelTest.statesOf(r));
            values.forEach(coverage::roundTrip);
        }
        // Accumulators are mutable and have no equality of their own: their JSON is their state's, reached
        // above, and AccumulatorTravelTest checks that one read back goes on to exactly the same result.
        AccumulatorTravelTest.accumulatorTypes().forEach(coverage::assume);
        Set<String> missing = coverage.missing(JsonCoverage.publicJsonTypes("org.coproduction.measures"));
        assertEquals(new TreeSet<>(NOT_REACHED), missing, "JSON types no generated round trip reaches");
    }
}
