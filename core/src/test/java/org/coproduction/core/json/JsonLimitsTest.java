package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Hostile documents are refused at each limit, with the library's exception naming the limit. */
class JsonLimitsTest {

    private static final String IAP2 = CoproductionJson.write(Ladders.iap2());

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(65) + "]".repeat(65);
        String json = IAP2.replaceFirst("\\{", "{ \"extra\" : " + deep + ",");
        CoproductionJson lenient = CoproductionJson.configured(JsonLimits.defaults(), true);
        ValidationException e = assertThrows(ValidationException.class, () -> lenient.readValue(json, Ladder.class));
        assertEquals(List.of("(document): must not nest arrays and objects deeper than 64 levels (maxNestingDepth)"),
                messages(e));
        String shallow = IAP2.replaceFirst("\\{", "{ \"extra\" : " + "[".repeat(10) + "]".repeat(10) + ",");
        assertEquals(Ladders.iap2(), lenient.readValue(shallow, Ladder.class));
    }

    @Test
    void longTextIsRefused() {
        String json = IAP2.replace("\"name\" : \"Inform\"", "\"name\" : \"" + "x".repeat(100_001) + "\"");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertEquals(List.of("rungs[0].name: must not hold text longer than 100000 characters (maxStringLength)"), messages(e));
    }

    @Test
    void longNumbersAreRefused() {
        String json = IAP2.replace("\"order\" : 3", "\"order\" : " + "1".repeat(51));
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertEquals(List.of("rungs[2].order: must not hold numbers longer than 50 characters (maxNumberLength)"), messages(e));
    }

    @Test
    void shortNumbersWithHugeExponentsAreRefused() {
        // "1e999999999" is 11 characters but 1,000,000,000 digits long: rounding it would never finish.
        String json = IAP2.replaceFirst("\\{", "{ \"extra\" : [ 1e999999999, 2.5e-3 ],");
        CoproductionJson lenient = CoproductionJson.configured(JsonLimits.defaults(), true);
        ValidationException e = assertThrows(ValidationException.class, () -> lenient.readValue(json, Ladder.class));
        assertEquals(List.of("extra[0]: must not hold numbers with more than 309 digits before the point "
                + "(larger than any double)"),
                messages(e));
        // What a double can hold is read, however long it would be written out: a survey weight of 1.0E+50
        // and Double.MAX_VALUE (309 digits before the point).
        assertEquals(Ladders.iap2(), lenient.readValue(json.replace("1e999999999", "1.0E+50"), Ladder.class));
        assertEquals(Ladders.iap2(),
                lenient.readValue(json.replace("1e999999999", "1.7976931348623157E308"), Ladder.class));
        // Closer to zero than any double: refused for the same reason.
        ValidationException tiny = assertThrows(ValidationException.class,
                () -> lenient.readValue(json.replace("1e999999999", "1e-999999999"), Ladder.class));
        assertEquals(List.of("extra[0]: must not hold numbers with more than 340 decimal places (closer to zero "
                + "than any double)"), messages(tiny));
        // What a double can hold is read: Double.MIN_VALUE (scale 325) and the smallest normal double written
        // with its 17 significant digits (scale 324, 16 + 308).
        assertEquals(Ladders.iap2(), lenient.readValue(json.replace("1e999999999", "4.9E-324"), Ladder.class));
        assertEquals(Ladders.iap2(),
                lenient.readValue(json.replace("1e999999999", "2.2250738585072014E-308"), Ladder.class));
        // Found by fuzzing: an exponent too large for any decimal at all.
        ValidationException beyond = assertThrows(ValidationException.class,
                () -> lenient.readValue(json.replace("1e999999999", "2e1199211992121"), Ladder.class));
        assertEquals(List.of("extra[0]: must not hold numbers beyond the range of a double (the exponent is too "
                + "large for any decimal)"),
                messages(beyond));
    }

    @Test
    void longDocumentsAreRefused() {
        CoproductionJson small = CoproductionJson.configured(JsonLimits.defaults().withMaxDocumentLength(1000), false);
        ValidationException e = assertThrows(ValidationException.class, () -> small.readValue(IAP2, Ladder.class));
        assertEquals(List.of("(document): must not be longer than 1000 characters (maxDocumentLength)"), messages(e));
    }

    @Test
    void unknownFieldsAreRefusedUnlessLenient() {
        String json = IAP2.replaceFirst("\\{", "{ \"colour\" : \"blue\",");
        ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class));
        assertTrue(messages(e).get(0).startsWith("colour: is not a known field"), e.getMessage());
        CoproductionJson lenient = CoproductionJson.configured(JsonLimits.defaults(), true);
        assertTrue(lenient.ignoresUnknownFields());
        assertFalse(CoproductionJson.configured(JsonLimits.defaults(), false).ignoresUnknownFields());
        assertEquals(Ladders.iap2(), lenient.readValue(json, Ladder.class));
    }

    @Test
    void limitsMustBePositive() {
        ValidationException e = assertThrows(ValidationException.class, () -> new JsonLimits(0, 1, -1, 1));
        assertEquals(List.of("maxNestingDepth: must be at least 1, was 0", "maxNumberLength: must be at least 1, was -1"),
                messages(e));
    }
}
