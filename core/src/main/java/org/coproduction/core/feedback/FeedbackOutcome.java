package org.coproduction.core.feedback;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * "Which resulted in": an outcome of the actions taken, such as the "Establishment of an in-house Direct
 * Payments Support Team" (Shropshire's "Experts by Experience said → This led to → Which resulted in" table)
 * or "The proportion of people who found it easy to find information improved from 59.9% to 72% in the latest
 * Adult Social Care Survey" (North Tyneside, <i>Stronger Together</i>, 2024).
 *
 * <p>Closing the loop means telling people what happened. In Shropshire's Experts by Experience table, people
 * said "Ideas or experiences are often fed back but they disappear in the system", and Making it Real meetings
 * "try to complete the circle of communication between people experiencing services and people planning and
 * delivering services". {@link #toldBackOn()} records when the
 * people who raised the item were told of this outcome, as {@link CouldNotDo#explainedBackOn()} does for a
 * "could not" answer; the loop-closure measures count an item closed only once they were told.
 *
 * <p>Rules: the text is not blank; the people are not told back certainly before the outcome was seen.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class FeedbackOutcome implements WithFeedbackOutcome {

    /**
     * What resulted, in plain words.
     *
     * @return the outcome, not blank
     */
    public abstract String resultedIn();

    /**
     * When the outcome was seen or reported.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> on();

    /**
     * When the people who raised the item were told of this outcome.
     *
     * @return the date, or empty if they have not been told yet
     */
    public abstract Optional<PartialDate> toldBackOn();

    /**
     * An outcome without a date.
     *
     * @param resultedIn  what resulted, not blank
     * @return the outcome, not null
     * @throws org.coproduction.core.validation.ValidationException if the text is blank
     */
    public static FeedbackOutcome of(String resultedIn) {
        return FeedbackOutcome.builder().resultedIn(resultedIn).build();
    }

    /**
     * A builder for an outcome.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link FeedbackOutcome} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableFeedbackOutcome.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("FeedbackOutcome").notBlank(resultedIn(), "resultedIn");
        if (on().isPresent() && toldBackOn().isPresent()) {
            problems.check(!toldBackOn().get().isCertainlyBefore(on().get()), "toldBackOn",
                    "must not be before the outcome was seen on " + on().get(), toldBackOn().get());
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Which resulted in: " + resultedIn() + toldBackOn().map(d -> "; told back " + d).orElse("");
    }
}
