package org.coproduction.core.proportionality;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.Scope;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One rule of a {@link ProportionalityRules} set: for work of an impact (and, optionally, a scope), and a
 * purpose (evidence or design), how many people to involve, at least and at most.
 *
 * <p>Rules: at least one person; the most, when given, is not below the least.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class GroupSizeRule implements WithGroupSizeRule {

    /**
     * The scope the rule is for; empty for a rule that applies to every scope.
     *
     * @return the scope, or empty
     */
    public abstract Optional<Scope> scope();

    /**
     * The impact the rule is for.
     *
     * @return the impact, not null
     */
    public abstract Impact impact();

    /**
     * What people are involved for.
     *
     * @return the purpose, not null
     */
    public abstract InvolvementPurpose purpose();

    /**
     * The fewest people to involve.
     *
     * @return the number, at least 1
     */
    public abstract int minPeople();

    /**
     * The most people to involve; empty for no upper limit.
     *
     * @return the number, or empty
     */
    public abstract Optional<Integer> maxPeople();

    /**
     * A builder for a rule.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link GroupSizeRule} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableGroupSizeRule.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("GroupSizeRule")
                .check(minPeople() >= 1, "minPeople", "must be at least 1", minPeople());
        maxPeople().ifPresent(m -> problems.check(m >= minPeople(), "maxPeople",
                "must not be below minPeople " + minPeople(), m));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return scope().map(Scope::id).orElse("any scope") + ", " + impact().id() + " impact, " + purpose().id() + ": "
                + minPeople() + maxPeople().map(m -> " to " + m).orElse(" or more") + " people";
    }
}
