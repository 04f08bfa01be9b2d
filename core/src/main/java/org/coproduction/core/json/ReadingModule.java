package org.coproduction.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.ReferenceType;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;

/**
 * How the library's reader binds values: strictly, and reporting every problem.
 *
 * <ul>
 *   <li>No scalar is coerced: text where a number or true/false belongs, a number or true/false where text
 *       belongs, {@code ""} for a number, each is refused ("must be a whole number, was the string
 *       {@code "150"}").</li>
 *   <li>A value from a closed set is read only from its documented identifier ({@code co-design}), never
 *       from another spelling ({@code CO_DESIGN}, {@code Co-design}).</li>
 *   <li>Dates, times and currencies are read only from text, with messages that show the expected form.</li>
 *   <li>When the document is read through {@link CheckedParser}, a value that cannot be bound is recorded
 *       in its {@link ReadingProblems} and skipped, and binding goes on; unknown fields of the library's
 *       objects are recorded and skipped by the parser itself, with the closest known field.</li>
 * </ul>
 */
final class ReadingModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Writes enum constants as the library writes them, to learn each one's identifier. */
    private static final ObjectMapper IDENTIFIERS = JsonMapper.builder().build();

    ReadingModule(boolean lenient) {
        super("coproduction-reading");
        setDeserializerModifier(new Modifier(lenient));
    }

    /**
     * Refuses every coercion between scalar kinds (text, numbers, true/false) and empty text for numbers.
     *
     * @param builder  the mapper being built
     */
    static void refuseCoercion(JsonMapper.Builder builder) {
        builder.withCoercionConfig(LogicalType.Integer, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Float, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Boolean, config -> config
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Textual, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
        builder.withCoercionConfig(LogicalType.Enum, config -> config
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /** Wraps every deserializer the mapper makes. */
    private static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        private final boolean lenient;
        private final Map<Class<?>, Predicate<String>> ignorable = new ConcurrentHashMap<>();

        Modifier(boolean lenient) {
            this.lenient = lenient;
        }

        @Override
        public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                BeanDeserializerBuilder builder) {
            ignorable.put(description.getBeanClass(), builder::hasIgnorable);
            return builder;
        }

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            String expected = TextOnly.expectation(type);
            if (expected != null) {
                return new Collecting(new TextOnly(deserializer, expected), null);
            }
            if (NumberOnly.isFloatingPoint(type)) {
                return new Collecting(new NumberOnly(deserializer), null);
            }
            return new Collecting(deserializer, lenient ? null : knownFields(type, deserializer));
        }

        /** The fields of a library object bound field by field, or null if its fields are not checked here. */
        private KnownFields knownFields(Class<?> type, JsonDeserializer<?> deserializer) {
            if (!(deserializer instanceof BeanDeserializerBase) || !type.getName().startsWith("org.coproduction.")) {
                return null;
            }
            BeanDeserializerBase bean = (BeanDeserializerBase) deserializer;
            if (bean.getValueInstantiator().canCreateUsingDelegate()
                    || bean.getValueInstantiator().canCreateUsingArrayDelegate()) {
                // Bound by another deserializer (Immutables' JSON form), which checks the fields.
                return null;
            }
            List<String> names = bean.getKnownPropertyNames().stream().map(String::valueOf).collect(Collectors.toList());
            Predicate<String> ignored = ignorable.getOrDefault(type, name -> false);
            Set<String> known = Set.copyOf(names);
            return new KnownFields(names, name -> known.contains(name) || ignored.test(name));
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Collecting(new ExactEnum(type.getRawClass()), null);
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Collecting(deserializer, null);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Collecting(deserializer, null);
        }

        @Override
        public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new Collecting(deserializer, null);
        }

        @Override
        public JsonDeserializer<?> modifyReferenceDeserializer(DeserializationConfig config, ReferenceType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            if (NumberOnly.isFloatingPoint(type.getRawClass())) {
                return new Collecting(new NumberOnly(deserializer), null);  // OptionalDouble
            }
            return new Collecting(deserializer, null);
        }
    }

    /** The fields of one library object type. */
    static final class KnownFields {
        final List<String> names;
        final Predicate<String> test;

        KnownFields(List<String> names, Predicate<String> test) {
            this.names = names;
            this.test = test;
        }
    }

    /**
     * Binds a value and, when the document is read through {@link CheckedParser}, records a value that cannot
     * be bound instead of stopping: it skips the rest of that value and returns null, so that binding goes on
     * and every problem of the document is found in one pass.
     */
    static final class Collecting extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final KnownFields known;

        Collecting(JsonDeserializer<?> delegate, KnownFields known) {
            super(delegate);
            this.known = known;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Collecting(delegate, known);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!(p instanceof CheckedParser)) {
                return _delegatee.deserialize(p, ctxt);
            }
            CheckedParser parser = (CheckedParser) p;
            JsonToken start = p.currentToken();
            int depth = parser.depth();
            JsonStreamContext entry = p.getParsingContext();
            if (known != null && (start == JsonToken.START_OBJECT || start == JsonToken.FIELD_NAME)) {
                parser.expectFields(known);
            }
            try {
                return _delegatee.deserialize(p, ctxt);
            } catch (JsonProcessingException | ValidationException e) {
                if (CoproductionJson.isReadingFailure(e)) {
                    throw e;
                }
                // A list or object is described as it started, wherever in it binding stopped.
                boolean structure = start == JsonToken.START_OBJECT || start == JsonToken.START_ARRAY;
                String path = structure ? CheckedParser.path(entry.getParent()) : CheckedParser.path(parser);
                ReadingProblems problems = parser.problems();
                problems.valueFailed(path, describe(e, structure ? describe(start) : actual(parser), path,
                        handledType()));
                if (problems.full()) {
                    throw CheckedParser.Refused.stop(parser);
                }
                skipRest(parser, start, depth);
                return null;
            }
        }

        /** Reads on to the end of the value that failed, so that binding goes on after it. */
        private static void skipRest(CheckedParser parser, JsonToken start, int depth) throws IOException {
            if (start == JsonToken.START_OBJECT || start == JsonToken.START_ARRAY || start == JsonToken.FIELD_NAME) {
                while (parser.depth() >= depth && parser.nextToken() != null) {
                    // only the checks on each token matter
                }
            }
        }
    }

    /**
     * What is wrong with a value that could not be bound, with paths from the document's root; the value is
     * shown unless it is in a personal field.
     */
    static List<Violation> describe(Exception e, String actual, String path, Class<?> type) {
        ValidationException rules = findCause(e, ValidationException.class);
        if (rules != null) {
            return rules.under(path).violations();
        }
        boolean personal = CoproductionJson.isPersonal(path);
        String where = personal ? CoproductionJson.personalPart(path) : path;
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
            if (personal) {
                return List.of(Violation.of(where, "holds a field that is not known (its name is not shown: it may "
                        + "be personal data)"));
            }
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
            String name = unknown.getPropertyName();
            String suggestion = ReadingProblems.closest(name, known);
            String field = path.isEmpty() ? name : path + "." + name;
            return List.of(Violation.of(field, "is not a known field" + (suggestion != null
                    ? "; did you mean `" + suggestion + "`?" : known.isEmpty() ? "" : "; known fields are " + known)));
        }
        InvalidFormatException badKey = findCause(e, InvalidFormatException.class);
        if (badKey != null && badKey.getOriginalMessage() != null
                && badKey.getOriginalMessage().startsWith("Cannot deserialize Map key")) {
            // Jackson reports a map's key that is not one of its identifiers at the map's start: name the key.
            String rule = "each key must be " + expected(badKey.getTargetType());
            if (personal) {
                return List.of(Violation.of(where, rule + " (the key is not shown: it is personal data)"));
            }
            return List.of(Violation.of(path, rule, new CheckedParser.Shown(
                    "the key \"" + shorten(String.valueOf(badKey.getValue())) + "\"")));
        }
        Class<?> target = e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null
                ? ((MismatchedInputException) e).getTargetType() : type;
        String rule = "must be " + expected(target);
        if (e instanceof InputCoercionException || findCause(e, InputCoercionException.class) != null) {
            rule += range(target);
        } else {
            IllegalArgumentException refusal = findCause(e, IllegalArgumentException.class);
            if (refusal != null && refusal.getMessage() != null && target != null
                    && target.getName().startsWith("org.coproduction.") && !personal) {
                // A library type's own factory (such as a partial date's parse) refused the value and said why.
                return List.of(Violation.of(path, firstLine(refusal.getMessage())));
            }
        }
        if (personal) {
            return List.of(Violation.of(where, rule + " (the value is not shown: it is personal data)"));
        }
        return List.of(actual == null ? Violation.of(path, rule) : Violation.of(path, rule, new CheckedParser.Shown(actual)));
    }

    /** What a value of the type looks like in JSON, in words for the people who send documents. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        String textual = TextOnly.expectation(type);
        if (textual != null) {
            return textual;
        }
        if (type.isEnum()) {
            return "one of " + ExactEnum.identifiers(type).keySet().stream().map(id -> "\"" + id + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list (a JSON array)";
        }
        return "a JSON object";
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return " from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        return "";
    }

    /** The value the parser is at, described: {@code the string "150"}, {@code the number 42}, {@code null}. */
    static String actual(JsonParser parser) {
        try {
            JsonToken token = parser.currentToken();
            if (token == null) {
                return null;
            }
            switch (token) {
                case VALUE_STRING:
                    return "the string \"" + shorten(parser.getText()) + "\"";
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return "the number " + shorten(parser.getText());
                case VALUE_TRUE:
                case VALUE_FALSE:
                case VALUE_NULL:
                    return parser.getText();
                default:
                    return describe(token);
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static String describe(JsonToken structure) {
        switch (structure) {
            case START_OBJECT:
            case END_OBJECT:
                return "an object";
            case START_ARRAY:
            case END_ARRAY:
                return "a list";
            default:
                return null;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static <X extends Throwable> X findCause(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /**
     * Reads a value from a closed set only from its documented identifier, exactly as the library writes it.
     */
    static final class ExactEnum extends JsonDeserializer<Object> {
        private static final Map<Class<?>, Map<String, Object>> IDS = new ConcurrentHashMap<>();

        private final Class<?> type;
        private final Map<String, Object> ids;

        ExactEnum(Class<?> type) {
            this.type = type;
            this.ids = identifiers(type);
        }

        /** The identifiers of an enum's constants as the library writes them, in declaration order. */
        static Map<String, Object> identifiers(Class<?> type) {
            return IDS.computeIfAbsent(type, t -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Object constant : t.getEnumConstants()) {
                    try {
                        map.put(IDENTIFIERS.convertValue(constant, String.class), constant);
                    } catch (IllegalArgumentException e) {
                        map.put(((Enum<?>) constant).name(), constant);
                    }
                }
                return Collections.unmodifiableMap(map);
            });
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Object constant = ids.get(p.getText());
                if (constant != null) {
                    return constant;
                }
            }
            throw MismatchedInputException.from(p, type, "not one of the identifiers");
        }

        @Override
        public Class<?> handledType() {
            return type;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Enum;
        }
    }

    /**
     * Reads a {@code double} only from a JSON number. Jackson takes the text {@code "NaN"}, {@code "Infinity"}
     * and {@code "-Infinity"} as numbers even when every other coercion from text is refused; here they are
     * refused like any number written as text ({@code must be a number, was the string "NaN"}), and the
     * library never writes them, as no value the builders accept holds one.
     */
    static final class NumberOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        NumberOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        /** Whether values of the type are floating-point numbers, which Jackson also reads from special text. */
        static boolean isFloatingPoint(Class<?> type) {
            return type == double.class || type == Double.class || type == float.class || type == Float.class
                    || type == OptionalDouble.class;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NumberOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, Double.class, "a number written as text");
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /**
     * Reads dates, times and currencies only from text, refusing numbers, arrays and empty text, which Jackson
     * would otherwise read as days since 1970, {@code [2025, 3, 4]} or nothing.
     */
    static final class TextOnly extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final String expected;

        TextOnly(JsonDeserializer<?> delegate, String expected) {
            super(delegate);
            this.expected = expected;
        }

        /** How a value of the type is written, or null if the type is not read from text only. */
        static String expectation(Class<?> type) {
            if (type == LocalDate.class) {
                return "a date written as text YYYY-MM-DD, such as \"2025-03-04\"";
            }
            if (type == LocalTime.class) {
                return "a time of day written as text HH:MM or HH:MM:SS, such as \"10:00\"";
            }
            if (type == YearMonth.class) {
                return "a month written as text YYYY-MM, such as \"2025-03\"";
            }
            if (type == Currency.class) {
                return "a currency code of three capital letters, such as \"GBP\"";
            }
            return null;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate, expected);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING) || p.getTextLength() == 0) {
                throw MismatchedInputException.from(p, handledType(), "not written as expected");
            }
            return _delegatee.deserialize(p, ctxt);
        }
    }
}
