package org.coproduction.examples.schema;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.json.DocumentVersions;

/**
 * Generates JSON Schemas (draft 2020-12) for the library's JSON documents from the Java types themselves,
 * so a schema can never drift from what {@link CoproductionJson} reads.
 *
 * <p>Each value type is described through the class the library reads it into (the generated immutable
 * implementation), with its JSON property names; a field is required exactly when the type's builder
 * requires it; unknown fields are not allowed, matching the reader.
 */
public final class JsonSchemas {

    /** A time of day as the library writes and reads it: hours and minutes, and seconds when not zero. */
    static final String LOCAL_TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$";

    private static final SchemaGenerator GENERATOR = generator();

    private JsonSchemas() {
    }

    /**
     * The JSON Schema of a library type.
     *
     * @param type  the type, such as {@code Ladder.class}, not null
     * @return the schema as a JSON tree, not null
     */
    public static ObjectNode schemaOf(Class<?> type) {
        ObjectNode schema = GENERATOR.generateSchema(readAs(type));
        schema.put("title", type.getSimpleName());
        addVersion(schema);
        return schema;
    }

    /**
     * A top-level document may start with its schema version (see {@link DocumentVersions}); nested values
     * carry none, so the property is added to the top-level object only. It is optional because documents
     * written before versioning have none.
     */
    private static void addVersion(ObjectNode schema) {
        ObjectNode top = schema;
        if (!schema.has("properties") && schema.path("$ref").asText().startsWith("#/$defs/")) {
            top = (ObjectNode) schema.path("$defs").path(schema.path("$ref").asText().substring("#/$defs/".length()));
        }
        if (!top.has("properties")) {
            return;
        }
        ObjectNode properties = top.objectNode();
        properties.putObject(DocumentVersions.FIELD).put("type", "integer").put("minimum", 0)
                .put("maximum", DocumentVersions.CURRENT)
                .put("description", "The schema version of the document; missing means 0, written before versioning.");
        properties.setAll((ObjectNode) top.get("properties"));
        top.set("properties", properties);
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(CoproductionJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                        JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_OPTIONALS,
                        Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.PLAIN_DEFINITION_KEYS)
                .with(Option.SCHEMA_VERSION_INDICATOR);
        DefaultSchemaDefinitionNamingStrategy naming = new DefaultSchemaDefinitionNamingStrategy();
        config.forTypesInGeneral().withDefinitionNamingStrategy((key, context) -> {
            String name = naming.getDefinitionNameForKey(key, context);
            return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
        });
        config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
            Class<?> raw = javaType.getErasedType();
            if (raw == Currency.class) {
                return new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", "^[A-Z]{3}$").put("description", "An ISO 4217 currency code, such as GBP."));
            }
            if (raw == LocalTime.class) {
                // The library writes a time of day without an offset ("10:00" or "10:00:00"); the standard
                // "time" format requires one, so no value would satisfy both.
                return new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", LOCAL_TIME).put("description", "A time of day, HH:MM or HH:MM:SS, such as 10:00."));
            }
            return !raw.isEnum() && writtenAsText(raw)
                    ? new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string"))
                    : null;
        });
        // Describe each abstract value type by the generated class the library reads it into.
        config.forTypesInGeneral().withSubtypeResolver((declared, context) -> {
            Class<?> readAs = readAs(declared.getErasedType());
            return readAs == declared.getErasedType() ? null : List.of(context.getTypeContext().resolve(readAs));
        });
        config.forFields().withRequiredCheck(JsonSchemas::isRequired)
                .withIgnoreCheck(field -> Modifier.isStatic(field.getRawMember().getModifiers()) || isLazy(field));
        return new SchemaGenerator(config.build());
    }

    /**
     * The class the library's JSON reader builds for an abstract value type, or, for a type read through
     * a {@code @JsonCreator} factory (done where documents come in bulk), the class it is written as: in
     * both cases the implementation generated beside it ({@code ImmutableLadder} for {@code Ladder}),
     * which has the same properties and whose builder requires the same ones.
     */
    private static Class<?> readAs(Class<?> type) {
        if (!Modifier.isAbstract(type.getModifiers()) || type.isEnum()) {
            return type;
        }
        try {
            Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
                    type.getClassLoader());
            return type.isAssignableFrom(generated) ? generated : type;
        } catch (ClassNotFoundException handWritten) {
            return type;
        }
    }

    /** A value written as one piece of text, such as a partial date: its class has a {@code @JsonValue} method giving a String. */
    private static boolean writtenAsText(Class<?> type) {
        for (Method method : type.getMethods()) {
            if (method.isAnnotationPresent(JsonValue.class) && method.getReturnType() == String.class) {
                return true;
            }
        }
        return false;
    }

    /** An attribute is required when the generated builder tracks it with an initialisation bit. */
    private static boolean isRequired(FieldScope field) {
        Class<?> owner = field.getDeclaringType().getErasedType();
        String bit = "INIT_BIT_" + field.getDeclaredName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        for (Class<?> nested : owner.getDeclaredClasses()) {
            if (nested.getSimpleName().equals("Builder")) {
                try {
                    nested.getDeclaredField(bit);
                    return true;
                } catch (NoSuchFieldException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Lazily computed caches (non-final fields of the generated class) are not part of the document. */
    private static boolean isLazy(FieldScope field) {
        return Modifier.isTransient(field.getRawMember().getModifiers())
                || !Modifier.isFinal(field.getRawMember().getModifiers());
    }
}
