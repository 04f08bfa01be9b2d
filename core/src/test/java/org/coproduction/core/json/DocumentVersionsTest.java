package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.core.ladder.Rung;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Versioned documents. The fixtures under {@code versions/v0} are documents in the format written before
 * documents carried a version (no {@code schemaVersion} field); {@code versions/v1} are the same documents
 * as version 1 writes them. Both must read to the value they were written from: the presets of the
 * library, and a record from the seeded test generator (seed 2025).
 */
class DocumentVersionsTest {

    static String fixture(int version, String name) {
        String path = "/org/coproduction/core/json/versions/v" + version + "/" + name;
        try (InputStream in = DocumentVersionsTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(ValidationException e) {
        return e.violations().stream().map(Violation::message).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void everyVersionOfTheMainDocumentsReadsToTheSameValue(int version) {
        assertEquals(Ladders.arnstein(), CoproductionJson.read(fixture(version, "ladder.json"), Ladder.class));
        assertEquals(Recompense.nihr(),
                CoproductionJson.read(fixture(version, "recompense-policy.json"), RecompensePolicy.class));
        assertEquals(DomainGenerators.record(new SplittableRandom(2025)),
                CoproductionJson.read(fixture(version, "coproduction-record.json"), CoproductionRecord.class));
    }

    @Test
    void versionZeroFixturesReallyHaveNoVersionAndVersionOneFixturesDo() {
        for (String name : List.of("ladder.json", "recompense-policy.json", "coproduction-record.json")) {
            assertFalse(fixture(0, name).contains("schemaVersion"), name);
            assertTrue(fixture(1, name).startsWith("{\n  \"schemaVersion\" : 1,"), name);
        }
    }

    @Test
    void writtenDocumentsStartWithTheCurrentVersionAndNestedValuesCarryNone() {
        String json = CoproductionJson.write(Ladders.arnstein());
        assertTrue(json.startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : \"arnstein\""), json);
        assertEquals(1, json.split("schemaVersion", -1).length - 1, "only the top level is stamped");
        // A value that is not a JSON object (an enum is written as its id) carries no version.
        assertEquals("\"co-design\"", CoproductionJson.write(Rung.CO_DESIGN));
        assertEquals(Rung.CO_DESIGN, CoproductionJson.read("\"co-design\"", Rung.class));
    }

    @Test
    void aDocumentFromANewerVersionIsRefusedNotHalfRead() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(fixture(2, "ladder.json"), Ladder.class));
        assertEquals(List.of("schemaVersion: must be at most 1 (this library reads documents up to version 1), was 2"),
                messages(e));
        // Even a lenient reader, which ignores unknown fields, refuses it.
        CoproductionJson lenient = CoproductionJson.configured(JsonLimits.defaults(), true);
        assertThrows(ValidationException.class, () -> lenient.readValue(fixture(2, "ladder.json"), Ladder.class));
    }

    @Test
    void aVersionThatIsNotAWholeNumberIsRefused() {
        String v1 = fixture(1, "ladder.json");
        for (String bad : List.of("\"1\"", "1.5", "-1", "null", "99999999999")) {
            String json = v1.replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : " + bad + ",");
            ValidationException e = assertThrows(ValidationException.class, () -> CoproductionJson.read(json, Ladder.class),
                    bad);
            assertEquals(List.of("schemaVersion: must be a whole number from 0 to 1, was " + bad), messages(e), bad);
        }
        String explicitZero = v1.replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 0,");
        assertEquals(Ladders.arnstein(), CoproductionJson.read(explicitZero, Ladder.class));
    }

    @Test
    void registeredStepsBringOlderDocumentsUpToDateOneVersionAtATime() {
        // A host whose version 0 ladders called the field "title": its step renames it before reading.
        String legacy = fixture(0, "ladder.json").replaceFirst("\"name\" :", "\"title\" :");
        assertThrows(ValidationException.class, () -> CoproductionJson.read(legacy, Ladder.class));
        CoproductionJson migrating = CoproductionJson.configured(JsonLimits.defaults(), false)
                .withMigrations(List.of(JsonMigration.of(Ladder.class, 0, document -> {
                    document.set("name", document.remove("title"));
                    return document;
                })));
        assertEquals(Ladders.arnstein(), migrating.readValue(legacy, Ladder.class));
        // The step is for version 0 only: a version 1 document is read as it is.
        String current = CoproductionJson.write(Ladders.arnstein());
        assertEquals(Ladders.arnstein(), migrating.readValue(current, Ladder.class));
        // Steps for other document types are not applied.
        CoproductionJson other = CoproductionJson.configured(JsonLimits.defaults(), false)
                .withMigrations(List.of(JsonMigration.of(RecompensePolicy.class, 0, document -> {
                    throw new AssertionError("applied to the wrong document type");
                })));
        assertEquals(Ladders.arnstein(), other.readValue(fixture(0, "ladder.json"), Ladder.class));
        assertEquals("JsonMigration[Ladder 0 -> 1]",
                JsonMigration.of(Ladder.class, 0, (ObjectNode document) -> document).toString());
        assertThrows(IllegalArgumentException.class, () -> JsonMigration.of(Ladder.class, -1, document -> document));
    }

    @Test
    void trailingContentAndEmptyDocumentsAreRefused() {
        String v1 = fixture(1, "ladder.json");
        ValidationException twice = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(v1 + v1, Ladder.class));
        assertTrue(messages(twice).get(0).startsWith("(document): must be a single JSON value, but more follows at line"),
                twice.getMessage());
        ValidationException empty = assertThrows(ValidationException.class, () -> CoproductionJson.read("  ", Ladder.class));
        assertEquals(List.of("(document): must be well-formed JSON: the document is empty"), messages(empty));
    }
}
