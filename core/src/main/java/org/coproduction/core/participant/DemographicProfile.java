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
import org.coproduction.core.api.Experimental;
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
 * DisclosureControl rule = DisclosureRule.fewerThan(3).withRoundingBase(5);   // NHS England's ASCOF pipeline
 * DemographicProfile profile = DemographicProfile.of(record.participants(), rule);
 * profile.attribute(DemographicAttribute.AGE_BAND);   // counts per age band, small ones suppressed
 * }</pre>
 *
 * <p>Rules, in order, for each attribute:
 * <ol>
 *   <li><b>Consent.</b> Participants who have withdrawn their consent (on any day) are left out: their
 *       attributes are not used in any new count (North Tyneside Council, <i>Stronger Together</i>, 2024:
 *       informed consent that can be withdrawn).</li>
 *   <li><b>Small groups.</b> When fewer participants remain than the rule's threshold, nothing is shown: no
 *       total and no attribute.</li>
 *   <li><b>Small free-text categories.</b> A category that is not on the attribute's code list (see
 *       {@link #of(Collection, DisclosureControl, Map)}) and that fewer people than the threshold gave, such
 *       as a gender identity in a person's own words, is counted in one cell,
 *       {@link DemographicCount#SMALL_CATEGORIES}, so that its words are never printed. This pooling of rare
 *       categories is global recoding (Hundepool et al. 2012, below).</li>
 *   <li><b>Primary suppression.</b> A cell with fewer people than the threshold is suppressed. Every
 *       listed cell holds at least one person (categories that occur nowhere are not listed), and people
 *       who did not share the attribute are counted as {@code not stated}.</li>
 *   <li><b>Secondary suppression.</b> The total is published, so one suppressed cell could be worked out by
 *       subtraction; and a reader who knows each listed category holds at least one person could work out
 *       suppressed cells that all hold one. So further cells are suppressed, smallest first, until either no
 *       cell is suppressed or at least two are and together they hold more people than there are suppressed
 *       cells. Then every suppressed cell has another possible value: one person can be moved between it and
 *       another suppressed cell without any listed cell falling to zero.</li>
 *   <li><b>Withholding.</b> If that cannot be reached (every cell holds one person), the attribute is
 *       withheld: no cells at all.</li>
 *   <li><b>Rounding.</b> Published counts and the total are rounded half up to the rule's rounding base.</li>
 *   <li><b>Stability.</b> The attribute's cells are worked out again, by the rules above, for the group with
 *       each one person removed in turn. If any of those tables differs from the group's (a count, which
 *       cells are suppressed, or which categories are listed), the attribute is withheld with the reason
 *       {@value #UNSTABLE_REASON}.</li>
 * </ol>
 * The total is the same for every attribute and is published once, so no attribute's table can reveal
 * what another's suppressed. Cell suppression with complementary cells, and global recoding, follow
 * Hundepool A et al. (2012), <i>Statistical Disclosure Control</i>, Wiley, ch. 5 (cited from memory, not
 * checked against the text).
 *
 * <p><b>Why stability: the differencing attack.</b> A council publishes a group's profile this quarter and
 * again next quarter, when one member has left; or the whole group and the group less one person. Without
 * the stability rule the two tables could differ in exactly that person's cell (say sexual orientation 4
 * and then 3), and the difference is that person's category. With it, when an attribute is published for a
 * group G and for G without a member x, the two tables are identical: G's table is published only if G
 * without any one member, x included, gives the same table. So the pair shows the same cells whichever
 * member left, and says nothing of which category x was in. The same covers one person joining (G and G
 * with y: the larger group's table is published only if it survives y's removal) and one person's category
 * changing (both tables equal the table without that person). The total participants is not part of the
 * check: it depends only on how many people there are, not on anyone's categories.
 *
 * <p><b>What this costs.</b> A count published exactly always changes when one of its people leaves, so
 * under a rule that does not round (such as {@code SmallNumberRule.standard()}) only tables whose every
 * cell is suppressed can be stable: every attribute with a published count is withheld. Rounding makes
 * counts stable: NHS England's ASCOF pipeline suppresses bases below 3 and rounds counts to the nearest 5
 * (as the library's measures notes record from its code), which the measures module's
 * {@code DisclosureRule.fewerThan(3).withRoundingBase(5)} gives. Even then an attribute is withheld when one
 * of its cells sits where one person fewer would cross a rounding or threshold boundary, or holds one person
 * (without them the category would not be listed); a category outside the code list that exactly as many
 * people as the threshold gave is such a boundary too, so pass the council's code lists.
 *
 * <p><b>Limits.</b> The rule defends against the difference of one person between two releases. It does
 * not defend against many releases of overlapping groups: groups that differ by two or more people (two
 * people leaving at once, a group and a group less a pair) are not checked, and differences taken across a
 * chain of releases can add up. Nor is the choice to withhold itself hidden: whether an attribute is
 * published can differ between G and G without x, and that can hint at which cells of the smaller group sit
 * at a boundary, though it never shows a count; a reader who already knows every other member's categories
 * may narrow down x's that way. Do not publish profiles of many overlapping groups.
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
     * Counts a group's demographic attributes under a disclosure rule. Every category other than the carers'
     * {@code yes} and {@code no} is treated as the council's free text: one that fewer people than the
     * threshold gave is counted in the {@link DemographicCount#SMALL_CATEGORIES} cell. To keep a fixed code
     * list's labels, such as the Census 2021 ethnic groups, use {@link #of(Collection, DisclosureControl, Map)}.
     *
     * @param participants  the group's participants, each once, not null
     * @param rule  the disclosure rule, such as {@code SmallNumberRule.standard()}, not null
     * @return the profile as it may be published, not null
     * @throws org.coproduction.core.validation.ValidationException if a participant id repeats, or the rule's
     *     threshold is below {@link DisclosureControl#MINIMUM_THRESHOLD} (3) or its
     *     rounding base below 1
     */
    public static DemographicProfile of(Collection<Participant> participants, DisclosureControl rule) {
        return of(participants, rule, Map.of());
    }

    /**
     * Counts a group's demographic attributes under a disclosure rule, keeping the labels of the council's
     * fixed categories. A category on an attribute's code list is shown by name even when its count is
     * suppressed (the list is public, so the name says nothing a person wrote); any other category that fewer
     * people than the threshold gave is counted in the {@link DemographicCount#SMALL_CATEGORIES} cell.
     *
     * <pre>{@code
     * DemographicProfile.of(people, rule, Map.of(DemographicAttribute.AGE_BAND, List.of("18-64", "65-74", "75+")));
     * }</pre>
     *
     * @param participants  the group's participants, each once, not null
     * @param rule  the disclosure rule, not null
     * @param codeLists  each attribute's fixed categories; an attribute left out has none, not null
     * @return the profile as it may be published, not null
     * @throws org.coproduction.core.validation.ValidationException if a participant id repeats, the rule's
     *     threshold is below {@link DisclosureControl#MINIMUM_THRESHOLD} (3) or its rounding base below 1, or a
     *     code list holds a blank category
     */
    @Experimental
    public static DemographicProfile of(Collection<Participant> participants, DisclosureControl rule,
            Map<DemographicAttribute, ? extends Collection<String>> codeLists) {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(codeLists, "codeLists");
        Violations problems = Violations.of("DemographicProfile");
        problems.check(rule.threshold() >= DisclosureControl.MINIMUM_THRESHOLD, "rule.threshold",
                "must be at least " + DisclosureControl.MINIMUM_THRESHOLD + " (the documented minimum)", rule.threshold());
        problems.check(rule.roundingBase() >= 1, "rule.roundingBase", "must be at least 1", rule.roundingBase());
        codeLists.forEach((attribute, list) -> problems.check(list.stream().noneMatch(String::isBlank),
                "codeLists." + attribute.id(), "must not hold a blank category"));
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
            Set<String> codeList = attribute == DemographicAttribute.CARER ? Set.of("yes", "no")
                    : codeLists.containsKey(attribute) ? Set.copyOf(codeLists.get(attribute)) : Set.<String>of();
            profile.addAttribute(stableProfile(attribute, counted, rule, codeList));
        }
        return profile.build();
    }

    private static final Demographics NONE = Demographics.builder().build();

    /** Why an attribute is withheld when every cell holds one person. */
    public static final String ONE_PERSON_REASON = "withheld: every category holds one person, so the total would give"
            + " each of them away";

    /** Why an attribute is withheld when one person more or fewer would change what it shows. */
    public static final String UNSTABLE_REASON = "withheld: one person more or fewer would change the published cells";

    /**
     * The attribute's cells, or the attribute withheld when removing any one person would change them. A
     * person's removal changes only their own category's count, so one removal per category is enough; and
     * every category counted in the small-categories cell gives the same table when one of its people is
     * removed (that cell falls by one), so one of those is enough too.
     */
    private static AttributeProfile stableProfile(DemographicAttribute attribute, List<Demographics> counted,
            DisclosureControl rule, Set<String> codeList) {
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
        AttributeProfile published = attributeProfile(attribute, byCategory, notStated, rule, codeList);
        if (published.withheld()) {
            return published;
        }
        boolean smallCategoriesTried = false;
        for (Map.Entry<String, Long> category : byCategory.entrySet()) {
            if (isSmallCategory(category.getKey(), category.getValue(), rule, codeList)) {
                if (smallCategoriesTried) {
                    continue;
                }
                smallCategoriesTried = true;
            }
            Map<String, Long> fewer = new TreeMap<>(byCategory);
            fewer.computeIfPresent(category.getKey(), (key, n) -> n == 1 ? null : n - 1);
            if (!attributeProfile(attribute, fewer, notStated, rule, codeList).equals(published)) {
                return withheld(attribute, UNSTABLE_REASON);
            }
        }
        if (notStated > 0 && !attributeProfile(attribute, byCategory, notStated - 1, rule, codeList).equals(published)) {
            return withheld(attribute, UNSTABLE_REASON);
        }
        return published;
    }

    private static boolean isSmallCategory(String category, long count, DisclosureControl rule, Set<String> codeList) {
        return category.equals(DemographicCount.SMALL_CATEGORIES)
                || !codeList.contains(category) && count < rule.threshold();
    }

    private static AttributeProfile withheld(DemographicAttribute attribute, String reason) {
        return AttributeProfile.builder().attribute(attribute).withheld(true).withheldReason(reason).build();
    }

    /** The attribute's cells for these counts: small categories pooled, then suppression and rounding. */
    private static AttributeProfile attributeProfile(DemographicAttribute attribute, Map<String, Long> byCategory,
            long notStated, DisclosureControl rule, Set<String> codeList) {
        List<Optional<String>> categories = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long small = 0;
        for (Map.Entry<String, Long> category : byCategory.entrySet()) {
            if (isSmallCategory(category.getKey(), category.getValue(), rule, codeList)) {
                small += category.getValue();
            } else {
                categories.add(Optional.of(category.getKey()));
                counts.add(category.getValue());
            }
        }
        if (small > 0) {
            categories.add(Optional.of(DemographicCount.SMALL_CATEGORIES));
            counts.add(small);
        }
        if (notStated > 0) {
            categories.add(Optional.empty());
            counts.add(notStated);
        }
        boolean[] hidden = suppress(counts, rule.threshold());
        if (hidden == null) {
            return withheld(attribute, ONE_PERSON_REASON);
        }
        AttributeProfile.Builder result = AttributeProfile.builder().attribute(attribute);
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
