package org.coproduction.measures.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.coproduction.core.activity.EventRating;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.measures.indicator.Share;
import org.junit.jupiter.api.Test;

/**
 * Attendees' ratings. The counts are illustrative (North Tyneside reports 100% five-star feedback but not how
 * many rated); the interval is the measures notes' Wilson reference case R-W-5, 7/10: 0.3968 to 0.8922.
 * Suppression follows the ASCOF pipeline's rule as the measures notes record it: a base below the threshold
 * (3 by default) is suppressed.
 */
class EventFeedbackTest {

    @Test
    void shareOfFiveStarsWithItsInterval() {
        EventFeedback feedback = new EventFeedback();
        for (int i = 0; i < 7; i++) {
            feedback.add(EventRating.of(5));
        }
        feedback.add(EventRating.builder().stars(4).comment("Very useful").build());
        feedback.add(EventRating.of(4));
        feedback.add(EventRating.builder().stars(2).comment("Too long").build());
        EventFeedbackResult r = feedback.result();
        assertEquals(Optional.of(10L), r.ratings());
        assertEquals(Optional.of(Share.of(7, 10)), r.fiveStars());
        assertEquals(0.3968, r.interval().orElseThrow().lower(), 1e-4);
        assertEquals(0.8922, r.interval().orElseThrow().upper(), 1e-4);
        assertEquals(Map.of(1, 0L, 2, 1L, 3, 0L, 4, 2L, 5, 7L), r.byStars());
        assertEquals(Optional.of(2L), r.comments());
        JsonRoundTrip.assertRoundTrip(r, EventFeedbackResult.class);
    }

    @Test
    void fewerRatingsThanTheThresholdShowNothing() {
        EventFeedback two = new EventFeedback();
        two.add(EventRating.of(5));
        two.add(EventRating.of(5));
        EventFeedbackResult r = two.result();
        // Two ratings under the standard rule (below 3): "100% five stars" would be 2 of 2, so nothing is shown.
        assertTrue(r.suppressed());
        assertEquals(Optional.empty(), r.fiveStars());
        assertEquals(Map.of(), r.byStars());
        assertEquals("event feedback suppressed: fewer than 3 ratings", r.toString());
        JsonRoundTrip.assertRoundTrip(r, EventFeedbackResult.class);
        // Under a rule of fewer than 5, four ratings are suppressed and five are shown.
        EventFeedback stricter = new EventFeedback(SmallNumberRule.fewerThan(5));
        for (int i = 0; i < 4; i++) {
            stricter.add(EventRating.of(5));
        }
        assertTrue(stricter.result().suppressed());
        stricter.add(EventRating.of(5));
        assertEquals(Optional.of(Share.of(5, 5)), stricter.result().fiveStars());
        assertThrows(IllegalArgumentException.class, () -> stricter.merge(two));
    }
}
