package org.coproduction.core.participant;

import org.coproduction.core.api.Stable;
import org.coproduction.core.value.EnumIds;
import java.util.Optional;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * Training or mentoring a participant received to take part, as distinct from training they deliver (an
 * {@link org.coproduction.core.activity.ActivityType#TRAINING} activity they attend as a trainer).
 *
 * <p>The Care Act procedures chapter on co-production asks service commissioners to ensure that adults who use
 * services can "access appropriate training and mentoring support to enable them to contribute to planning
 * arenas".
 *
 * <p>Rules: the topic is not blank; the minutes, when given, are positive; the provider, when given, is not
 * blank.
 *
 * <pre>{@code
 * TrainingReceived.builder().kind(TrainingReceived.Kind.MENTORING).topic("Reading commissioning papers")
 *     .on(PartialDate.parse("2024-05")).build();
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class TrainingReceived implements WithTrainingReceived {

    /** Whether the support was training or mentoring. */
    public enum Kind {
        /** Training: a course, session or workshop. */
        TRAINING,
        /** Mentoring: ongoing support from a more experienced person. */
        MENTORING;

        /**
         * The identifier written in JSON, such as {@code mentoring}.
         *
         * @return the kebab-case identifier, not null
         */
        @com.fasterxml.jackson.annotation.JsonValue
        public String id() {
            return EnumIds.id(this);
        }
    }

    /**
     * Training or mentoring.
     *
     * @return the kind, not null
     */
    public abstract Kind kind();

    /**
     * What it covered, such as "Evaluating tenders".
     *
     * @return the topic, not blank
     */
    public abstract String topic();

    /**
     * When it was received (or began, for mentoring).
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> on();

    /**
     * How many minutes it took, when known.
     *
     * @return the minutes, positive, or empty
     */
    public abstract Optional<Integer> minutes();

    /**
     * Who provided it, such as an organisation's public name. Never a person's name.
     *
     * @return the provider, or empty
     */
    public abstract Optional<String> providedBy();

    /**
     * A builder for training or mentoring received.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link TrainingReceived} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableTrainingReceived.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("TrainingReceived").notBlank(topic(), "topic");
        minutes().ifPresent(m -> problems.check(m > 0, "minutes", "must be positive", m));
        providedBy().ifPresent(p -> problems.check(!p.isBlank(), "providedBy", "must not be blank when present"));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return kind().id() + " received: " + topic() + on().map(d -> " (" + d + ")").orElse("");
    }
}
