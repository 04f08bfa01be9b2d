package org.coproduction.core.feedback;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * "Which resulted in": an outcome of the actions taken, such as the "Establishment of an in-house Direct
 * Payments Support Team" (Shropshire's "Experts by Experience said → This led to → Which resulted in" table)
 * or "The proportion of people who found it easy to find information improved from 59.9% to 72% in the latest
 * Adult Social Care Survey" (North Tyneside, <i>Stronger Together</i>, 2024).
 *
 * <p>Rule: the text is not blank.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableFeedbackOutcome.class)
@JsonDeserialize(as = ImmutableFeedbackOutcome.class)
public abstract class FeedbackOutcome {

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
     * An outcome without a date.
     *
     * @param resultedIn  what resulted, not blank
     * @return the outcome, not null
     * @throws org.coproduction.core.validation.ValidationException if the text is blank
     */
    public static FeedbackOutcome of(String resultedIn) {
        return ImmutableFeedbackOutcome.builder().resultedIn(resultedIn).build();
    }

    /**
     * A builder for an outcome.
     *
     * @return a new builder, not null
     */
    public static ImmutableFeedbackOutcome.Builder builder() {
        return ImmutableFeedbackOutcome.builder();
    }

    @Value.Check
    void check() {
        Violations.of("FeedbackOutcome").notBlank(resultedIn(), "resultedIn").throwIfAny();
    }

    @Override
    public String toString() {
        return "Which resulted in: " + resultedIn();
    }
}
