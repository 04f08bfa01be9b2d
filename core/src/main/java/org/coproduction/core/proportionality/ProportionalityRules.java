package org.coproduction.core.proportionality;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.Scope;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A council's rules for how many people to involve, from the work's scope and impact and whether people are
 * giving evidence (a wider group) or designing solutions (a smaller group), held as data the council can
 * change.
 *
 * <p>North Tyneside commits to "Adapting the number of people involved, proportionately to the impact of the
 * work", starting with
 * feedback from a wider group before a smaller group of people with lived experience designs solutions,
 * because wide involvement slows work (<i>Stronger Together</i>, 2024). The guide gives no numbers, so
 * {@link #illustrative()} is the library's own example, to be replaced by each council's figures.
 *
 * <p>A rule for a particular scope wins over a rule for any scope. Rules: the identifier and name are not
 * blank; no two rules for the same scope, impact and purpose; every impact has a rule for any scope for both
 * purposes, so every question has an answer; for the same scope and impact the evidence group is not smaller
 * than the design group; a higher impact never recommends fewer people than a lower one for the same scope
 * and purpose.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ProportionalityRules implements WithProportionalityRules {

    /**
     * The rule set's identifier, such as {@code illustrative}.
     *
     * @return the identifier, not blank
     */
    public abstract String id();

    /**
     * The rule set's name.
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Where the rules come from.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The rules.
     *
     * @return the rules, not null
     */
    public abstract List<GroupSizeRule> rules();

    /**
     * A builder for a rule set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link ProportionalityRules} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableProportionalityRules.Builder {
        Builder() {
        }
    }

    /**
     * The library's own illustrative rule set; not from any source, for councils to replace with their own.
     * Evidence: low impact 10 to 30 people, medium 30 to 100, high 100 or more. Design: low 3 to 6, medium 6 to
     * 12, high 8 to 15.
     *
     * @return the rule set, not null
     */
    public static ProportionalityRules illustrative() {
        return builder().id("illustrative").name("Illustrative group sizes")
                .source(Citation.builder()
                        .reference("Library's own illustrative figures following North Tyneside Council, Stronger "
                                + "Together (2024): scale the number of people involved to the impact of the work")
                        .status(SourceStatus.LIBRARY_OWN)
                        .note("The source gives the principle, not numbers; replace with the council's own.")
                        .build())
                .addRule(rule(Impact.LOW, InvolvementPurpose.EVIDENCE, 10, 30))
                .addRule(rule(Impact.MEDIUM, InvolvementPurpose.EVIDENCE, 30, 100))
                .addRule(GroupSizeRule.builder().impact(Impact.HIGH).purpose(InvolvementPurpose.EVIDENCE)
                        .minPeople(100).build())
                .addRule(rule(Impact.LOW, InvolvementPurpose.DESIGN, 3, 6))
                .addRule(rule(Impact.MEDIUM, InvolvementPurpose.DESIGN, 6, 12))
                .addRule(rule(Impact.HIGH, InvolvementPurpose.DESIGN, 8, 15))
                .build();
    }

    private static GroupSizeRule rule(Impact impact, InvolvementPurpose purpose, int min, int max) {
        return GroupSizeRule.builder().impact(impact).purpose(purpose).minPeople(min).maxPeople(max).build();
    }

    /**
     * How many people to involve for work of a scope and impact, for a purpose.
     *
     * @param scope  how far the work reaches, not null
     * @param impact  how much it changes, not null
     * @param purpose  evidence or design, not null
     * @return the recommendation with its explanation, not null
     */
    public GroupSizeRecommendation recommend(Scope scope, Impact impact, InvolvementPurpose purpose) {
        return new GroupSizeRecommendation(scope, impact, purpose, find(Optional.of(scope), impact, purpose)
                .or(() -> find(Optional.empty(), impact, purpose))
                .orElseThrow(() -> new IllegalStateException("validated rule sets cover every impact")), id());
    }

    private Optional<GroupSizeRule> find(Optional<Scope> scope, Impact impact, InvolvementPurpose purpose) {
        return rules().stream()
                .filter(r -> r.scope().equals(scope) && r.impact() == impact && r.purpose() == purpose)
                .findFirst();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("ProportionalityRules").notBlank(id(), "id").notBlank(name(), "name")
                .unique(rules(), r -> r.scope().map(Scope::id).orElse("*") + "/" + r.impact().id() + "/"
                        + r.purpose().id(), "rules", "scope, impact and purpose");
        for (Impact impact : Impact.values()) {
            for (InvolvementPurpose purpose : InvolvementPurpose.values()) {
                problems.check(find(Optional.empty(), impact, purpose).isPresent(), "rules",
                        "must include a rule for any scope for " + impact.id() + " impact and " + purpose.id());
            }
        }
        for (int i = 0; i < rules().size(); i++) {
            GroupSizeRule r = rules().get(i);
            String path = "rules[" + i + "].minPeople";
            if (r.purpose() == InvolvementPurpose.EVIDENCE) {
                find(r.scope(), r.impact(), InvolvementPurpose.DESIGN).ifPresent(d -> problems.check(
                        r.minPeople() >= d.minPeople(), path,
                        "must not be below the design group's minPeople " + d.minPeople()
                                + ": evidence comes from a wider group", r.minPeople()));
            }
            if (r.impact().ordinal() > 0) {
                Impact lower = Impact.values()[r.impact().ordinal() - 1];
                find(r.scope(), lower, r.purpose()).ifPresent(l -> problems.check(r.minPeople() >= l.minPeople(),
                        path, "must not be below the " + lower.id()
                                + "-impact rule's minPeople " + l.minPeople(), r.minPeople()));
            }
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Proportionality rules " + id() + " (" + rules().size() + " rules)";
    }
}
