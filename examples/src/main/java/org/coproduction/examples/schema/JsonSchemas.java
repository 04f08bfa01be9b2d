package org.coproduction.examples.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.json.DocumentVersions;
import org.coproduction.core.time.PartialDate;

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
            // These take the description of the field they are used for, which says what they hold.
            if (raw == Currency.class) {
                return withFieldAttributes(context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", "^[A-Z]{3}$"));
            }
            if (raw == RoundingMode.class) {
                // UNNECESSARY is refused: an amount with more decimal places than the currency's could not be paid.
                ObjectNode modes = context.getGeneratorConfig().createObjectNode().put("type", "string");
                Arrays.stream(RoundingMode.values()).filter(m -> m != RoundingMode.UNNECESSARY)
                        .forEach(m -> modes.withArray("enum").add(m.name()));
                return withFieldAttributes(modes);
            }
            if (raw == LocalTime.class) {
                // The library writes a time of day without an offset ("10:00" or "10:00:00"); the standard
                // "time" format requires one, so no value would satisfy both.
                return withFieldAttributes(context.getGeneratorConfig().createObjectNode().put("type", "string")
                        .put("pattern", LOCAL_TIME));
            }
            if (raw == PartialDate.class) {
                return new CustomDefinition(SchemaRules.partialDate());
            }
            return !raw.isEnum() && writtenAsText(raw)
                    ? new CustomDefinition(context.getGeneratorConfig().createObjectNode().put("type", "string"))
                    : null;
        });
        // Every object of the library's is titled with its type's name, as code generators name classes.
        config.forTypesInGeneral().withTitleResolver(scope -> {
            Class<?> raw = scope.getType().getErasedType();
            boolean object = raw.getName().startsWith("org.coproduction.") && !raw.isEnum() && !writtenAsText(raw);
            return object ? typeName(raw) : null;
        });
        // Describe each abstract value type by the generated class the library reads it into.
        config.forTypesInGeneral().withSubtypeResolver((declared, context) -> {
            Class<?> readAs = readAs(declared.getErasedType());
            return readAs == declared.getErasedType() ? null : List.of(context.getTypeContext().resolve(readAs));
        });
        // A list field is offered twice: as the list, and as its elements (the "fake container item scope").
        // The description goes on the list only; rules for the elements go on the elements.
        config.forFields().withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null
                        : FieldDescriptions.of(owner(field), accessorName(field)))
                .withInstanceAttributeOverride((node, field, context) -> SchemaRules.of(owner(field).getSimpleName(),
                        field.getDeclaredName()).ifPresent(rules -> SchemaRules.apply(node, rules,
                        field.isFakeContainerItemScope())));
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

    /**
     * A value written as one piece of text, such as a partial date or a statement line's explanation: its class
     * or a superclass has a {@code @JsonValue} method giving a String, of any visibility (Jackson uses either).
     */
    private static boolean writtenAsText(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(JsonValue.class) && method.getReturnType() == String.class) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A schema for a type that takes the description and rules of the field it is used for. */
    private static CustomDefinition withFieldAttributes(ObjectNode schema) {
        return new CustomDefinition(schema, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }

    /** The name of a library type as its users know it: {@code Ladder}, not the generated {@code ImmutableLadder}. */
    static String typeName(Class<?> type) {
        String name = type.getSimpleName();
        return name.startsWith("Immutable") ? name.substring("Immutable".length()) : name;
    }

    /**
     * The type a field belongs to as the library's users know it: the value type a generated
     * {@code Immutable…} class implements, or the record itself.
     */
    private static Class<?> owner(FieldScope field) {
        Class<?> declaring = field.getDeclaringType().getErasedType();
        Class<?> parent = declaring.getSuperclass();
        return declaring.getSimpleName().startsWith("Immutable") && parent != null && parent != Object.class
                ? parent : declaring;
    }

    /**
     * The accessor a field is read through, whose Javadoc describes it: the field's JSON name where it is
     * renamed (a statement line's {@code explained} is written as {@code explanation}), otherwise its own name.
     */
    private static String accessorName(FieldScope field) {
        JsonProperty renamed = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : field.getDeclaredName();
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
