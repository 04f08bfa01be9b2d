package org.coproduction.measures.representation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The population a participant group should reflect, as shares by group: for example the age bands of
 * adults receiving long-term support in the council's area. Shares come from aggregates (a census table,
 * the council's own client-level data), never from individual records.
 *
 * <pre>{@code
 * ReferencePopulation population = ReferencePopulation.ofCounts(Map.of("18-64", 5200L, "65+", 9800L))
 *     .withSeldomHeard("18-64");
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ReferencePopulation implements WithReferencePopulation {

    /** How far the shares may sum away from 1 before the population is rejected. */
    static final double SHARE_TOLERANCE = 1e-6;

    /**
     * The groups, in the order results are shown.
     *
     * @return the groups, at least two, unique
     */
    public abstract List<PopulationGroup> groups();

    /**
     * Where the shares come from, such as "Census 2021, table TS007A, Anytown".
     *
     * @return the source, not null
     */
    public abstract Optional<String> source();

    /**
     * A population from shares that sum to 1.
     *
     * @param shares  each group's share, in the order wanted (use a {@code LinkedHashMap})
     * @return the population, not null
     * @throws org.coproduction.core.validation.ValidationException if a share is out of range or they do not sum to 1
     */
    public static ReferencePopulation ofShares(Map<String, Double> shares) {
        ImmutableReferencePopulation.Builder builder = ImmutableReferencePopulation.builder();
        shares.forEach((group, share) -> builder.addGroup(ImmutablePopulationGroup.builder().group(group).share(share).build()));
        return builder.build();
    }

    /**
     * A population from counts by group, turned into shares. The counts are kept, so that expected counts
     * are worked out from them exactly: give the population as counts wherever they are known.
     *
     * @param counts  each group's count, in the order wanted (use a {@code LinkedHashMap}), all positive
     * @return the population, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is not positive
     */
    public static ReferencePopulation ofCounts(Map<String, Long> counts) {
        Violations problems = Violations.of("ReferencePopulation");
        counts.forEach((group, count) -> problems.check(count != null && count > 0, "counts." + group,
                "must be positive", count));
        problems.throwIfAny();
        double total = counts.values().stream().mapToLong(Long::longValue).sum();
        ImmutableReferencePopulation.Builder builder = ImmutableReferencePopulation.builder();
        counts.forEach((group, count) -> builder.addGroup(
                ImmutablePopulationGroup.builder().group(group).share(count / total).count(count).build()));
        return builder.build();
    }

    /**
     * This population with some groups marked as seldom heard.
     *
     * @param groups  the labels of the seldom-heard groups
     * @return the new population, not null
     * @throws org.coproduction.core.validation.ValidationException if a label is not a group of this population
     */
    public ReferencePopulation withSeldomHeard(String... groups) {
        Set<String> marked = Set.copyOf(Arrays.asList(groups));
        Violations problems = Violations.of("ReferencePopulation");
        for (String group : marked) {
            problems.check(groups().stream().anyMatch(g -> g.group().equals(group)), "seldomHeard",
                    "must name a group of the population", group);
        }
        problems.throwIfAny();
        List<PopulationGroup> updated = new ArrayList<>();
        for (PopulationGroup g : groups()) {
            updated.add(g.withSeldomHeard(g.seldomHeard() || marked.contains(g.group())));
        }
        return this.withGroups(updated);
    }

    /**
     * This population with its source named.
     *
     * @param source  where the shares come from, not blank
     * @return the new population, not null
     */
    public ReferencePopulation withSource(String source) {
        return this.withSource(source);
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("ReferencePopulation");
        problems.check(groups().size() >= 2, "groups", "must have at least 2 groups", groups().size());
        problems.unique(groups(), PopulationGroup::group, "groups", "group");
        double sum = groups().stream().mapToDouble(PopulationGroup::share).sum();
        problems.check(Math.abs(sum - 1) <= SHARE_TOLERANCE, "groups", "shares must sum to 1", sum);
        long counted = groups().stream().filter(g -> g.count().isPresent()).count();
        problems.check(counted == 0 || counted == groups().size(), "groups",
                "must all have a count or none (counts given for " + counted + " of " + groups().size() + " groups)");
        if (counted == groups().size()) {
            double total = groups().stream().mapToDouble(g -> g.count().orElseThrow()).sum();
            for (int i = 0; i < groups().size(); i++) {
                PopulationGroup g = groups().get(i);
                problems.check(Math.abs(g.share() - g.count().orElseThrow() / total) <= SHARE_TOLERANCE,
                        "groups[" + i + "].share", "must be the group's count divided by the total count", g.share());
            }
        }
        source().ifPresent(s -> problems.notBlank(s, "source"));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "ReferencePopulation " + groups() + source().map(s -> " (" + s + ")").orElse("");
    }
}
