package org.coproduction.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Crosswalks;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.Ladders;
import org.coproduction.examples.cli.DocumentType;
import org.junit.jupiter.api.Test;

/**
 * The generated schemas checked by an independent validator (networknt json-schema-validator): every
 * document the library writes is valid against its schema, and documents the library refuses for their
 * shape are refused by the schema too.
 */
class JsonSchemasTest {

    private static JsonSchema schema(Class<?> type) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JsonSchemas.schemaOf(type));
    }

    private static Set<ValidationMessage> check(Class<?> type, String json) throws Exception {
        JsonNode document = CoproductionJson.mapper().readTree(json);
        return schema(type).validate(document);
    }

    @Test
    void everyShippedLadderAndCrosswalkIsValid() throws Exception {
        for (Ladder ladder : java.util.stream.Stream.concat(Ladders.all().stream(),
                java.util.stream.Stream.of(Ladders.tlapWithCouncilWordings())).toArray(Ladder[]::new)) {
            assertEquals(Set.of(), check(Ladder.class, CoproductionJson.write(ladder)), ladder.id());
        }
        for (Crosswalk crosswalk : Crosswalks.all()) {
            assertEquals(Set.of(), check(Crosswalk.class, CoproductionJson.write(crosswalk)));
        }
    }

    @Test
    void unknownFieldsAndMissingRequiredFieldsAreRefused() throws Exception {
        String misspelt = CoproductionJson.write(Ladders.iap2()).replace("\"meaning\"", "\"meening\"");
        Set<ValidationMessage> problems = check(Ladder.class, misspelt);
        assertTrue(problems.toString().contains("property 'meening' is not defined in the schema"), problems.toString());
        assertTrue(problems.toString().contains("required property 'meaning' not found"), problems.toString());
    }

    @Test
    void topLevelDocumentsMayCarryTheirVersionButNotANewerOne() throws Exception {
        String current = CoproductionJson.write(Ladders.iap2());
        String unversioned = CoproductionJson.mapper().writeValueAsString(Ladders.iap2());
        assertEquals(Set.of(), check(Ladder.class, current));
        assertEquals(Set.of(), check(Ladder.class, unversioned));
        Set<ValidationMessage> newer = check(Ladder.class, current.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
        assertTrue(newer.toString().contains("schemaVersion"), newer.toString());
        // Nested values carry no version: the rung schema does not allow one.
        assertTrue(JsonSchemas.schemaOf(Ladder.class).path("properties").has("schemaVersion"));
        assertEquals(1, JsonSchemas.schemaOf(Ladder.class).toString().split("\"schemaVersion\"", -1).length - 1);
    }

    @Test
    void enumsAreListedByTheirJsonValues() {
        // A ladder's citation is shared with its councils' wordings, so the schema holds it once, under $defs.
        JsonNode ladder = JsonSchemas.schemaOf(Ladder.class);
        JsonNode source = ladder.path("properties").path("source");
        if (source.has("$ref")) {
            source = ladder.path("$defs").path(source.path("$ref").asText().replace("#/$defs/", ""));
        }
        JsonNode status = source.path("properties").path("status").path("enum");
        assertEquals("[\"verified\",\"secondary\",\"unverified\",\"library-own\"]", status.toString());
    }

    @Test
    void everyDocumentTypeHasASchema() {
        for (DocumentType type : DocumentType.values()) {
            assertEquals(type.javaType().getSimpleName(), JsonSchemas.schemaOf(type.javaType()).path("title").asText());
        }
    }
}
