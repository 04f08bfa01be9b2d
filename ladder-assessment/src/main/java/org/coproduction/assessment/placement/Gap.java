package org.coproduction.assessment.placement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * What it would take to reach a target rung: for each core question below the target, the least change that
 * would reach it, furthest behind first (those hold the project back most), ties in the instrument's order.
 *
 * <p>{@link #steps()} is empty exactly when the target is reached. Supporting dimensions below the target
 * are listed apart in {@link #alsoWorthDoing()}: they do not hold the rung back.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Gap implements WithGap {

    /**
     * The project.
     *
     * @return its identifier
     */
    public abstract String subject();

    /**
     * Where the project is now; empty when it is not placed for lack of evidence.
     *
     * @return the rung, or empty
     */
    public abstract Optional<RungDefinition> from();

    /**
     * The rung to reach.
     *
     * @return the target
     */
    public abstract RungDefinition target();

    /**
     * The changes to core questions needed to reach the target, most important first.
     *
     * @return the steps; empty exactly when the target is reached
     */
    public abstract List<GapStep> steps();

    /**
     * Changes to supporting questions that are below the target, in the same order.
     *
     * @return the supporting steps
     */
    public abstract List<GapStep> alsoWorthDoing();

    /**
     * A builder for a gap; normally built by {@link Assessor#gap}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Gap} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableGap.Builder {
        Builder() {
        }
    }

    /**
     * Whether the project has reached the target.
     *
     * @return true if the project is placed at or above the target
     */
    public boolean reached() {
        return from().map(r -> r.order() >= target().order()).orElse(false);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Gap").notBlank(subject(), "subject");
        problems.check(steps().isEmpty() == reached(), "steps",
                reached() ? "must be empty when the target is reached" : "must not be empty while the target is not reached",
                steps().size());
        for (int i = 0; i < steps().size(); i++) {
            problems.check(steps().get(i).core(), "steps[" + i + "]", "must be a core question; supporting ones go in "
                    + "alsoWorthDoing", steps().get(i).dimensionId());
        }
        for (int i = 0; i < alsoWorthDoing().size(); i++) {
            problems.check(!alsoWorthDoing().get(i).core(), "alsoWorthDoing[" + i + "]", "must be a supporting question",
                    alsoWorthDoing().get(i).dimensionId());
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return subject() + " to " + target().name() + ": "
                + (steps().isEmpty() ? "reached" : steps().stream().map(GapStep::toString).collect(Collectors.joining("; ")));
    }
}
