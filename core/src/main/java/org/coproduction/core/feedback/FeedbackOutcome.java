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
 * <p>Rule: the text is not blank.
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
        Violations.of("FeedbackOutcome").notBlank(resultedIn(), "resultedIn").throwIfAny();
    }

    @Override
    public String toString() {
        return "Which resulted in: " + resultedIn();
    }
}
