package org.coproduction.examples.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.coproduction.examples.cli.DocumentType;
import org.coproduction.examples.cli.SchemaFiles;
import org.junit.jupiter.api.Test;

/**
 * One wrong document per rule a schema carries, each refused by the schema (networknt here, ajv in
 * {@code .ci/run} on the same files under {@code target/schema-corpus/invalid}) and by the library, which
 * names the field that was broken.
 *
 * <p>The wrong documents are made from the valid corpus: for every field whose schema carries a rule
 * (a pattern, a bound, a length, a closed set, a required field, no unknown fields), the first document
 * that has the field is copied with that one field broken. So every rule is tried on a real document, and
 * a rule the schema claims but the library does not keep fails here.
 */
class WrongDocumentsTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** One wrong document: which rule of which field it breaks, where, and the document. */
    private record Wrong(DocumentType type, String rule, String path, String json) {
    }

    @Test
    void everyRuleIsRefusedByTheSchemaAndByTheLibrary() throws IOException {
        SchemaCorpus.clear(false, EnumSet.allOf(DocumentType.class));
        Map<String, Wrong> wrongs = wrongDocuments();
        Map<String, String> problems = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, Wrong> entry : wrongs.entrySet()) {
            Wrong wrong = entry.getValue();
            SchemaCorpus.write(false, wrong.type, String.format("%03d-%s", ++n, fileName(entry.getKey())), wrong.json);
            if (SchemaCorpus.validate(wrong.type, wrong.json).isEmpty()) {
                problems.put(entry.getKey(), "accepted by the schema at " + wrong.path);
            }
            String library = refusedByLibrary(wrong);
            if (library != null) {
                problems.put(entry.getKey() + " (library)", library);
            }
        }
        assertEquals(Map.of(), problems);
        assertTrue(wrongs.size() > 150, "only " + wrongs.size() + " wrong documents");
    }

    @Test
    void everyRuleInTheTableHasAWrongDocument() throws IOException {
        Set<String> tried = new TreeSet<>();
        wrongDocuments().keySet().forEach(key -> tried.add(key.substring(0, key.indexOf(' ')).replace("[]", "")
                .replace("{}", "")));
        Set<String> untried = new TreeSet<>(SchemaRules.fields());
        untried.removeAll(tried);
        // Fields no document of the corpus holds; each is listed so that a new one is noticed.
        assertEquals(Set.of(), untried);
    }

    @Test
    void aTypoInARateRulesRolesIsRefusedByBoth() throws IOException {
        // The example: "unpaid-carers" for "unpaid-carer" must not silently hold every carer's pay.
        String policy = CoproductionJson.write(org.coproduction.core.recompense.Recompense.nihr());
        String typo = policy.replaceFirst("\"unpaid-carer\"", "\"unpaid-carers\"");
        assertTrue(!typo.equals(policy), "the NIHR policy names unpaid carers");
        assertTrue(SchemaCorpus.validate(DocumentType.POLICY, typo).toString().contains("roles"));
        ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> CoproductionJson.read(typo, DocumentType.POLICY.javaType()));
        assertTrue(refused.getMessage().contains("roles[") && refused.getMessage().contains("unpaid-carers"),
                refused.getMessage());
    }

    /** Null when the library refuses the document naming the broken field; otherwise what it did. */
    private static String refusedByLibrary(Wrong wrong) {
        try {
            CoproductionJson.read(wrong.json, wrong.type.javaType());
            return "accepted by the library at " + wrong.path;
        } catch (ValidationException e) {
            for (Violation violation : e.violations()) {
                if (names(violation.path(), wrong.path)) {
                    return null;
                }
            }
            return "refused at other paths than " + wrong.path + ": " + e.getMessage();
        }
    }

    /**
     * Whether a violation's path names the broken field: the field itself or something inside it (an
     * element of a list), or, for a personal field, the field that holds it (the library does not repeat
     * what is inside personal data).
     */
    private static boolean names(String violationPath, String brokenPath) {
        if (violationPath.equals(brokenPath) || violationPath.startsWith(brokenPath + "[")
                || violationPath.startsWith(brokenPath + ".")) {
            return true;
        }
        return violationPath.endsWith("demographics") && brokenPath.startsWith(violationPath + ".");
    }

    private static String fileName(String key) {
        return key.replace("[]", "-items").replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** The wrong documents, keyed by {@code Type.field rule}, the first found for each. */
    private static Map<String, Wrong> wrongDocuments() throws IOException {
        Map<String, Wrong> wrongs = new LinkedHashMap<>();
        Map<DocumentType, JsonNode> schemas = new LinkedHashMap<>();
        for (DocumentType type : DocumentType.values()) {
            schemas.put(type, CoproductionJson.mapper().readTree(Files.readString(
                    SchemaCorpus.COMMITTED.resolve(SchemaFiles.fileName(type)))));
        }
        for (WrittenDocumentsTest.Document document : WrittenDocumentsTest.corpus()) {
            JsonNode root = CoproductionJson.mapper().readTree(document.json());
            JsonNode schema = schemas.get(document.type());
            new Walk(document.type(), schema, root, wrongs).object(root, schema, "");
        }
        return wrongs;
    }

    /** Walks one document beside its schema, making a wrong copy for each rule not yet tried. */
    private static final class Walk {
        private final DocumentType type;
        private final JsonNode schemaRoot;
        private final JsonNode document;
        private final Map<String, Wrong> wrongs;

        Walk(DocumentType type, JsonNode schemaRoot, JsonNode document, Map<String, Wrong> wrongs) {
            this.type = type;
            this.schemaRoot = schemaRoot;
            this.document = document;
            this.wrongs = wrongs;
        }

        /** The schema a node points to, with the keywords written beside its {@code $ref}. */
        private JsonNode resolve(JsonNode schema) {
            if (!schema.has("$ref")) {
                return schema;
            }
            String ref = schema.get("$ref").asText();
            ObjectNode merged = resolve(schemaRoot.at(ref.substring(1))).deepCopy();
            schema.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            return merged;
        }

        void object(JsonNode node, JsonNode schemaNode, String path) {
            JsonNode schema = resolve(schemaNode);
            if (!node.isObject() || !schema.has("properties")) {
                return;
            }
            String owner = schema.path("title").asText("?");
            for (JsonNode required : schema.path("required")) {
                String field = required.asText();
                try (Change change = new Change(node)) {
                    ((ObjectNode) node).remove(field);
                    add(owner + "." + field + " required", at(path, field), change);
                }
            }
            if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
                try (Change change = new Change(node)) {
                    ((ObjectNode) node).put("colour", "blue");
                    add(owner + " unknown-field", at(path, "colour"), change);
                }
            }
            Iterator<String> names = node.fieldNames();
            List<String> fields = new ArrayList<>();
            names.forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode fieldSchema = schema.path("properties").path(field);
                if (fieldSchema.isMissingNode()) {
                    continue; // schemaVersion and the like
                }
                value(node, field, resolve(fieldSchema), owner + "." + field, at(path, field));
            }
        }

        private void value(JsonNode parent, String field, JsonNode schema, String key, String path) {
            JsonNode value = parent.get(field);
            breakValue(parent, field, value, schema, key, path);
            if (value.isArray()) {
                JsonNode items = resolve(schema.path("items"));
                for (int i = 0; i < value.size(); i++) {
                    breakValue(value, String.valueOf(i), value.get(i), items, key + "[]", path + "[" + i + "]");
                    object(value.get(i), items, path + "[" + i + "]");
                }
            } else if (value.isObject() && schema.path("additionalProperties").isObject()) {
                JsonNode values = resolve(schema.get("additionalProperties"));
                List<String> keys = new ArrayList<>();
                value.fieldNames().forEachRemaining(keys::add);
                for (String k : keys) {
                    breakValue(value, k, value.get(k), values, key + "{}", path + "." + k);
                    object(value.get(k), values, path + "." + k);
                }
            } else if (value.isObject()) {
                object(value, schema, path);
            }
        }

        /** Every way the schema lets one value be broken, each tried once per field and rule. */
        private void breakValue(JsonNode parent, String field, JsonNode value, JsonNode schema, String key, String path) {
            String pattern = schema.path("pattern").asText(null);
            if (value.isTextual() && pattern != null) {
                String wrong = pattern.equals(SchemaRules.ID) ? "Jane Smith"
                        : pattern.equals(SchemaRules.NOT_BLANK) ? "   "
                        : pattern.equals(SchemaRules.NO_SPACES) ? "co design"
                        : pattern.equals(JsonSchemas.LOCAL_TIME) ? "25:00"
                        : pattern.equals("^[A-Z]{3}$") ? "GB" : null;
                if (wrong != null) {
                    replace(parent, field, TextNode.valueOf(wrong), key + " pattern", path);
                }
            }
            if (value.isTextual() && schema.has("minLength")) {
                replace(parent, field, TextNode.valueOf(""), key + " minLength", path);
            }
            if (value.isNumber() && schema.has("minimum")) {
                replace(parent, field, JSON.numberNode(schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)),
                        key + " minimum", path);
            }
            if (value.isNumber() && schema.has("maximum") && !field.equals("schemaVersion")) {
                replace(parent, field, JSON.numberNode(schema.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)),
                        key + " maximum", path);
            }
            if (value.isNumber() && schema.has("exclusiveMinimum")) {
                replace(parent, field, JSON.numberNode(schema.get("exclusiveMinimum").decimalValue()),
                        key + " exclusiveMinimum", path);
            }
            if (value.isArray() && schema.has("minItems")) {
                ArrayNode shorter = value.deepCopy();
                while (shorter.size() >= schema.get("minItems").asInt()) {
                    shorter.remove(shorter.size() - 1);
                }
                replace(parent, field, shorter, key + " minItems", path);
            }
            if (value.isArray() && value.size() > 0 && schema.path("uniqueItems").asBoolean()) {
                ArrayNode twice = value.deepCopy();
                twice.add(value.get(0).deepCopy());
                replace(parent, field, twice, key + " uniqueItems", path);
            }
            if (value.isTextual() && schema.has("enum")) {
                replace(parent, field, TextNode.valueOf(schema.get("enum").get(0).asText() + "s"), key + " enum", path);
            }
            if (value.isBoolean() && schema.has("const")) {
                replace(parent, field, JSON.booleanNode(!schema.get("const").asBoolean()), key + " const", path);
            }
            if (value.isTextual() && schema.has("anyOf")) {
                replace(parent, field, TextNode.valueOf("03/02/2026"), key + " partial-date-form", path);
                replace(parent, field, TextNode.valueOf("2026-02-30"), key + " partial-date-day", path);
            }
            if (value.isTextual() && schema.path("format").asText().equals("date")) {
                replace(parent, field, TextNode.valueOf("2026-02-30"), key + " format-date", path);
            }
        }

        private void replace(JsonNode parent, String field, JsonNode wrong, String key, String path) {
            if (wrongs.containsKey(key)) {
                return;
            }
            try (Change change = new Change(parent)) {
                if (parent instanceof ArrayNode array) {
                    array.set(Integer.parseInt(field), wrong);
                } else {
                    ((ObjectNode) parent).set(field, wrong);
                }
                add(key, path, change);
            }
        }

        private void add(String key, String path, Change change) {
            wrongs.putIfAbsent(key, new Wrong(type, key, path, document.toPrettyString()));
        }

        private static String at(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }

    /**
     * Undoes a change to a node of the document when closed, so the walk goes on over the valid document. It
     * puts back the very nodes that were there, not copies, as the walk still holds them.
     */
    private static final class Change implements AutoCloseable {
        private final JsonNode node;
        private final List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        private final List<JsonNode> elements = new ArrayList<>();

        Change(JsonNode node) {
            this.node = node;
            node.fields().forEachRemaining(e -> fields.add(Map.entry(e.getKey(), e.getValue())));
            if (node.isArray()) {
                node.forEach(elements::add);
            }
        }

        @Override
        public void close() {
            if (node instanceof ObjectNode object) {
                object.removeAll();
                fields.forEach(e -> object.set(e.getKey(), e.getValue()));
            } else if (node instanceof ArrayNode array) {
                array.removeAll();
                elements.forEach(array::add);
            }
        }
    }
}
