package org.coproduction.core.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A move of a project from one rung of the ladder to another, when and why: North Tyneside's commitment to
 * "climbing the ladder" from informing, consultation and engagement towards co-production (<i>Stronger
 * Together</i>, 2024) is followed through these changes.
 *
 * <p>Rules: the rung changes (from and to differ); a reason, when present, is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class RungChange implements WithRungChange {

    /**
     * When the change happened.
     *
     * @return the date, not null
     */
    public abstract PartialDate on();

    /**
     * The rung before.
     *
     * @return the rung, not null
     */
    public abstract Rung from();

    /**
     * The rung after.
     *
     * @return the rung, not null
     */
    public abstract Rung to();

    /**
     * Why the rung changed, such as "lived-experience members now co-chair the board".
     *
     * @return the reason, or empty
     */
    public abstract Optional<String> reason();

    /**
     * A builder for a rung change.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link RungChange} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableRungChange.Builder {
        Builder() {
        }
    }

    /**
     * Whether the project climbed (moved up the ladder).
     *
     * @return true if the new rung is higher
     */
    @JsonIgnore
    public boolean isClimb() {
        return to().isAbove(from());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("RungChange").check(from() != to(), "to",
                "must differ from the rung before", to().id());
        reason().ifPresent(r -> problems.check(!r.isBlank(), "reason", "must not be blank when present"));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return on() + ": " + from().id() + " → " + to().id();
    }
}
