package org.coproduction.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduction.examples.cli.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * Every field in every schema has a description, and the descriptions are the accessors' Javadoc as the
 * source files give it now.
 */
class FieldDescriptionsTest {

    private static final Path COMMITTED = Path.of("src", "main", "resources", "org", "coproduction", "examples", "schema",
            FieldDescriptions.RESOURCE);

    /** Set this system property to rewrite the committed file from the sources instead of comparing. */
    private static final String UPDATE = "schema.descriptions.update";

    @Test
    void theCommittedDescriptionsAreTheJavadocOfTheSourcesNow() throws IOException {
        Map<String, String> fromSources = JavadocDescriptions.read();
        String expected = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(fromSources) + "\n";
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(COMMITTED, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(COMMITTED), "the Javadoc of a value type changed; regenerate "
                + COMMITTED + " with -D" + UPDATE + "=true, then the schemas with bin/coproduction schema --out schemas");
    }

    @Test
    void javadocMarkupBecomesPlainText() {
        // Written by hand from the Javadoc conventions: code and links read as their text, tags go.
        assertEquals("The minutes, such as 90; see Activity.durationMinutes and a rung.",
                JavadocDescriptions.clean("The minutes, such as {@code 90}; see {@link Activity#durationMinutes()}"
                        + "\n     * and {@link Rung a rung}."));
        assertEquals("A list of <b>bold</b> claims", JavadocDescriptions.clean("A list of {@code <b>bold</b>} <i>claims</i>"));
    }

    @Test
    void everyFieldOfEverySchemaHasADescription() {
        List<String> missing = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            collectMissing(JsonSchemas.schemaOf(type.javaType()), type.id(), missing);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void aFieldIsDescribedInTheWordsOfItsAccessor() {
        JsonNode minutes = JsonSchemas.schemaOf(org.coproduction.core.activity.Attendance.class)
                .path("properties").path("minutes");
        // Attendance#minutes() says "How many minutes the participant took part for."
        assertEquals("How many minutes the participant took part for.", minutes.path("description").asText());
        assertTrue(minutes.has("minimum"), minutes.toString());
    }

    private static void collectMissing(JsonNode schema, String where, List<String> missing) {
        if (schema.isObject()) {
            JsonNode properties = schema.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(p -> {
                    if (p.getValue().path("description").asText().isBlank()) {
                        missing.add(where + "." + p.getKey());
                    }
                });
            }
            schema.fields().forEachRemaining(child -> collectMissing(child.getValue(),
                    child.getKey().equals("properties") || child.getKey().equals("$defs") ? where : where + "/" + child.getKey(),
                    missing));
        } else if (schema.isArray()) {
            schema.forEach(element -> collectMissing(element, where, missing));
        }
    }
}
