package org.coproduction.assessment.instrument;

import java.util.List;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One aspect of how a project works with people, such as "who takes decisions", assessed by one or more
 * questions.
 *
 * <p>A dimension supports the lowest rung its answers support. A <em>core</em> dimension holds the whole
 * project back: the project sits on the highest rung that every core dimension supports. A supporting
 * (non-core) dimension is reported, counts towards progress and appears in the gap as worth doing, but does
 * not set the rung.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Dimension implements WithDimension {

    /**
     * The dimension's identifier, unique within its instrument, such as {@code decisions}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The dimension's name as a board would read it, such as "Who takes decisions".
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Whether the dimension holds the project back (core) or only informs (supporting).
     *
     * @return true for a core dimension; true unless set
     */
    @Value.Default
    public boolean core() {
        return true;
    }

    /**
     * The questions that assess this dimension; an instrument rejects a dimension without any.
     *
     * @return the questions
     */
    public abstract List<Question> questions();

    /**
     * A builder for a dimension.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Dimension} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDimension.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return id() + (core() ? "" : " (supporting)") + ": " + name();
    }
}
