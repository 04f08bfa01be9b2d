package org.coproduction.measures.survey;

import java.util.Objects;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.EventRating;
import org.coproduction.core.api.Stable;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.measures.Accumulator;

/**
 * Attendees' ratings of events: how many rated, the share who gave five stars with a Wilson score interval,
 * and the count at each number of stars; all suppressed when fewer people rated than a disclosure rule
 * allows, as NHS England's ASCOF pipeline suppresses a result whose base is below its threshold.
 *
 * <p>North Tyneside reports that every attendee of its Lived Experience Conference gave five stars
 * (<i>Stronger Together</i>, 2024, without saying how many rated it): with the count of ratings, this
 * measure shows how much weight such a share can bear.
 *
 * <pre>{@code
 * EventFeedback feedback = new EventFeedback(SmallNumberRule.standard());
 * feedback.add(conference);                    // the activity's ratings
 * feedback.result().fiveStars();               // Optional[7/10]
 * }</pre>
 */
@Stable
public final class EventFeedback implements Accumulator<EventRating, EventFeedbackResult, EventFeedback> {

    private final DisclosureControl rule;
    private final long[] byStars = new long[EventRating.MAX_STARS + 1];
    private long comments;

    /**
     * An empty accumulator under a disclosure rule.
     *
     * @param rule  the rule, not null: results based on fewer ratings than its threshold are suppressed
     */
    public EventFeedback(DisclosureControl rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** An empty accumulator under the library's standard small-number rule ({@link SmallNumberRule#standard()}). */
    public EventFeedback() {
        this(SmallNumberRule.standard());
    }

    @Override
    public void add(EventRating rating) {
        byStars[rating.stars()]++;
        comments += rating.comment().isPresent() ? 1 : 0;
    }

    /**
     * Adds every rating of an activity.
     *
     * @param activity  the activity, not null
     */
    public void add(Activity activity) {
        activity.feedback().forEach(this::add);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the other accumulator has a different disclosure threshold
     */
    @Override
    public EventFeedback merge(EventFeedback other) {
        if (other.rule.threshold() != rule.threshold()) {
            throw new IllegalArgumentException("Cannot merge event feedback under different disclosure thresholds: "
                    + rule.threshold() + " and " + other.rule.threshold());
        }
        for (int s = 1; s <= EventRating.MAX_STARS; s++) {
            byStars[s] = Math.addExact(byStars[s], other.byStars[s]);
        }
        comments = Math.addExact(comments, other.comments);
        return this;
    }

    @Override
    public EventFeedbackResult result() {
        long ratings = 0;
        for (int s = 1; s <= EventRating.MAX_STARS; s++) {
            ratings += byStars[s];
        }
        return EventFeedbackResult.of(byStars, comments, ratings, rule.threshold());
    }
}
