package org.coproduction.core.proportionality;

import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.Scope;

/**
 * How many people a rule set recommends involving, with the rule that produced it and an explanation a
 * person can read.
 */
@Experimental
public final class GroupSizeRecommendation {

    private final Scope scope;
    private final Impact impact;
    private final InvolvementPurpose purpose;
    private final GroupSizeRule rule;
    private final String rulesId;

    GroupSizeRecommendation(Scope scope, Impact impact, InvolvementPurpose purpose, GroupSizeRule rule, String rulesId) {
        this.scope = Objects.requireNonNull(scope, "scope");
        this.impact = Objects.requireNonNull(impact, "impact");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.rulesId = Objects.requireNonNull(rulesId, "rulesId");
    }

    /**
     * The fewest people to involve.
     *
     * @return the number, at least 1
     */
    public int minPeople() {
        return rule.minPeople();
    }

    /**
     * The most people to involve, if there is an upper limit.
     *
     * @return the number, or empty
     */
    public Optional<Integer> maxPeople() {
        return rule.maxPeople();
    }

    /**
     * The rule that applied.
     *
     * @return the rule, not null
     */
    public GroupSizeRule rule() {
        return rule;
    }

    /**
     * Why this many people: the work's scope, impact and purpose and the rule that matched.
     *
     * @return the explanation, not null
     */
    public String explanation() {
        return "For " + purpose.id() + " on work of " + scope.id() + " scope and " + impact.id() + " impact, rule set "
                + rulesId + " recommends " + minPeople() + maxPeople().map(m -> " to " + m).orElse(" or more")
                + " people (rule: " + rule + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupSizeRecommendation
                && scope == ((GroupSizeRecommendation) other).scope
                && impact == ((GroupSizeRecommendation) other).impact
                && purpose == ((GroupSizeRecommendation) other).purpose
                && rule.equals(((GroupSizeRecommendation) other).rule)
                && rulesId.equals(((GroupSizeRecommendation) other).rulesId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, impact, purpose, rule, rulesId);
    }

    @Override
    public String toString() {
        return explanation();
    }
}
