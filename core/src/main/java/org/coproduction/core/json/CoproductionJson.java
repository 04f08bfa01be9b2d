package org.coproduction.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
    private final ObjectReader reader;
    private final JsonLimits limits;
    private final boolean lenient;
    private final List<JsonMigration> migrations;

    private CoproductionJson(JsonLimits limits, boolean lenient, List<JsonMigration> migrations) {
        this.limits = limits;
        this.lenient = lenient;
        this.migrations = List.copyOf(migrations);
        this.mapper = configure(limits, lenient);
        // Trailing content is reported with its position, rather than as a type mismatch.
        this.reader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    private static ObjectMapper configure(JsonLimits limits, boolean lenient) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNameLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxTokenCount(limits.maxTokenCount())
                        .build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory);
        ReadingModule.refuseCoercion(builder);
        return builder
            .addModule(new LibraryModule())
            .addModule(new ReadingModule(lenient))
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Locations never quote the document: a host that logs a failure would log personal data.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
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
        // A byte-order mark, as some editors and .NET write, is not part of the document.
        return parse(() -> json.startsWith(BYTE_ORDER_MARK) ? mapper.createParser(json.substring(1))
                : mapper.createParser(json), type);
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
        } catch (CharConversionException e) {
            // The bytes are not text (the parser took leading zero bytes for UTF-32): a fault of the document,
            // not of the stream. Its message quotes the bytes, so only its kind is kept.
            throw withCause(new ValidationException(type.getSimpleName() + " JSON", List.of(Violation.of("",
                    "must be UTF-8 text: the bytes cannot be decoded"))), e);
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
        return parse(() -> mapper.createParser(withoutByteOrderMark(json)).disable(JsonParser.Feature.AUTO_CLOSE_SOURCE),
                type);
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The characters without a leading byte-order mark, which a UTF-8 byte stream's parser skips by itself. */
    private static Reader withoutByteOrderMark(Reader json) throws IOException {
        PushbackReader reader = new PushbackReader(json, 1);
        int first = reader.read();
        if (first >= 0 && first != BYTE_ORDER_MARK.charAt(0)) {
            reader.unread(first);
        }
        return reader;
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
     * The library's JSON mapping as a Jackson module, for a host that serialises with its own mapper (a
     * Spring or Micronaut service): after {@code mapper.registerModule(CoproductionJson.module())} the
     * host's mapper reads and writes library values with the library's field names, ISO-8601 dates and
     * times as text ({@code "2025-03-04"}, {@code "10:30:00"}), amounts with their scale, and accepts a
     * {@code schemaVersion} field on any library object.
     *
     * <p>What the module cannot carry is the mapper's own settings: a host mapper that ignores unknown
     * fields (as Spring Boot's does) ignores them in library values too, and it writes no
     * {@code schemaVersion}. {@link #write(Object)} and the {@code read} methods, which check every rule,
     * limit and version, stay the way to exchange whole documents.
     *
     * <pre>{@code
     * ObjectMapper mapper = JsonMapper.builder().addModule(CoproductionJson.module()).build();
     * String json = mapper.writeValueAsString(Ladders.tlap());
     * Ladder back = mapper.readValue(json, Ladder.class);
     * }</pre>
     *
     * @return a new module, not null
     */
    public static com.fasterxml.jackson.databind.Module module() {
        return new LibraryModule();
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
     * Reads one document in a single pass over its tokens: every token goes through {@link CheckedParser}
     * (limits, duplicate keys, numbers out of range, the version) as it is bound. Only a document that needs
     * a migration step that changes something is first read into a tree. A document that is not well-formed,
     * or breaks a limit, is reported as such even when binding failed first, and nothing of it is returned.
     */
    private <T> T readDocument(JsonParser source, Class<T> type) throws IOException {
        // Duplicate keys are found by CheckedParser, which needs no new hash set for every object.
        CheckedParser parser = new CheckedParser(source.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION), true,
                limits.maxListLength());
        T value;
        try {
            value = bind(parser, type);
        } catch (JsonProcessingException e) {
            String parsedTo = CheckedParser.path(parser);
            CheckedParser.Refused refused = ReadingModule.findCause(e, CheckedParser.Refused.class);
            if (refused != null && refused.stopped()) {
                List<Violation> all = new ArrayList<>(parser.problems().violations());
                all.addAll(refused.violations());
                throw withCause(new ValidationException(type.getSimpleName() + " JSON", all), e);
            }
            if (!isReadingFailure(e)) {
                readToTheEnd(parser, type);
            }
            throw translate(e, type, parsedTo);
        }
        requireSingleValue(parser, type);
        if (parser.problems().any()) {
            throw new ValidationException(type.getSimpleName() + " JSON", parser.problems().violations());
        }
        return requireValue(value, type);
    }

    private <T> T bind(CheckedParser parser, Class<T> type) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ValidationException(type.getSimpleName() + " JSON",
                    List.of(Violation.of("", "must be well-formed JSON: the document is empty")));
        }
        if (first == JsonToken.START_OBJECT && !changingSteps(type, 0).isEmpty()) {
            // A version written first is taken out here; otherwise the version is known only at the end.
            parser.nextToken();
            Integer declared = parser.declaredVersion();
            if (declared == null || !changingSteps(type, declared).isEmpty()) {
                ObjectNode document = reader.forType(ObjectNode.class).readValue(parser);
                int version = parser.declaredVersion() == null ? 0 : parser.declaredVersion();
                ObjectNode migrated = migrate(document, version, type);
                try (CheckedParser tree = new CheckedParser(mapper.treeAsTokens(migrated), false,
                        limits.maxListLength(), parser.problems())) {
                    return reader.forType(type).readValue(tree);
                }
            }
        }
        return reader.forType(type).readValue(parser);
    }

    /** Whether a failure is in reading the document itself (well-formedness, a limit) rather than binding it. */
    static boolean isReadingFailure(Throwable e) {
        return findCause(e, JsonParseException.class) != null || findCause(e, StreamConstraintsException.class) != null;
    }

    /**
     * Reads the rest of a document whose binding failed, so that a document that is not well-formed JSON, or
     * breaks a limit, is reported as that, as it would be had it been read whole before binding.
     */
    private void readToTheEnd(CheckedParser parser, Class<?> type) throws IOException {
        try {
            while (parser.depth() > 0 && parser.nextToken() != null) {
                // only the checks on each token matter here
            }
            requireSingleValue(parser, type);
        } catch (JsonProcessingException later) {
            throw translate(later, type, CheckedParser.path(parser));
        }
    }

    private static void requireSingleValue(JsonParser parser, Class<?> type) throws IOException {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new ValidationException(type.getSimpleName() + " JSON", List.of(Violation.of("",
                    "must be a single JSON value, but more follows at line " + at.getLineNr() + ", column "
                            + at.getColumnNr())));
        }
    }

    /** The steps for the type from the given version on that change something (not the built-in 0 to 1). */
    private List<JsonMigration> changingSteps(Class<?> type, int fromVersion) {
        List<JsonMigration> found = new ArrayList<>();
        for (JsonMigration step : migrations) {
            if (step != DocumentVersions.UNCHANGED_FIELDS && step.fromVersion() >= fromVersion
                    && step.documentType().isAssignableFrom(type)) {
                found.add(step);
            }
        }
        return found;
    }

    /** Applies the steps from the document's version up to the current one. */
    private ObjectNode migrate(ObjectNode document, int version, Class<?> type) {
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
        CheckedParser.Refused refused = findCause(e, CheckedParser.Refused.class);
        if (refused != null) {
            return withCause(new ValidationException(subject, refused.violations()), e);
        }
        StreamConstraintsException limit = findCause(e, StreamConstraintsException.class);
        if (limit != null) {
            String where = JsonLimits.isPositional(limit.getMessage()) ? parsedTo : "";
            return withCause(new ValidationException(subject, JsonLimits.explain(limit.getMessage(), limits).stream()
                    .map(v -> v.under(where)).collect(Collectors.toList())), e);
        }
        // Binding passes on a parse failure wrapped with the path it had reached; the parser's own words are used.
        JsonParseException malformed = findCause(e, JsonParseException.class);
        if (malformed != null || !(e instanceof JsonMappingException)) {
            JsonProcessingException parse = malformed != null ? malformed
                    : e instanceof JsonProcessingException ? (JsonProcessingException) e : null;
            JsonLocation at = parse == null ? null : parse.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            if (isPersonal(parsedTo)) {
                // The parser's reason quotes the text it could not read ("Unrecognized token 'Jane'").
                return withCause(new ValidationException(subject, List.of(Violation.of(personalPart(parsedTo),
                        "must be well-formed JSON" + where + " (the text is not shown: it is personal data)"))), e);
            }
            String reason = parse != null ? parse.getOriginalMessage() : e.getMessage();
            return withCause(new ValidationException(subject,
                    List.of(Violation.of("", "must be well-formed JSON" + where + ": " + reason))), e);
        }
        JsonMappingException mapping = (JsonMappingException) e;
        String path = path(mapping.getPath());
        ValidationException cause = findCause(e, ValidationException.class);
        if (cause != null) {
            return withCause(new ValidationException(subject, cause.under(path).violations()), e);
        }
        // Reached only when binding could not go on past the value (read without CheckedParser's collecting).
        List<Violation> violations = ReadingModule.describe(mapping, null, path, null);
        return withCause(new ValidationException(subject, violations), e);
    }

    /**
     * Fields whose values are personal data (special category data under UK GDPR Article 9, or free text in
     * which people describe their own situation): a reading error inside them never repeats what was written.
     */
    private static final List<String> PERSONAL_FIELDS = List.of("demographics", "youSaid");

    static boolean isPersonal(String path) {
        return !personalPart(path).equals(path) || PERSONAL_FIELDS.stream().anyMatch(path::endsWith);
    }

    /** The path up to and including the first personal field, such as {@code participants[0].demographics}. */
    static String personalPart(String path) {
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

    /**
     * Attaches what went wrong inside the reader as the cause, described without its message or its own
     * causes: Jackson's messages and the exceptions they wrap can quote the document, and a host that logs
     * the exception with its stack trace would log whatever personal data was written there.
     */
    private static ValidationException withCause(ValidationException v, Throwable cause) {
        if (v.getCause() == null) {
            v.initCause(new ReadingFailure(cause));
        }
        return v;
    }

    /**
     * The kind and place of a failure inside the reader, such as {@code MismatchedInputException at line 3,
     * column 12}, with its stack trace and nothing of its message.
     */
    static final class ReadingFailure extends Exception {
        private static final long serialVersionUID = 1L;

        ReadingFailure(Throwable failure) {
            super(failure.getClass().getSimpleName() + where(failure), null, false, true);
            setStackTrace(failure.getStackTrace());
        }

        private static String where(Throwable failure) {
            JsonLocation at = failure instanceof JsonProcessingException
                    ? ((JsonProcessingException) failure).getLocation() : null;
            return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        }
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
