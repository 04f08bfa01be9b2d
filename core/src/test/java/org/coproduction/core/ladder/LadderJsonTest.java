package org.coproduction.core.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Ladders through JSON: nothing lost, and bad documents named with their JSON paths. */
class LadderJsonTest {

    @Test
    void everyPresetRoundTrips() {
        Ladders.all().forEach(l -> JsonRoundTrip.assertRoundTrip(l, Ladder.class));
    }

    @Test
    void generatedLaddersRoundTrip() {
        Property.forAll(300, LadderGenerator::ladder, l -> JsonRoundTrip.assertRoundTrip(l, Ladder.class));
    }

    @Test
    void aCouncilLadderLoadsFromJson() {
        String json = "{\"id\": \"anytown\", \"name\": \"Anytown ladder\","
                + " \"source\": {\"reference\": \"Anytown Council, 2025\", \"status\": \"unverified\"},"
                + " \"rungs\": ["
                + "  {\"id\": \"told\", \"name\": \"Told\", \"order\": 1, \"meaning\": \"We tell you\"},"
                + "  {\"id\": \"shared\", \"name\": \"Shared\", \"order\": 2, \"meaning\": \"We decide together\"}]}";
        Ladder ladder = CoproductionJson.read(json, Ladder.class);
        assertEquals(List.of("told", "shared"), ladder.rungIds());
    }

    @Test
    void ruleViolationsInNestedObjectsCarryTheirJsonPath() {
        String json = CoproductionJson.write(Ladders.iap2()).replace("\"order\" : 3", "\"order\" : 4");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertEquals(List.of("rungs[2].order: must be 3 (rungs are listed bottom first and numbered 1, 2, 3 … without gaps), was 4"),
                messages(e));
        assertEquals("Ladder JSON", e.subject());
    }

    @Test
    void unknownFieldsAreAnErrorNamingTheKnownOnes() {
        String json = CoproductionJson.write(Ladders.iap2()).replace("\"name\" : \"Involve\"", "\"name\" : \"Involve\", \"nmae\" : 1");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        // "nmae" is "name" with two letters swapped: named as the probable misspelling.
        assertEquals(List.of("rungs[2].nmae: is not a known field; did you mean `name`?"), messages(e));
        String far = json.replace("\"nmae\"", "\"colour\"");
        ValidationException unrelated = assertThrows(ValidationException.class, () -> CoproductionJson.read(far, Ladder.class));
        assertEquals(List.of("rungs[2].colour: is not a known field; known fields are [group, id, meaning, name, order]"),
                messages(unrelated));
    }

    @Test
    void missingAndNullFieldsAreNamed() {
        String json = CoproductionJson.write(Ladders.iap2()).replace("\"id\" : \"involve\",", "");
        ValidationException missing = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertEquals(List.of("rungs[2].id: is required"), messages(missing));
        ValidationException nulls = assertThrows(ValidationException.class,
                () -> CoproductionJson.read("{\"id\": null}", Ladder.class));
        // A null where a required value belongs says so, rather than only that the field is missing.
        assertEquals(List.of("id: is required, was null", "name: is required", "source: is required"), messages(nulls));
    }

    @Test
    void wrongTypesAreNamed() {
        String json = CoproductionJson.write(Ladders.iap2()).replace("\"order\" : 3", "\"order\" : \"third\"");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertEquals(List.of("rungs[2].order: must be a whole number, was the string \"third\""), messages(e));
        ValidationException status = assertThrows(ValidationException.class, () -> CoproductionJson.read(
                "{\"reference\": \"r\", \"status\": \"official\"}", org.coproduction.core.source.Citation.class));
        assertEquals(List.of("status: must be one of \"verified\", \"secondary\", \"unverified\", \"library-own\", "
                + "was the string \"official\""), messages(status));
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsNamedAsSuch() {
        // The rung order is an int: 2.5 is a number, but not a whole one, and the message must say which.
        String json = CoproductionJson.write(Ladders.iap2()).replace("\"order\" : 3", "\"order\" : 2.5");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertEquals(List.of("rungs[2].order: must be a whole number, was the number 2.5"), messages(e));
    }

    @Test
    void malformedJsonIsNamedWithItsPosition() {
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read("{\"id\": 1,", Ladder.class));
        assertEquals(List.of("(document): must be well-formed JSON at line 1, column 10: "
                + "Unexpected end-of-input within/between Object entries"), messages(e));
    }

    @Test
    void duplicateKeysAreAnError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read("{\"id\": \"a\", \"id\": \"b\"}", Ladder.class));
        assertEquals(1, e.violations().size());
        assertEquals("", e.violations().get(0).path());
        assertEquals(true, e.violations().get(0).rule().contains("Duplicate field 'id'"), e.getMessage());
    }

    @Test
    void jsonNullIsNotALadder() {
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read("null", Ladder.class));
        assertEquals(List.of("(document): must be a JSON object, was null"), messages(e));
    }

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }
}
