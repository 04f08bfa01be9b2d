package org.coproduction.core.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.coproduction.core.api.Stable;
import org.coproduction.core.disclosure.DisclosureControl;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The demographic make-up of a group of participants, as counts per category of each attribute, after
 * disclosure control. This is the only way the library reads out demographic attributes: one person's
 * attributes are never returned.
 *
 * <pre>{@code
 * DemographicProfile profile = DemographicProfile.of(record.participants(), SmallNumberRule.standard());
 * profile.attribute(DemographicAttribute.AGE_BAND);   // counts per age band, small ones suppressed
 * }</pre>
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Consent.</b> Participants who have withdrawn their consent (on any day) are left out: their
 *       attributes are not used in any new count (North Tyneside Council, <i>Stronger Together</i>, 2024:
 *       informed consent that can be withdrawn).</li>
 *   <li><b>Small groups.</b> When fewer participants remain than the rule's threshold, nothing is shown: no
 *       total and no attribute.</li>
 *   <li><b>Primary suppression.</b> A category with fewer people than the threshold is suppressed. Every
 *       listed category holds at least one person (categories that occur nowhere are not listed), and people
 *       who did not share the attribute are counted as {@code not stated}.</li>
 *   <li><b>Secondary suppression.</b> The total is published, so one suppressed cell could be worked out by
 *       subtraction; and a reader who knows each listed category holds at least one person could work out
 *       suppressed cells that all hold one. So further cells are suppressed, smallest first, until either no
 *       cell is suppressed or at least two are and together they hold more people than there are suppressed
 *       cells. Then every suppressed cell has another possible value: one person can be moved between it and
 *       another suppressed cell without any listed cell falling to zero.</li>
 *   <li><b>Withholding.</b> If that cannot be reached (every category holds one person), the attribute is
 *       withheld: no cells at all.</li>
 *   <li><b>Rounding.</b> Published counts and the total are rounded half up to the rule's rounding base.</li>
 * </ol>
 * The total is the same for every attribute and is published once, so no attribute's table can reveal
 * what another's suppressed. Cell suppression with complementary cells follows Hundepool A et al. (2012),
 * <i>Statistical Disclosure Control</i>, Wiley, ch. 5 (cited from memory, not checked against the text).
 *
 * <p>{@code toString()} shows only the shape of the profile, never a category.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DemographicProfile implements WithDemographicProfile {

    /**
     * The disclosure rule applied, in words, such as "suppress counts below 3".
     *
     * @return the rule, not blank
     */
    public abstract String rule();

    /**
     * The number of participants counted (those who have not withdrawn consent), rounded if the rule
     * rounds; empty when fewer than the threshold.
     *
     * @return the number, or empty when suppressed
     */
    public abstract Optional<Long> participants();

    /**
     * The counts of each attribute, in the order of {@link DemographicAttribute}; empty when the number of
     * participants is suppressed.
     *
     * @return the attributes' counts, not null
     */
    public abstract List<AttributeProfile> attributes();

    /**
     * A builder, for reading stored profiles; use {@link #of} to count participants.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link DemographicProfile} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDemographicProfile.Builder {
        Builder() {
        }
    }

    /**
     * Counts a group's demographic attributes under a disclosure rule.
     *
     * @param participants  the group's participants, each once, not null
     * @param rule  the disclosure rule, such as {@code SmallNumberRule.standard()}, not null
     * @return the profile as it may be published, not null
     * @throws org.coproduction.core.validation.ValidationException if a participant id repeats, or the rule's
     *     threshold is below {@link DisclosureControl#MINIMUM_THRESHOLD} (3) or its
     *     rounding base below 1
     */
    public static DemographicProfile of(Collection<Participant> participants, DisclosureControl rule) {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(rule, "rule");
        Violations problems = Violations.of("DemographicProfile");
        problems.check(rule.threshold() >= DisclosureControl.MINIMUM_THRESHOLD, "rule.threshold",
                "must be at least " + DisclosureControl.MINIMUM_THRESHOLD + " (the documented minimum)", rule.threshold());
        problems.check(rule.roundingBase() >= 1, "rule.roundingBase", "must be at least 1", rule.roundingBase());
        List<Participant> group = List.copyOf(participants);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < group.size(); i++) {
            problems.check(ids.add(group.get(i).id()), "participants[" + i + "].id", "must be unique",
                    group.get(i).id());
        }
        problems.throwIfAny();
        List<Demographics> counted = new ArrayList<>();
        for (Participant p : group) {
            if (p.consent().withdrawnOn().isEmpty()) {
                counted.add(p.demographics().orElse(NONE));
            }
        }
        DemographicProfile.Builder profile = builder().rule(rule.toString());
        if (counted.size() < rule.threshold()) {
            return profile.build();
        }
        profile.participants(round(counted.size(), rule.roundingBase()));
        for (DemographicAttribute attribute : DemographicAttribute.values()) {
            profile.addAttribute(attributeProfile(attribute, counted, rule));
        }
        return profile.build();
    }

    private static final Demographics NONE = Demographics.builder().build();

    private static AttributeProfile attributeProfile(DemographicAttribute attribute, List<Demographics> counted,
            DisclosureControl rule) {
        Map<String, Long> byCategory = new TreeMap<>();
        long notStated = 0;
        for (Demographics d : counted) {
            Optional<String> category = attribute.categoryOf(d);
            if (category.isPresent()) {
                byCategory.merge(category.get(), 1L, Long::sum);
            } else {
                notStated++;
            }
        }
        List<Optional<String>> categories = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        byCategory.forEach((category, count) -> {
            categories.add(Optional.of(category));
            counts.add(count);
        });
        if (notStated > 0) {
            categories.add(Optional.empty());
            counts.add(notStated);
        }
        boolean[] hidden = suppress(counts, rule.threshold());
        AttributeProfile.Builder result = AttributeProfile.builder().attribute(attribute);
        if (hidden == null) {
            return result.withheld(true).build();
        }
        for (int i = 0; i < counts.size(); i++) {
            DemographicCount.Builder cell = DemographicCount.builder().category(categories.get(i));
            if (!hidden[i]) {
                cell.count(round(counts.get(i), rule.roundingBase()));
            }
            result.addCell(cell.build());
        }
        return result.withheld(false).build();
    }

    /**
     * Which cells to suppress, each count at least 1 and their total published: primary suppression below the
     * threshold, then secondary suppression of the smallest published cells until every suppressed cell has
     * another possible value. Null when that cannot be reached.
     */
    static boolean[] suppress(List<Long> counts, int threshold) {
        boolean[] hidden = new boolean[counts.size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = counts.get(i) < threshold;
        }
        while (true) {
            int suppressed = 0;
            long held = 0;
            int smallestPublished = -1;
            for (int i = 0; i < hidden.length; i++) {
                if (hidden[i]) {
                    suppressed++;
                    held += counts.get(i);
                } else if (smallestPublished < 0 || counts.get(i) < counts.get(smallestPublished)) {
                    smallestPublished = i;
                }
            }
            if (suppressed == 0 || (suppressed >= 2 && held > suppressed)) {
                return hidden;
            }
            if (smallestPublished < 0) {
                return null;
            }
            hidden[smallestPublished] = true;
        }
    }

    /** Rounds half up to the base: 12 → 10 and 13 → 15 for base 5, as NHS England's ASCOF pipeline does. */
    private static long round(long value, int base) {
        return base == 1 ? value : Math.floorDiv(2 * value + base, 2L * base) * base;
    }

    /**
     * One attribute's counts.
     *
     * @param attribute  the attribute, not null
     * @return the counts, or empty when the number of participants is suppressed
     */
    public Optional<AttributeProfile> attribute(DemographicAttribute attribute) {
        return attributes().stream().filter(a -> a.attribute() == attribute).findFirst();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("DemographicProfile");
        problems.notBlank(rule(), "rule");
        participants().ifPresent(n -> problems.check(n >= 0, "participants", "must not be negative", n));
        problems.check(participants().isPresent() || attributes().isEmpty(), "attributes",
                "must be empty when the number of participants is suppressed");
        problems.unique(attributes(), AttributeProfile::attribute, "attributes", "attribute");
        problems.throwIfAny();
    }

    /** The number of participants and attributes, and the rule; never a category. */
    @Override
    public String toString() {
        return "DemographicProfile of " + participants().map(String::valueOf).orElse("[c]") + " participants, "
                + attributes().size() + " attributes (" + rule() + ")";
    }
}
