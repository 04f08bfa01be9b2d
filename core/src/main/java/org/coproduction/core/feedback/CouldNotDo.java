package org.coproduction.core.feedback;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * "We could not, because": an honest answer that something people asked for cannot be done, with the kind of
 * reason, the reason in words, and when it was explained back to the people who raised it.
 *
 * <p>North Tyneside commits: "We will openly explain why ideas from people with lived experience cannot be
 * implemented, e.g. if legal obligations, resource constraints, or practical challenges prevent it"
 * (<i>Stronger Together</i>, 2024). In the Scottish adult support and protection project one team did not
 * progress because the local advocacy project saw no scope in its contract with the local authority to release
 * an advocacy worker for non-statutory work.
 *
 * <p>Rule: the reason is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class CouldNotDo implements WithCouldNotDo {

    /**
     * The kind of reason: legal duty, money, time or practical.
     *
     * @return the category, not null
     */
    public abstract ReasonCategory reason();

    /**
     * The reason in plain words, as it was (or will be) explained.
     *
     * @return the explanation, not blank
     */
    public abstract String because();

    /**
     * When the reason was explained back to the people who raised the item.
     *
     * @return the date, or empty if it has not been explained back yet
     */
    public abstract Optional<PartialDate> explainedBackOn();

    /**
     * A builder for a "could not" answer.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link CouldNotDo} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableCouldNotDo.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("CouldNotDo").notBlank(because(), "because").throwIfAny();
    }

    @Override
    public String toString() {
        return "We could not (" + reason().id() + "): " + because()
                + explainedBackOn().map(d -> "; explained back " + d).orElse("; not yet explained back");
    }
}
