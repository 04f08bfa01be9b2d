package org.coproduction.measures.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;
import org.coproduction.measures.interval.ProportionCount;

/**
 * A yes/no outcome counted by group, such as "can influence decisions" by survey year: each group's count
 * of yes out of those who answered, and how many left it blank.
 *
 * <pre>{@code
 * GroupShares byYear = Tables.shares(csv, "year", "influence");
 * byYear.change("2025", "2024");   // Newcombe's interval for the 2025 share minus the 2024 share
 * }</pre>
 *
 * @param groups  the groups in the order they first appear in the table, not null
 * @param counts  each group's yes count out of those who answered, not null
 * @param notAnswered  each group's count of blank answers, not null
 */
@Stable
public record GroupShares(List<String> groups, Map<String, ProportionCount> counts, Map<String, Long> notAnswered) {

    /**
     * Copies the maps, keeping the order of the groups.
     *
     * @throws org.coproduction.core.validation.ValidationException if a group lacks a count
     */
    public GroupShares {
        groups = List.copyOf(groups);
        counts = unmodifiable(counts);
        notAnswered = unmodifiable(notAnswered);
        Violations problems = Violations.of("GroupShares");
        for (String group : groups) {
            problems.check(counts.containsKey(group) && notAnswered.containsKey(group), "counts",
                    "must have a count for the group " + group);
        }
        problems.throwIfAny();
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * One group's count.
     *
     * @param group  the group as written in the table
     * @return the count, not null
     * @throws org.coproduction.core.validation.ValidationException if there is no such group
     */
    public ProportionCount count(String group) {
        Violations.of("GroupShares").check(counts.containsKey(group), "group",
                "must be one of the groups in the table " + groups, group).throwIfAny();
        return counts.get(group);
    }

    /**
     * The change from one group's share to another's with Newcombe's interval (independent samples, method
     * 10), at 95% confidence.
     *
     * @param later  the group whose share comes first in the difference, such as "2025"
     * @param earlier  the group subtracted, such as "2024"
     * @return the interval for share(later) − share(earlier), not null
     * @throws org.coproduction.core.validation.ValidationException if a group is unknown or has no answers
     */
    public ConfidenceInterval change(String later, String earlier) {
        ProportionCount a = count(later);
        ProportionCount b = count(earlier);
        return Intervals.newcombe(a.successes(), a.trials(), b.successes(), b.trials());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("GroupShares");
        for (String group : groups) {
            ProportionCount c = counts.get(group);
            text.append(" ").append(group).append(": ").append(c.successes()).append("/").append(c.trials());
            if (notAnswered.get(group) > 0) {
                text.append(" (").append(notAnswered.get(group)).append(" blank)");
            }
            text.append(";");
        }
        return text.substring(0, text.length() - 1);
    }
}
