package org.coproduction.core.project;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One phase of a project (gather and analyse evidence, plan, prepare, act, evaluate) with optional start and
 * end dates (North Tyneside Council, <i>Stronger Together</i>, 2024). A {@link Project} lists its phases in
 * order; they do not overlap.
 *
 * <p>Rules: the end is not certainly before the start; a note, when present, is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Phase implements WithPhase {

    /**
     * Which phase this is.
     *
     * @return the phase type, not null
     */
    public abstract PhaseType type();

    /**
     * When the phase started.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> start();

    /**
     * When the phase ended.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> end();

    /**
     * What happened in the phase, briefly.
     *
     * @return the note, or empty
     */
    public abstract Optional<String> note();

    /**
     * A phase without dates.
     *
     * @param type  the phase type, not null
     * @return the phase, not null
     */
    public static Phase of(PhaseType type) {
        return Phase.builder().type(type).build();
    }

    /**
     * A builder for a phase.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Phase} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutablePhase.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Phase");
        start().ifPresent(s -> end().ifPresent(e -> problems.check(!e.isCertainlyBefore(s), "end",
                "must not be before the start " + s, e)));
        note().ifPresent(n -> problems.check(!n.isBlank(), "note", "must not be blank when present"));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return type().id() + start().map(s -> " from " + s).orElse("") + end().map(e -> " to " + e).orElse("");
    }
}
