package org.coproduction.assessment.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The result of a profile instrument such as the NEF six principles: each dimension rated on its progress
 * scale, read side by side, with no single rung.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Profile implements WithProfile {

    /**
     * The instrument used.
     *
     * @return the instrument identifier
     */
    public abstract String instrumentId();

    /**
     * The progress scale the ratings belong to.
     *
     * @return the scale's ladder identifier
     */
    public abstract String ladderId();

    /**
     * The project assessed.
     *
     * @return its identifier
     */
    public abstract String subject();

    /**
     * Whose view the answers give.
     *
     * @return the perspective
     */
    public abstract Perspective perspective();

    /**
     * When the answers were given.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> date();

    /**
     * Each dimension's rating, in the instrument's order; a dimension without an answer has not enough
     * evidence.
     *
     * @return the ratings
     */
    public abstract List<DimensionResult> dimensions();

    /**
     * How many questions have an answer.
     *
     * @return the number answered
     */
    public abstract int answered();

    /**
     * How many questions the instrument has.
     *
     * @return the number of questions
     */
    public abstract int questions();

    /**
     * A builder for a profile; normally built by {@link Assessor#profile}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Profile} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableProfile.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return subject() + ": " + dimensions().stream().map(DimensionResult::toString).collect(Collectors.joining("; "));
    }
}
