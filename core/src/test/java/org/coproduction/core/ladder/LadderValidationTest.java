package org.coproduction.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.core.validation.MissingValueException;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Every rule a ladder keeps, each with a failing and a passing case, and the exact messages. */
class LadderValidationTest {

    private static final Citation SOURCE = Citation.of("Anytown Council, Involvement Strategy 2025", SourceStatus.VERIFIED);

    private static RungDefinition rung(String id, int order) {
        return RungDefinition.builder().id(id).name(id).order(order).meaning("means " + id).build();
    }

    private static Ladder.Builder ladder() {
        return Ladder.builder().id("own").name("Our ladder").source(SOURCE);
    }

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }

    @Test
    void aValidCouncilLadderBuilds() {
        Ladder own = ladder().addRungs(rung("told", 1), rung("asked", 2), rung("shared", 3)).build();
        assertEquals(3, own.rungs().size());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        ValidationException e = assertThrows(ValidationException.class, () -> ladder()
                .addRungs(rung("told", 1), rung("told", 2), rung("shared", 4))
                .build());
        assertEquals(List.of(
                "rungs[1].id: must be unique (same as rungs[0]), was \"told\"",
                "rungs[2].order: must be 3 (rungs are listed bottom first and numbered 1, 2, 3 … without gaps), was 4"),
                messages(e));
        assertEquals("Invalid Ladder: 2 problems\n"
                + "  rungs[1].id: must be unique (same as rungs[0]), was \"told\"\n"
                + "  rungs[2].order: must be 3 (rungs are listed bottom first and numbered 1, 2, 3 … without gaps), was 4",
                e.getMessage());
    }

    @Test
    void aLadderNeedsTwoRungs() {
        ValidationException e = assertThrows(ValidationException.class, () -> ladder().addRung(rung("only", 1)).build());
        assertEquals(List.of("rungs: must have at least 2 rungs, was 1"), messages(e));
    }

    @Test
    void blankNamesAreRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> Ladder.builder().id(" ").name("")
                .source(SOURCE).addRungs(rung("a", 1), rung("b", 2)).build());
        assertEquals(List.of("id: must not be blank, was \" \"", "name: must not be blank, was \"\""), messages(e));
    }

    @Test
    void rungRules() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> RungDefinition.builder().id("two words").name(" ").order(0).meaning("m").build());
        assertEquals(List.of("id: must not contain spaces, was \"two words\"", "name: must not be blank, was \" \"",
                "order: must be at least 1, was 0"), messages(e));
    }

    @Test
    void missingFieldsAreAllNamed() {
        MissingValueException e = assertThrows(MissingValueException.class, () -> Ladder.builder().id("x").build());
        assertEquals(List.of("name: is required", "source: is required"), messages(e));
    }

    @Test
    void groupsMustBeDeclaredUsedAndContiguous() {
        ValidationException e = assertThrows(ValidationException.class, () -> ladder()
                .addGroups(RungGroup.of("low", "Low"), RungGroup.of("high", "High"), RungGroup.of("spare", "Spare"))
                .addRung(RungDefinition.builder().from(rung("a", 1)).group("low").build())
                .addRung(RungDefinition.builder().from(rung("b", 2)).group("high").build())
                .addRung(RungDefinition.builder().from(rung("c", 3)).group("low").build())
                .addRung(RungDefinition.builder().from(rung("d", 4)).group("middle").build())
                .addRung(rung("e", 5))
                .build());
        assertEquals(List.of(
                "rungs[2].group: must be next to the other rungs of its group, was \"low\"",
                "rungs[3].group: must name a group declared in groups [high, low, spare], was \"middle\"",
                "rungs[4].group: is required when the ladder has groups",
                "groups[2]: must contain at least one rung, was \"spare\""), messages(e));
    }

    @Test
    void contiguousGroupsBuild() {
        Ladder ladder = ladder()
                .addGroups(RungGroup.of("low", "Low"), RungGroup.of("high", "High"))
                .addRung(RungDefinition.builder().from(rung("a", 1)).group("low").build())
                .addRung(RungDefinition.builder().from(rung("b", 2)).group("low").build())
                .addRung(RungDefinition.builder().from(rung("c", 3)).group("high").build())
                .build();
        assertEquals("High", ladder.groupOf(ladder.rung("c")).orElseThrow().name());
    }

    @Test
    void duplicateGroupsAreRejected() {
        ValidationException e = assertThrows(ValidationException.class, () -> ladder()
                .addGroups(RungGroup.of("g", "G"), RungGroup.of("g", "Again"))
                .addRung(RungDefinition.builder().from(rung("a", 1)).group("g").build())
                .addRung(RungDefinition.builder().from(rung("b", 2)).group("g").build())
                .build());
        assertEquals(List.of("groups[1].id: must be unique (same as groups[0]), was \"g\""), messages(e));
    }
}
