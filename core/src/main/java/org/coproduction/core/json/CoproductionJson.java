package org.coproduction.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;

/**
 * The library's one entry point for JSON: a configured Jackson mapper for every library type, and
 * reading that reports bad documents as a {@link ValidationException} with JSON paths.
 *
 * <pre>{@code
 * String json = CoproductionJson.write(Ladders.arnstein());
 * Ladder back = CoproductionJson.read(json, Ladder.class);
 * }</pre>
 *
 * <p>Defaults: unknown fields are an error (a misspelt field is never silently ignored); duplicate keys
 * are an error; dates are ISO-8601 text ({@code 2025-03-04}); {@code BigDecimal} amounts keep their scale;
 * absent optional values are left out. Reading an invalid value names every broken rule, prefixed with the
 * JSON path of the object that broke it ({@code rungs[2].order: must be 3 …}).
 *
 * <p>Documents are read within {@link JsonLimits} (nesting depth, text and number length, document
 * size); {@link #configured(JsonLimits, boolean)} gives a reader with other limits or one that ignores
 * unknown fields. Readers are immutable and thread-safe; {@link #mapper()} returns a new copy each time so
 * that a caller's changes never leak into the library's own reading. No polymorphic typing is enabled
 * anywhere, so a document cannot choose which classes are instantiated.
 *
 * <p>Top-level documents are versioned (see {@link DocumentVersions}): {@link #write(Object)} starts every
 * JSON object it writes with {@code "schemaVersion": 1}; reading accepts documents without it (written
 * before versioning), brings older versions up to date through {@link JsonMigration} steps and refuses
 * documents from a newer version of the library. The migration steps are the library's own and those
 * that modules contribute through {@link JsonMigrationProvider} ({@link DocumentVersions#registered()}).
 */
@Stable
public final class CoproductionJson {

    private static final List<JsonMigration> REGISTERED = DocumentVersions.registered();

    private static final CoproductionJson STRICT = new CoproductionJson(JsonLimits.defaults(), false, REGISTERED);

    private final ObjectMapper mapper;
    private final JsonLimits limits;
    private final boolean lenient;
    private final List<JsonMigration> migrations;

    /** The most digits before the point a {@code double} needs: {@code Double.MAX_VALUE} is 1.797…E+308. */
    private static final int LARGEST_DOUBLE_DIGITS = 309;

    /**
     * The most decimal places a {@code double} needs when written in decimal: 17 significant digits at the
     * smallest exponent, as in {@code 4.9406564584124654E-324} (16 + 324 = 340).
     */
    private static final int SMALLEST_DOUBLE_SCALE = 340;

    private CoproductionJson(JsonLimits limits, boolean lenient, List<JsonMigration> migrations) {
        this.limits = limits;
        this.lenient = lenient;
        this.migrations = List.copyOf(migrations);
        this.mapper = configure(limits, lenient);
    }

    private static ObjectMapper configure(JsonLimits limits, boolean lenient) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .build())
                .build();
        return JsonMapper.builder(factory)
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            // Sets keep the order they were written in, so a document read and written again is the same text.
            .addModule(new SimpleModule("coproduction-ordered-sets")
                    .addAbstractTypeMapping(java.util.Set.class, java.util.LinkedHashSet.class))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // Amounts keep their scale (25.00 stays 25.00) when a document passes through a JSON tree.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !lenient)
            .build();
    }

    /**
     * A reader with other limits or leniency, for hosts whose documents need them. The static methods of
     * this class use the strict reader with {@link JsonLimits#defaults()}.
     *
     * <pre>{@code
     * CoproductionJson lenient = CoproductionJson.configured(JsonLimits.defaults(), true);
     * Ladder ladder = lenient.readValue(jsonWithExtraFields, Ladder.class);
     * }</pre>
     *
     * @param limits  the limits on documents read, not null
     * @param ignoreUnknownFields  true to ignore fields the library does not know (lenient), false to refuse
     *     them (the default, so a misspelt field is never silently ignored)
     * @return the reader, thread-safe, not null
     */
    public static CoproductionJson configured(JsonLimits limits, boolean ignoreUnknownFields) {
        return new CoproductionJson(Objects.requireNonNull(limits, "limits"), ignoreUnknownFields, REGISTERED);
    }

    /**
     * A reader like this one that also applies the given migration steps, after the registered ones of the
     * same version, for hosts that keep documents in a format of their own making.
     *
     * @param extra  the steps, not null
     * @return the reader, thread-safe, not null
     */
    public CoproductionJson withMigrations(List<JsonMigration> extra) {
        List<JsonMigration> all = new ArrayList<>(migrations);
        extra.forEach(step -> all.add(Objects.requireNonNull(step, "migration")));
        return new CoproductionJson(limits, lenient, all);
    }

    /**
     * The limits this reader applies.
     *
     * @return the limits, not null
     */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Whether this reader ignores unknown fields.
     *
     * @return true if lenient
     */
    public boolean ignoresUnknownFields() {
        return lenient;
    }

    /**
     * Reads a library value from JSON text with this reader's limits and leniency.
     *
     * @param <T>  the type to read
     * @param json  the JSON text, not null
     * @param type  the type to read, not null
     * @return the value, valid, not null
     * @throws ValidationException if the document is invalid or past a limit, naming every problem
     */
    public <T> T readValue(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return parse(() -> mapper.createParser(json), type);
    }

    /** Opens a parser over a document; the callers differ only in the source they read. */
    private interface ParserSource {
        JsonParser open() throws IOException;
    }

    private <T> T parse(ParserSource source, Class<T> type) {
        try (JsonParser parser = source.open()) {
            return readDocument(parser, type);
        } catch (JsonProcessingException e) {
            throw translate(e, type, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a library value from a character stream, which is not closed, with this reader's limits and
     * leniency.
     *
     * @param <T>  the type to read
     * @param json  the JSON characters, not null
     * @param type  the type to read, not null
     * @return the value, valid, not null
     * @throws ValidationException if the document is invalid or past a limit, naming every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public <T> T readValue(Reader json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return parse(() -> mapper.createParser(json).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE), type);
    }

    /**
     * Reads a library value from a UTF-8 byte stream, which is not closed, with this reader's limits and
     * leniency.
     *
     * @param <T>  the type to read
     * @param json  the JSON bytes, not null
     * @param type  the type to read, not null
     * @return the value, valid, not null
     * @throws ValidationException if the document is invalid or past a limit, naming every problem
     * @throws UncheckedIOException if the stream cannot be read
     */
    public <T> T readValue(InputStream json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return parse(() -> mapper.createParser(json).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE), type);
    }

    /**
     * A new Jackson mapper configured for every library type, for hosts that want to embed library values
     * in their own documents.
     *
     * @return a new mapper, not null
     */
    public static ObjectMapper mapper() {
        return STRICT.mapper.copy();
    }

    /**
     * Writes a library value as an indented JSON document; a JSON object starts with its
     * {@code "schemaVersion"} (see {@link DocumentVersions}).
     *
     * @param value  the value, not null
     * @return the JSON text, not null
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            JsonNode tree = STRICT.mapper.valueToTree(value);
            if (tree.isObject()) {
                ObjectNode stamped = STRICT.mapper.createObjectNode();
                stamped.put(DocumentVersions.FIELD, DocumentVersions.CURRENT);
                stamped.setAll((ObjectNode) tree);
                tree = stamped;
            }
            return STRICT.mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a library value from JSON text.
     *
     * @param <T>  the type to read
     * @param json  the JSON text, not null
     * @param type  the type to read, such as {@code Ladder.class}, not null
     * @return the value, valid, not null
     * @throws ValidationException if the text is not valid JSON, or does not describe a valid value; every
     *     problem found is named with its JSON path
     */
    public static <T> T read(String json, Class<T> type) {
        return STRICT.readValue(json, type);
    }

    /**
     * Reads a library value from a character stream, which is not closed.
     *
     * @param <T>  the type to read
     * @param json  the JSON characters, not null
     * @param type  the type to read, not null
     * @return the value, valid, not null
     * @throws ValidationException if the document is invalid, naming every problem with its JSON path
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(Reader json, Class<T> type) {
        return STRICT.readValue(json, type);
    }

    /**
     * Reads a library value from a UTF-8 byte stream, which is not closed.
     *
     * @param <T>  the type to read
     * @param json  the JSON bytes, not null
     * @param type  the type to read, not null
     * @return the value, valid, not null
     * @throws ValidationException if the document is invalid, naming every problem with its JSON path
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static <T> T read(InputStream json, Class<T> type) {
        return STRICT.readValue(json, type);
    }

    /**
     * Reads one document: parses it within the limits, checks and migrates its version, then binds it.
     * Parse failures are reported before anything is bound, so a document is never half-read.
     */
    private <T> T readDocument(JsonParser parser, Class<T> type) throws IOException {
        JsonNode tree;
        try {
            // Trailing content is reported below with its position, rather than as a type mismatch.
            tree = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new ValidationException(type.getSimpleName() + " JSON", List.of(Violation.of("",
                        "must be a single JSON value, but more follows at line " + at.getLineNr() + ", column "
                                + at.getColumnNr())));
            }
        } catch (JsonProcessingException e) {
            throw translate(e, type, contextPath(parser));
        } catch (NumberFormatException | ArithmeticException e) {
            // A number whose exponent does not fit any decimal, such as 2e1199211992121.
            throw withCause(new ValidationException(type.getSimpleName() + " JSON", List.of(Violation.of(
                    contextPath(parser), "must not hold numbers beyond the range of a double (the exponent is "
                            + "too large for any decimal)"))), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ValidationException(type.getSimpleName() + " JSON",
                    List.of(Violation.of("", "must be well-formed JSON: the document is empty")));
        }
        List<Violation> huge = new ArrayList<>();
        findHugeNumbers(tree, "", huge);
        if (!huge.isEmpty()) {
            throw new ValidationException(type.getSimpleName() + " JSON", huge);
        }
        if (tree.isObject()) {
            tree = upgrade((ObjectNode) tree, type);
        }
        try {
            return requireValue(mapper.readerFor(type).readValue(tree), type);
        } catch (JsonProcessingException e) {
            throw translate(e, type, "");
        }
    }

    /**
     * Finds numbers written short with an exponent that arithmetic on them (rounding an amount to pence)
     * would take unbounded time and memory for: beyond the range of a {@code double}, such as
     * {@code 1e999999999} or {@code 1e-999999999}. Every number a {@code double} can hold, such as a p-value of
     * {@code 1.12E-43} or a survey weight of {@code 1.0E+50}, is read.
     */
    private void findHugeNumbers(JsonNode node, String path, List<Violation> found) {
        if (node.isBigDecimal()) {
            java.math.BigDecimal number = node.decimalValue();
            long wholeDigits = (long) number.precision() - number.scale();
            if (number.signum() != 0 && wholeDigits > LARGEST_DOUBLE_DIGITS) {
                found.add(Violation.of(path, "must not hold numbers with more than " + LARGEST_DOUBLE_DIGITS
                        + " digits before the point (larger than any double)"));
            } else if (number.signum() != 0 && number.scale() > SMALLEST_DOUBLE_SCALE) {
                found.add(Violation.of(path, "must not hold numbers with more than " + SMALLEST_DOUBLE_SCALE
                        + " decimal places (closer to zero than any double)"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findHugeNumbers(node.get(i), path + "[" + i + "]", found);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> findHugeNumbers(field.getValue(),
                    path.isEmpty() ? field.getKey() : path + "." + field.getKey(), found));
        }
    }

    /** Removes and checks the version of a top-level document and applies the steps up to the current one. */
    private ObjectNode upgrade(ObjectNode document, Class<?> type) {
        JsonNode stamp = document.remove(DocumentVersions.FIELD);
        int version = 0;
        if (stamp != null) {
            if (!stamp.isIntegralNumber() || !stamp.canConvertToInt() || stamp.intValue() < 0) {
                throw new ValidationException(type.getSimpleName() + " JSON", List.of(Violation.of(
                        DocumentVersions.FIELD, "must be a whole number from 0 to " + DocumentVersions.CURRENT,
                        stamp.isTextual() ? shorten(stamp.textValue()) : (Object) new Shown(shorten(stamp.toString())))));
            }
            version = stamp.intValue();
            if (version > DocumentVersions.CURRENT) {
                throw new ValidationException(type.getSimpleName() + " JSON", List.of(Violation.of(
                        DocumentVersions.FIELD, "must be at most " + DocumentVersions.CURRENT
                                + " (this library reads documents up to version " + DocumentVersions.CURRENT + ")",
                        version)));
            }
        }
        ObjectNode migrated = document;
        for (int from = version; from < DocumentVersions.CURRENT; from++) {
            for (JsonMigration step : migrations) {
                if (step.fromVersion() == from && step.documentType().isAssignableFrom(type)) {
                    migrated = step.migrate(migrated);
                }
            }
        }
        return migrated;
    }

    /** JSON text shown as it is, without the quotes {@link Violation} puts around text values. */
    private static final class Shown {
        private final String json;

        Shown(String json) {
            this.json = json;
        }

        @Override
        public String toString() {
            return json;
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The JSON path the parser had reached, such as {@code rungs[0].name}. */
    private static String contextPath(JsonParser parser) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    private static <T> T requireValue(T value, Class<T> type) {
        if (value == null) {
            throw new ValidationException(type.getSimpleName(),
                    List.of(Violation.of("", "must be a JSON object, was null")));
        }
        return value;
    }

    /**
     * Turns a Jackson failure into the library's exception with the JSON path of the problem.
     *
     * @param e  the failure, not null
     * @param type  the type that was being read, not null
     * @param parsedTo  where the parser had got to when it failed, for limits met while parsing
     * @return the exception to throw, not null
     */
    private ValidationException translate(IOException e, Class<?> type, String parsedTo) {
        String subject = type.getSimpleName() + " JSON";
        StreamConstraintsException limit = findCause(e, StreamConstraintsException.class);
        if (limit != null) {
            String where = e instanceof JsonMappingException ? path(((JsonMappingException) e).getPath())
                    : JsonLimits.isPositional(limit.getMessage()) ? parsedTo : "";
            return withCause(new ValidationException(subject, JsonLimits.explain(limit.getMessage(), limits).stream()
                    .map(v -> v.under(where)).collect(Collectors.toList())), e);
        }
        if (!(e instanceof JsonMappingException)) {
            JsonLocation at = e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            if (isPersonal(parsedTo)) {
                // The parser's reason quotes the text it could not read ("Unrecognized token 'Jane'").
                return withCause(new ValidationException(subject, List.of(Violation.of(personalPart(parsedTo),
                        "must be well-formed JSON" + where + " (the text is not shown: it is personal data)"))), e);
            }
            String reason = e instanceof JsonProcessingException
                    ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
            return withCause(new ValidationException(subject,
                    List.of(Violation.of("", "must be well-formed JSON" + where + ": " + reason))), e);
        }
        JsonMappingException mapping = (JsonMappingException) e;
        String path = path(mapping.getPath());
        ValidationException cause = findCause(e, ValidationException.class);
        if (cause != null) {
            return withCause(new ValidationException(subject, cause.under(path).violations()), e);
        }
        List<Violation> violations = new ArrayList<>();
        if (isPersonal(path)) {
            // Never echo what was written in a personal field, nor a field name someone typed there.
            String rule = mapping instanceof UnrecognizedPropertyException
                    ? "holds a field that is not known (its name is not shown: it may be personal data)"
                    : mapping instanceof MismatchedInputException
                    ? "must be " + describe(((MismatchedInputException) mapping).getTargetType())
                            + " (the value is not shown: it is personal data)"
                    : "is not valid (the value is not shown: it is personal data)";
            violations.add(Violation.of(personalPart(path), rule));
        } else if (mapping instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) mapping;
            List<String> known = unknown.getKnownPropertyIds() == null ? List.of()
                    : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.toList());
            violations.add(Violation.of(path, "is not a known field" + (known.isEmpty() ? "" : "; known fields are " + known)));
        } else if (mapping instanceof InvalidFormatException) {
            InvalidFormatException format = (InvalidFormatException) mapping;
            violations.add(Violation.of(path, "must be " + describe(format.getTargetType()) + reason(format),
                    format.getValue()));
        } else if (mapping.getCause() instanceof IllegalArgumentException && mapping.getCause().getMessage() != null) {
            // A library type's own factory (such as an enum's parse) refused the value and said why.
            violations.add(Violation.of(path, firstLine(mapping.getCause().getMessage())));
        } else if (mapping instanceof MismatchedInputException) {
            MismatchedInputException mismatch = (MismatchedInputException) mapping;
            violations.add(Violation.of(path, "must be " + describe(mismatch.getTargetType()) + reason(mismatch)));
        } else {
            violations.add(Violation.of(path, firstLine(mapping.getOriginalMessage())));
        }
        return withCause(new ValidationException(subject, violations), e);
    }

    /**
     * Fields whose values are personal data (special category data under UK GDPR Article 9, or free text in
     * which people describe their own situation): a reading error inside them never repeats what was written.
     */
    private static final List<String> PERSONAL_FIELDS = List.of("demographics", "youSaid");

    private static boolean isPersonal(String path) {
        return !personalPart(path).equals(path) || PERSONAL_FIELDS.stream().anyMatch(path::endsWith);
    }

    /** The path up to and including the first personal field, such as {@code participants[0].demographics}. */
    private static String personalPart(String path) {
        for (String field : PERSONAL_FIELDS) {
            int at = path.indexOf(field);
            while (at >= 0) {
                int end = at + field.length();
                boolean starts = at == 0 || path.charAt(at - 1) == '.';
                boolean ends = end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[';
                if (starts && ends) {
                    return path.substring(0, end);
                }
                at = path.indexOf(field, at + 1);
            }
        }
        return path;
    }

    private static String reason(JsonMappingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return " (" + firstLine(cause.getMessage()) + ")";
        }
        return "";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a value of the expected type";
        }
        if (type.isEnum()) {
            return "one of the known values of " + type.getSimpleName();
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a JSON array";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + type.getSimpleName() + " such as 2025-03-04";
        }
        return "a " + type.getSimpleName() + " object";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "is not valid";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <X extends Throwable> X findCause(Throwable e, Class<X> type) {
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

    private static ValidationException withCause(ValidationException v, Throwable cause) {
        if (v.getCause() == null) {
            v.initCause(cause);
        }
        return v;
    }

    /** Renders Jackson's reference chain as {@code activities[4].attendance[2].minutes}. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
