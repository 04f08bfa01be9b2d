package org.coproduction.measures.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.coproduction.core.feedback.CouldNotDo;
import org.coproduction.core.feedback.FeedbackAction;
import org.coproduction.core.feedback.FeedbackItem;
import org.coproduction.core.feedback.FeedbackOutcome;
import org.coproduction.core.feedback.ReasonCategory;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.measures.indicator.Share;
import org.junit.jupiter.api.Test;

class LoopClosureTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    private static LoopItem closedAfter(String id, int days) {
        return LoopItem.of(id, LoopState.DONE, DAY, DAY.plusDays(days));
    }

    @Test
    void sharesAndNearestRankPercentiles() {
        LoopClosure loop = new LoopClosure();
        // Ten done items closing after 1..10 days, two could-not (one explained back after 30 days), one open.
        for (int d = 1; d <= 10; d++) {
            loop.add(closedAfter("d" + d, d));
        }
        loop.add(LoopItem.of("c1", LoopState.COULD_NOT_EXPLAINED, DAY, DAY.plusDays(30)));
        loop.add(LoopItem.of("c2", LoopState.COULD_NOT_NOT_YET_EXPLAINED, DAY, null));
        loop.add(LoopItem.of("o1", LoopState.OPEN, DAY, null));
        loop.add(LoopItem.of("t1", LoopState.DONE_NOT_YET_TOLD, DAY, null));
        LoopClosureResult r = loop.result();
        // 14 items: 11 closed (10 done and told, c1); resolved adds t1, done but no one told yet.
        assertEquals(Share.of(11, 14), r.closed());
        assertEquals(Share.of(12, 14), r.resolved());
        assertEquals(1, r.doneNotYetTold());
        assertEquals(Share.of(1, 2), r.couldNotExplained());
        assertEquals(10, r.done());
        // Nearest rank by hand: 11 closed times sorted 1..10, 30. Median rank ceil(0.5 × 11) = 6 → 6 days.
        // 90th percentile rank ceil(0.9 × 11) = ceil(9.9) = 10 → 10 days.
        assertEquals(Optional.of(6L), r.medianDaysToClose());
        assertEquals(Optional.of(10L), r.percentile90DaysToClose());
        JsonRoundTrip.assertRoundTrip(r, LoopClosureResult.class);
    }

    @Test
    void evenCountMedianIsTheLowerMiddle() {
        DayHistogram h = new DayHistogram();
        h.add(2);
        h.add(8);
        // Nearest rank: ceil(0.5 × 2) = 1 → the smaller value, 2 (an interpolating median would say 5).
        assertEquals(2, h.percentile(50).orElseThrow());
        assertEquals(8, h.percentile(51).orElseThrow());
        assertEquals(8, h.percentile(100).orElseThrow());
        assertTrue(new DayHistogram().percentile(50).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> h.percentile(0));
        assertThrows(IllegalArgumentException.class, () -> h.add(-1));
    }

    /** Independent computation: sort the values and take the element at index ceil(p·n/100) − 1. */
    private static long sortedNearestRank(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent * sorted.size() / 100.0);
        return sorted.get(rank - 1);
    }

    @Test
    void histogramPercentilesEqualSortedNearestRankInAnyMergeOrder() {
        Property.forAll(300, random -> {
            List<Long> values = new ArrayList<>();
            int n = 1 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                values.add((long) random.nextInt(random.nextBoolean() ? 20 : 400));
            }
            return new Object[] {values, random.nextLong(), 1 + random.nextInt(30)};
        }, input -> {
            @SuppressWarnings("unchecked")
            List<Long> values = (List<Long>) input[0];
            List<Long> shuffled = new ArrayList<>(values);
            Collections.shuffle(shuffled, new java.util.Random((long) input[1]));
            int size = (int) input[2];
            List<LoopClosure> parts = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i += size) {
                LoopClosure part = new LoopClosure();
                for (int j = i; j < Math.min(i + size, shuffled.size()); j++) {
                    part.add(closedAfter("i" + j, shuffled.get(j).intValue()));
                }
                parts.add(part);
            }
            LoopClosure merged = new LoopClosure();
            for (int i = parts.size() - 1; i >= 0; i--) {
                merged = parts.get(i).merge(merged);
            }
            LoopClosure one = new LoopClosure();
            values.forEach(v -> one.add(closedAfter("x", v.intValue())));
            assertEquals(one.result(), merged.result());
            assertEquals(sortedNearestRank(values, 50), merged.result().medianDaysToClose().orElseThrow());
            assertEquals(sortedNearestRank(values, 90), merged.result().percentile90DaysToClose().orElseThrow());
        });
    }

    @Test
    void coreFeedbackItemsAreAdapted() {
        FeedbackItem done = FeedbackItem.builder().id("fb-1").youSaid("Information sheets are hard to read")
                .addRaisedBy("p-1").raisedOn(PartialDate.of(DAY))
                .addAction(FeedbackAction.builder().weDid("Rewrote the sheets with members").owner("Commissioning")
                        .completedOn(PartialDate.of(DAY.plusDays(30))).build())
                .addOutcome(FeedbackOutcome.builder().resultedIn("Easy Read versions").on(PartialDate.of(DAY.plusDays(40)))
                        .build())
                .addOutcome(FeedbackOutcome.builder().resultedIn("New website").on(PartialDate.of(DAY.plusDays(90)))
                        .build())
                .build();
        FeedbackItem couldNot = FeedbackItem.builder().id("fb-2").youSaid("Release an advocacy worker")
                .addRaisedBy("p-2").raisedOn(PartialDate.of(DAY))
                .couldNot(CouldNotDo.builder().reason(ReasonCategory.MONEY).because("The advocacy contract has no room")
                        .explainedBackOn(PartialDate.of(YearMonth.of(2024, 2))).build())
                .build();
        FeedbackItem open = FeedbackItem.builder().id("fb-3").youSaid("Evening sessions").addRaisedBy("p-3")
                .raisedOn(PartialDate.of(DAY)).build();
        // Outcomes recorded, but no one told of them: resolved (the earlier meaning of closed), not closed.
        assertEquals(new LoopItem("fb-1", LoopState.DONE_NOT_YET_TOLD, Optional.of(DAY), Optional.empty()),
                LoopItem.from(done));
        // Told of the first outcome on day 45 and the second on day 95: the loop closes when the last is told.
        FeedbackItem told = FeedbackItem.builder().from(done).id("fb-4").outcomes(List.of(
                FeedbackOutcome.builder().from(done.outcomes().get(0)).toldBackOn(PartialDate.of(DAY.plusDays(45)))
                        .build(),
                FeedbackOutcome.builder().from(done.outcomes().get(1)).toldBackOn(PartialDate.of(DAY.plusDays(95)))
                        .build())).build();
        assertEquals(LoopItem.of("fb-4", LoopState.DONE, DAY, DAY.plusDays(95)), LoopItem.from(told));
        // Told of only one of the two outcomes: not yet closed.
        FeedbackItem halfTold = FeedbackItem.builder().from(told).id("fb-5")
                .outcomes(List.of(told.outcomes().get(0), done.outcomes().get(1))).build();
        assertEquals(LoopState.DONE_NOT_YET_TOLD, LoopItem.from(halfTold).state());
        // Explained back in "2024-02", not a day: closed, but with no known time.
        assertEquals(new LoopItem("fb-2", LoopState.COULD_NOT_EXPLAINED, Optional.of(DAY), Optional.empty()),
                LoopItem.from(couldNot));
        LoopClosure loop = new LoopClosure();
        loop.add(done);
        loop.add(couldNot);
        loop.add(open);
        loop.add(told);
        LoopClosureResult r = loop.result();
        // Of 4 items: closed are fb-2 (explained back) and fb-4 (told); resolved adds fb-1 (outcome, not told).
        assertEquals(Share.of(2, 4), r.closed());
        assertEquals(Share.of(3, 4), r.resolved());
        assertEquals(1, r.done());
        assertEquals(1, r.doneNotYetTold());
        assertEquals(1, r.closedWithoutKnownTime());
        assertEquals(Optional.of(95L), r.medianDaysToClose());
        JsonRoundTrip.assertRoundTrip(r, LoopClosureResult.class);
    }

    /** A date near {@link #DAY}: most often known to the day, else to the month, the year, or not at all. */
    private static PartialDate anyDate(java.util.SplittableRandom random) {
        LocalDate day = DAY.plusDays(random.nextInt(-60, 61));
        switch (random.nextInt(8)) {
            case 0:
                return PartialDate.of(YearMonth.from(day));
            case 1:
                return PartialDate.parse(String.valueOf(day.getYear()));
            case 2:
                return PartialDate.UNKNOWN;
            default:
                return PartialDate.of(day);
        }
    }

    @Test
    void everyFeedbackItemCoreAcceptsCanBeMeasured() {
        // Items with dates drawn on both sides of the raising day, some outcomes or explanations certainly
        // before it: whatever FeedbackItem accepts, LoopClosure must take without stopping the run, and a
        // known time to close is never negative.
        long[] accepted = new long[2];
        Property.forAll(2000, random -> {
            var item = FeedbackItem.builder().id("fb-1").youSaid("Evening sessions").addRaisedBy("p-1")
                    .raisedOn(anyDate(random));
            if (random.nextBoolean()) {
                item.couldNot(CouldNotDo.builder().reason(ReasonCategory.TIME).because("No staff in the evening")
                        .explainedBackOn(random.nextBoolean() ? Optional.of(anyDate(random)) : Optional.empty())
                        .build());
            } else if (random.nextBoolean()) {
                item.addAction(FeedbackAction.builder().weDid("Asked members").owner("Commissioning")
                        .completedOn(anyDate(random)).build());
                for (int i = random.nextInt(3); i >= 0; i--) {
                    try {
                        item.addOutcome(FeedbackOutcome.builder().resultedIn("Two evening sessions a month")
                                .on(random.nextInt(4) == 0 ? Optional.empty() : Optional.of(anyDate(random)))
                                .toldBackOn(random.nextInt(4) == 0 ? Optional.empty() : Optional.of(anyDate(random)))
                                .build());
                    } catch (ValidationException toldBeforeSeen) {
                        // An outcome told back before it was seen is refused on its own; the item goes without it.
                    }
                }
            }
            try {
                return Optional.of(item.build());
            } catch (ValidationException refused) {
                return Optional.<FeedbackItem>empty();
            }
        }, built -> built.ifPresent(item -> {
            accepted[0]++;
            LoopClosure loop = new LoopClosure();
            loop.add(item);
            LoopItem measured = LoopItem.from(item);
            measured.daysToClose().ifPresent(days -> {
                accepted[1]++;
                assertTrue(days >= 0, "days to close " + days + " for " + measured);
            });
            assertEquals(1, loop.result().closed().denominator());
        }));
        // The generator must reach the interesting cases: many items accepted, some with a known time to close.
        assertTrue(accepted[0] > 500 && accepted[1] > 50, accepted[0] + " accepted, " + accepted[1] + " timed");
    }

    @Test
    void inconsistentItemsAreRejected() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> LoopItem.of("x", LoopState.OPEN, DAY, DAY.minusDays(1)));
        assertTrue(e.getMessage().contains("closedOn: must be absent when the item is open"), e.getMessage());
        assertTrue(e.getMessage().contains("closedOn: must not be before the item was raised on 2024-01-01"),
                e.getMessage());
        JsonRoundTrip.assertRoundTrip(closedAfter("a", 3), LoopItem.class);
    }
}
