package org.coproduction.core.activity;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One attendee's feedback on an activity: a rating from one to five stars and, if they gave one, a comment.
 * It is not linked to the person who gave it, as event feedback is usually anonymous.
 *
 * <p>North Tyneside reports that every attendee of its Lived Experience Conference gave five stars
 * (<i>Stronger Together</i>, 2024, which does not say how many rated it); the measures module's {@code EventFeedback} works out such a share, with
 * its interval, and suppresses it when too few attendees rated the event.
 *
 * <p>Rules: the stars are from 1 to 5; the comment, when given, is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class EventRating implements WithEventRating {

    /** The top of the rating scale: five stars. */
    public static final int MAX_STARS = 5;

    /**
     * The rating, from 1 to 5 stars.
     *
     * @return the stars, 1 to 5
     */
    public abstract int stars();

    /**
     * The attendee's comment, in their words.
     *
     * @return the comment, or empty
     */
    public abstract Optional<String> comment();

    /**
     * A rating without a comment.
     *
     * @param stars  the rating, 1 to 5
     * @return the rating, not null
     * @throws org.coproduction.core.validation.ValidationException if the stars are out of range
     */
    public static EventRating of(int stars) {
        return builder().stars(stars).build();
    }

    /**
     * A builder for a rating.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link EventRating} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableEventRating.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("EventRating")
                .check(stars() >= 1 && stars() <= MAX_STARS, "stars", "must be from 1 to " + MAX_STARS, stars());
        comment().ifPresent(c -> problems.check(!c.isBlank(), "comment", "must not be blank when present"));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return stars() + "*" + comment().map(c -> ": " + c).orElse("");
    }
}
