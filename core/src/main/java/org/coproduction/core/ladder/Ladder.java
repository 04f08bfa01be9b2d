package org.coproduction.core.ladder;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A ladder of participation held as data: its rungs in order from the bottom, the groups (bands) they
 * fall into, and where the ladder comes from.
 *
 * <p>The library ships the TLAP ladder of co-production, its five-rung participation view, Arnstein's
 * ladder of citizen participation, the IAP2 spectrum and the Wilcox, Hart and Shier ladders (see
 * {@link Ladders}); a council can define its own in code or JSON, or keep its own wording of a rung beside
 * the source's ({@link #councilWordings()}). A ladder is rejected, with every problem named, when it has fewer than two rungs,
 * duplicate rung or group identifiers, rungs not numbered 1, 2, 3 … from the bottom without gaps, a rung
 * in an undeclared group, a group whose rungs are not next to each other, or a council wording of a rung
 * the ladder does not have (or a second wording of one rung by the same council).
 *
 * <pre>{@code
 * Ladder ladder = Ladder.builder()
 *     .id("our-ladder").name("Our involvement ladder")
 *     .source(Citation.of("Anytown Council, Involvement Strategy 2025", SourceStatus.VERIFIED))
 *     .addRung(RungDefinition.builder().id("told").name("Told").order(1).meaning("We tell you").build())
 *     .addRung(RungDefinition.builder().id("asked").name("Asked").order(2).meaning("We ask you").build())
 *     .build();
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Ladder implements WithLadder {

    /**
     * The ladder's identifier, such as {@code tlap} or {@code arnstein}.
     *
     * @return the identifier, not blank
     */
    public abstract String id();

    /**
     * The ladder's name, such as "Think Local Act Personal ladder of co-production".
     *
     * @return the name, not blank
     */
    public abstract String name();

    /**
     * Where the ladder comes from.
     *
     * @return the citation, not null
     */
    public abstract Citation source();

    /**
     * The groups (bands) of adjacent rungs, bottom first; may be empty.
     *
     * @return the groups, not null
     */
    public abstract List<RungGroup> groups();

    /**
     * The rungs from the bottom up; the rung at index {@code i} has order {@code i + 1}.
     *
     * @return the rungs, at least two
     */
    public abstract List<RungDefinition> rungs();

    /**
     * Councils' own wordings of rungs, each with its attribution, kept beside the rungs' source wording;
     * empty for a ladder as its source gives it. Documents written before wordings existed read as empty.
     *
     * @return the wordings, not null
     */
    public abstract List<CouncilWording> councilWordings();

    /**
     * The councils' own wordings of one rung, in the order they were added.
     *
     * @param rungId  a rung of this ladder, not null
     * @return the wordings; empty when no council's wording is held
     * @throws NoSuchElementException if the ladder has no such rung
     */
    public List<CouncilWording> wordingsOf(String rungId) {
        rung(rungId);
        return councilWordings().stream().filter(w -> w.rung().equals(rungId)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * A builder for a ladder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Ladder} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableLadder.Builder {
        Builder() {
        }
    }

    @Value.Lazy
    Map<String, RungDefinition> rungsById() {
        Map<String, RungDefinition> byId = new HashMap<>();
        rungs().forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    /**
     * The rung with an identifier.
     *
     * @param rungId  the rung's identifier, such as {@code co-design}, not null
     * @return the rung, not null
     * @throws NoSuchElementException if the ladder has no such rung, naming the rungs it has
     */
    public RungDefinition rung(String rungId) {
        return findRung(rungId).orElseThrow(() -> new NoSuchElementException(
                "Ladder " + id() + " has no rung \"" + rungId + "\"; its rungs are " + rungIds()));
    }

    /**
     * The rung with an identifier, if the ladder has one.
     *
     * @param rungId  the rung's identifier, not null
     * @return the rung, or empty
     */
    public Optional<RungDefinition> findRung(String rungId) {
        return Optional.ofNullable(rungsById().get(rungId));
    }

    /**
     * The identifiers of the rungs, bottom first.
     *
     * @return the identifiers, not null
     */
    public List<String> rungIds() {
        return rungs().stream().map(RungDefinition::id).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The bottom rung.
     *
     * @return the rung with order 1, not null
     */
    public RungDefinition bottom() {
        return rungs().get(0);
    }

    /**
     * The top rung.
     *
     * @return the highest rung, not null
     */
    public RungDefinition top() {
        return rungs().get(rungs().size() - 1);
    }

    /**
     * The rung above a rung of this ladder, if there is one.
     *
     * @param rung  a rung of this ladder, not null
     * @return the next rung up, or empty at the top
     * @throws NoSuchElementException if the rung is not on this ladder
     */
    public Optional<RungDefinition> above(RungDefinition rung) {
        int order = rung(rung.id()).order();
        return order < rungs().size() ? Optional.of(rungs().get(order)) : Optional.empty();
    }

    /**
     * The rung below a rung of this ladder, if there is one.
     *
     * @param rung  a rung of this ladder, not null
     * @return the next rung down, or empty at the bottom
     * @throws NoSuchElementException if the rung is not on this ladder
     */
    public Optional<RungDefinition> below(RungDefinition rung) {
        int order = rung(rung.id()).order();
        return order > 1 ? Optional.of(rungs().get(order - 2)) : Optional.empty();
    }

    /**
     * The group a rung belongs to, if the ladder has groups.
     *
     * @param rung  a rung of this ladder, not null
     * @return the group, or empty
     */
    public Optional<RungGroup> groupOf(RungDefinition rung) {
        return rung.group().flatMap(g -> groups().stream().filter(x -> x.id().equals(g)).findFirst());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Ladder")
                .notBlank(id(), "id")
                .notBlank(name(), "name")
                .check(rungs().size() >= 2, "rungs", "must have at least 2 rungs", rungs().size())
                .unique(rungs(), RungDefinition::id, "rungs", "id")
                .unique(groups(), RungGroup::id, "groups", "id");
        for (int i = 0; i < rungs().size(); i++) {
            problems.check(rungs().get(i).order() == i + 1, "rungs[" + i + "].order",
                    "must be " + (i + 1) + " (rungs are listed bottom first and numbered 1, 2, 3 … without gaps)",
                    rungs().get(i).order());
        }
        checkGroups(problems);
        for (int i = 0; i < councilWordings().size(); i++) {
            CouncilWording wording = councilWordings().get(i);
            problems.check(rungsById().containsKey(wording.rung()), "councilWordings[" + i + "].rung",
                    "must be a rung of ladder " + id() + " " + rungIds(), wording.rung());
        }
        Map<String, Integer> firstWording = new HashMap<>();
        for (int i = 0; i < councilWordings().size(); i++) {
            CouncilWording wording = councilWordings().get(i);
            Integer earlier = firstWording.putIfAbsent(wording.rung() + "\u0000" + wording.council(), i);
            problems.check(earlier == null, "councilWordings[" + i + "]",
                    "must not word a rung a second time for the same council (same rung and council as councilWordings["
                            + earlier + "])", wording.council() + " on " + wording.rung());
        }
        problems.throwIfAny();
    }

    private void checkGroups(Violations problems) {
        Set<String> declared = groups().stream().map(RungGroup::id).collect(Collectors.toSet());
        Set<String> closed = new HashSet<>();
        Set<String> used = new HashSet<>();
        String current = null;
        for (int i = 0; i < rungs().size(); i++) {
            Optional<String> group = rungs().get(i).group();
            String path = "rungs[" + i + "].group";
            if (group.isPresent()) {
                problems.check(declared.contains(group.get()), path,
                        "must name a group declared in groups " + declared, group.get());
                problems.check(!closed.contains(group.get()), path,
                        "must be next to the other rungs of its group", group.get());
                used.add(group.get());
            } else {
                problems.check(groups().isEmpty(), path, "is required when the ladder has groups");
            }
            String next = group.orElse(null);
            if (current != null && !current.equals(next)) {
                closed.add(current);
            }
            current = next;
        }
        for (int i = 0; i < groups().size(); i++) {
            problems.check(used.contains(groups().get(i).id()), "groups[" + i + "]",
                    "must contain at least one rung", groups().get(i).id());
        }
    }

    @Override
    public String toString() {
        return name() + ": " + String.join(" < ", rungs().stream().map(RungDefinition::name).collect(Collectors.toList()));
    }
}
