package org.coproduction.measures.survey;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.indicator.Share;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;

/**
 * Attendees' ratings of events, or the fact that they were suppressed.
 *
 * @param suppressed  whether fewer people rated than the disclosure threshold, so that nothing else is shown
 * @param threshold  the disclosure threshold applied, at least 1
 * @param ratings  how many rated, when not suppressed
 * @param fiveStars  the share who gave five stars, when not suppressed, not null
 * @param interval  the 95% Wilson score interval for that share, when not suppressed, not null
 * @param byStars  how many gave each number of stars, 1 to 5, when not suppressed (empty when suppressed)
 * @param comments  how many left a comment, when not suppressed
 */
@Stable
public record EventFeedbackResult(boolean suppressed, int threshold, Optional<Long> ratings, Optional<Share> fiveStars,
        Optional<ConfidenceInterval> interval, Map<Integer, Long> byStars, Optional<Long> comments) {

    /**
     * Checks the result: a suppressed one shows nothing but the threshold.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem
     */
    public EventFeedbackResult {
        ratings = Objects.requireNonNullElse(ratings, Optional.empty());
        fiveStars = Objects.requireNonNullElse(fiveStars, Optional.empty());
        interval = Objects.requireNonNullElse(interval, Optional.empty());
        comments = Objects.requireNonNullElse(comments, Optional.empty());
        byStars = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNullElse(byStars, Map.of())));
        boolean shown = ratings.isPresent() || fiveStars.isPresent() || interval.isPresent() || !byStars.isEmpty()
                || comments.isPresent();
        Violations.of("EventFeedbackResult")
                .check(threshold >= 1, "threshold", "must be at least 1", threshold)
                .check(!suppressed || !shown, "suppressed", "a suppressed result must show no figures")
                .check(suppressed || ratings.isPresent() && ratings.get() >= threshold, "ratings",
                        "must be shown and at least the threshold " + threshold + " when not suppressed",
                        ratings.orElse(null))
                .throwIfAny();
    }

    static EventFeedbackResult of(long[] byStars, long comments, long ratings, int threshold) {
        if (ratings < threshold) {
            return new EventFeedbackResult(true, threshold, Optional.empty(), Optional.empty(), Optional.empty(),
                    Map.of(), Optional.empty());
        }
        Map<Integer, Long> counts = new TreeMap<>();
        for (int s = 1; s < byStars.length; s++) {
            counts.put(s, byStars[s]);
        }
        long top = byStars[byStars.length - 1];
        return new EventFeedbackResult(false, threshold, Optional.of(ratings), Optional.of(Share.of(top, ratings)),
                Optional.of(Intervals.wilson(top, ratings)), counts, Optional.of(comments));
    }

    @Override
    public String toString() {
        if (suppressed) {
            return "event feedback suppressed: fewer than " + threshold + " ratings";
        }
        ConfidenceInterval ci = interval.orElseThrow();
        return "five stars " + fiveStars.orElseThrow() + String.format(java.util.Locale.ROOT,
                " (95%% CI %.4f to %.4f)", ci.lower(), ci.upper()) + ", " + comments.orElseThrow() + " comments";
    }
}
