package org.coproduction.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coproduction.core.validation.Violation;

/**
 * The parser the library reads every document through: it checks each token as it is read, so that no
 * second copy of the document is needed to find what must be refused.
 *
 * <ul>
 *   <li>a key written twice in one object is refused ({@code Duplicate field 'id'}), with names kept in
 *       a few small arrays reused from object to object rather than a new hash set per object;</li>
 *   <li>a number written short with an exponent beyond the range of a {@code double} ({@code 1e999999999})
 *       is refused where it stands, even when it is skipped as an unknown field;</li>
 *   <li>the top-level {@value DocumentVersions#FIELD} is taken out of the stream (binding never sees it)
 *       and checked.</li>
 * </ul>
 * It also counts the elements of each array, refusing one longer than {@link JsonLimits#maxListLength()}.
 * Refusals are thrown as {@link Refused}, a parse failure that carries the library's violations.
 */
final class CheckedParser extends JsonParserDelegate {

    /** The most digits before the point a {@code double} needs: {@code Double.MAX_VALUE} is 1.797…E+308. */
    static final int LARGEST_DOUBLE_DIGITS = 309;

    /**
     * The most decimal places a {@code double} needs when written in decimal: 17 significant digits at the
     * smallest exponent, as in {@code 4.9406564584124654E-324} (16 + 324 = 340).
     */
    static final int SMALLEST_DOUBLE_SCALE = 340;

    /** Up to this many names an object's keys are compared one by one; beyond it, through a hash set. */
    private static final int NAMES_COMPARED_DIRECTLY = 12;

    private final boolean takesVersion;
    private final int maxListLength;
    private int depth;
    private boolean[] isObject = new boolean[16];
    private String[][] names = new String[16][];
    private int[] counts = new int[16];
    private Set<String>[] manyNames = newSets(16);
    private Object[] expected = new Object[16];
    private final ReadingProblems problems;
    private Integer version;

    /**
     * A checking parser over one document.
     *
     * @param parser  the parser of the document, positioned before its first token
     * @param takesVersion  whether a top-level {@value DocumentVersions#FIELD} is taken out and checked
     * @param maxListLength  the most elements one JSON array may hold
     */
    CheckedParser(JsonParser parser, boolean takesVersion, int maxListLength) {
        this(parser, takesVersion, maxListLength, new ReadingProblems());
    }

    /**
     * A checking parser that records binding problems with those of another parser of the same document
     * (a migrated document is bound from its tree).
     *
     * @param parser  the parser of the document, positioned before its first token
     * @param takesVersion  whether a top-level {@value DocumentVersions#FIELD} is taken out and checked
     * @param maxListLength  the most elements one JSON array may hold
     * @param problems  where binding problems are recorded
     */
    CheckedParser(JsonParser parser, boolean takesVersion, int maxListLength, ReadingProblems problems) {
        super(parser);
        this.takesVersion = takesVersion;
        this.maxListLength = maxListLength;
        this.problems = problems;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSets(int size) {
        return (Set<String>[]) new Set<?>[size];
    }

    /**
     * The version the document declared, if the parser has passed its {@value DocumentVersions#FIELD}.
     *
     * @return the version, or null if none has been read
     */
    Integer declaredVersion() {
        return version;
    }

    /**
     * How deep the parser is: 0 outside the document's value, 1 inside its outermost array or object.
     *
     * @return the depth
     */
    int depth() {
        return depth;
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        if (depth > 0 && !isObject[depth] && token != JsonToken.END_ARRAY && ++counts[depth] > maxListLength) {
            throw new Refused(delegate, Violation.of(listPath(), "must not hold more than " + maxListLength
                    + " elements in one list (maxListLength)"));
        }
        switch (token.id()) {
            case JsonTokenId.ID_START_OBJECT:
                enter(true);
                break;
            case JsonTokenId.ID_START_ARRAY:
                enter(false);
                break;
            case JsonTokenId.ID_END_OBJECT:
            case JsonTokenId.ID_END_ARRAY:
                depth--;
                break;
            case JsonTokenId.ID_FIELD_NAME:
                return fieldName();
            case JsonTokenId.ID_NUMBER_FLOAT:
                checkRange();
                break;
            case JsonTokenId.ID_NUMBER_INT:
                if (delegate.getTextLength() > LARGEST_DOUBLE_DIGITS) {
                    checkRange();
                }
                break;
            case JsonTokenId.ID_NULL:
                if (isObject[depth] && problems.remembersMoreNulls()) {
                    problems.nullAt(path(delegate));
                }
                break;
            default:
                break;
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    /** Skips through {@link #nextToken()}, so that skipped values (unknown fields) are checked too. */
    @Override
    public JsonParser skipChildren() throws IOException {
        JsonToken token = currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        int open = 1;
        while (open > 0) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            if (next.isStructStart()) {
                open++;
            } else if (next.isStructEnd()) {
                open--;
            }
        }
        return this;
    }

    private void enter(boolean object) {
        depth++;
        if (depth == counts.length) {
            int size = depth * 2;
            isObject = Arrays.copyOf(isObject, size);
            names = Arrays.copyOf(names, size);
            counts = Arrays.copyOf(counts, size);
            manyNames = Arrays.copyOf(manyNames, size);
            expected = Arrays.copyOf(expected, size);
        }
        isObject[depth] = object;
        counts[depth] = 0;
        manyNames[depth] = null;
        expected[depth] = null;
    }

    private JsonToken fieldName() throws IOException {
        String name = delegate.currentName();
        rememberName(name);
        if (takesVersion && depth == 1 && DocumentVersions.FIELD.equals(name)) {
            takeVersion();
            return nextToken();
        }
        if (expected[depth] != null && !((ReadingModule.KnownFields) expected[depth]).test.test(name)) {
            skipUnknown(name);
            return nextToken();
        }
        return JsonToken.FIELD_NAME;
    }

    /**
     * The problems found so far in binding this document.
     *
     * @return the problems, not null
     */
    ReadingProblems problems() {
        return problems;
    }

    /**
     * Declares the fields of the library object about to be bound at the current depth: any other field is
     * recorded as unknown and skipped, so that binding never sees it. If the parser is already at a field
     * (the first one after a version), that field is checked now.
     *
     * @param fields  the object's fields
     * @throws IOException if the document cannot be read
     */
    void expectFields(ReadingModule.KnownFields fields) throws IOException {
        expected[depth] = fields;
        if (currentToken() == JsonToken.FIELD_NAME && !fields.test.test(delegate.currentName())) {
            skipUnknown(delegate.currentName());
            nextToken();
        }
    }

    /** Records an unknown field and reads past its value. */
    private void skipUnknown(String name) throws IOException {
        String parent = path(delegate.getParsingContext(), false);
        ReadingModule.KnownFields fields = (ReadingModule.KnownFields) expected[depth];
        problems.unknownField(parent, name, fields.names, CoproductionJson.isPersonal(parent));
        if (problems.full()) {
            throw Refused.stop(this);
        }
        JsonToken value = nextToken();
        if (value != null && value.isStructStart()) {
            skipChildren();
        }
    }

    /**
     * Refuses a key already seen in the same object. Names are compared with {@code equals}, which is
     * an identity check for the canonical names the parser hands out.
     */
    private void rememberName(String name) throws IOException {
        int count = counts[depth];
        Set<String> many = manyNames[depth];
        if (many != null) {
            if (!many.add(name)) {
                throw duplicate(name);
            }
        } else {
            String[] seen = names[depth];
            if (seen == null) {
                seen = new String[NAMES_COMPARED_DIRECTLY];
                names[depth] = seen;
            }
            for (int i = 0; i < count; i++) {
                if (seen[i].equals(name)) {
                    throw duplicate(name);
                }
            }
            if (count < NAMES_COMPARED_DIRECTLY) {
                seen[count] = name;
            } else {
                many = new HashSet<>(Arrays.asList(seen));
                many.add(name);
                manyNames[depth] = many;
            }
        }
        counts[depth] = count + 1;
    }

    private JsonParseException duplicate(String name) {
        // Worded as the parser words it, so that the message is the same whichever check finds it.
        return new JsonParseException(delegate, "Duplicate field '" + name + "'");
    }

    /** Reads and checks the version: a whole number from 0 to the current version. */
    private void takeVersion() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT && delegate.getNumberType() == NumberType.INT
                && delegate.getIntValue() >= 0) {
            int declared = delegate.getIntValue();
            if (declared > DocumentVersions.CURRENT) {
                throw new Refused(delegate, Violation.of(DocumentVersions.FIELD, "must be at most "
                        + DocumentVersions.CURRENT + " (this library reads documents up to version "
                        + DocumentVersions.CURRENT + ")", declared));
            }
            version = declared;
            return;
        }
        Object shown;
        if (token == JsonToken.VALUE_STRING) {
            shown = shorten(delegate.getText());
        } else if (token != null && token.isScalarValue()) {
            if (token.isNumeric()) {
                checkRange();
            }
            shown = new Shown(shorten(delegate.getText()));
        } else {
            shown = new Shown(token == JsonToken.START_ARRAY ? "[…]" : "{…}");
        }
        throw new Refused(delegate, Violation.of(DocumentVersions.FIELD,
                "must be a whole number from 0 to " + DocumentVersions.CURRENT, shown));
    }

    /**
     * Refuses numbers written short with an exponent that arithmetic on them (rounding an amount to pence)
     * would take unbounded time and memory for: beyond the range of a {@code double}, such as
     * {@code 1e999999999} or {@code 1e-999999999}. Every number a {@code double} can hold, such as a p-value
     * of {@code 1.12E-43} or a survey weight of {@code 1.0E+50}, is read. Only numbers with an exponent, or
     * longer than any {@code double}, are looked at closely.
     */
    private void checkRange() throws IOException {
        char[] text = delegate.getTextCharacters();
        int start = delegate.getTextOffset();
        int length = delegate.getTextLength();
        if (length <= LARGEST_DOUBLE_DIGITS && !hasExponent(text, start, length)) {
            return;
        }
        String rule = outOfRange(new String(text, start, length));
        if (rule != null) {
            throw new Refused(delegate, Violation.of(path(delegate), rule));
        }
    }

    private static boolean hasExponent(char[] text, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (text[i] == 'e' || text[i] == 'E') {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a number written as this text is beyond what the library reads, or null if it is within range.
     *
     * @param number  the number as written, such as {@code 1e400}
     * @return the broken rule, or null
     */
    static String outOfRange(String number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException | ArithmeticException e) {
            // An exponent that does not fit any decimal, such as 2e1199211992121.
            return "must not hold numbers beyond the range of a double (the exponent is too large for any decimal)";
        }
        long wholeDigits = (long) value.precision() - value.scale();
        if (value.signum() != 0 && wholeDigits > LARGEST_DOUBLE_DIGITS) {
            return "must not hold numbers with more than " + LARGEST_DOUBLE_DIGITS
                    + " digits before the point (larger than any double)";
        }
        if (value.signum() != 0 && value.scale() > SMALLEST_DOUBLE_SCALE) {
            return "must not hold numbers with more than " + SMALLEST_DOUBLE_SCALE
                    + " decimal places (closer to zero than any double)";
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The JSON path the parser has reached, such as {@code rungs[0].name}. */
    static String path(JsonParser parser) {
        return path(parser.getParsingContext(), true);
    }

    /**
     * The path a parsing context is at, such as {@code rungs[0].name}.
     *
     * @param context  the context
     * @return the path, {@code ""} for the document
     */
    static String path(JsonStreamContext context) {
        return context == null ? "" : path(context, true);
    }

    /** The path to a context, with or without the name of the field the innermost context is at. */
    private static String path(JsonStreamContext at, boolean withInnermostName) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = at; c != null; c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                path.append('[').append(c.getCurrentIndex()).append(']');
            } else if (c.inObject() && c.getCurrentName() != null && (withInnermostName || c != at)) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.toString();
    }

    /** The path of the array the parser is in, such as {@code notes}, without the element's index. */
    private String listPath() {
        String path = path(delegate);
        int index = path.lastIndexOf('[');
        return index < 0 ? path : path.substring(0, index);
    }

    /** JSON text shown as it is, without the quotes {@link Violation} puts around text values. */
    static final class Shown {
        private final String json;

        Shown(String json) {
            this.json = json;
        }

        @Override
        public String toString() {
            return json;
        }
    }

    /**
     * A document refused while it was read, with the library's own description of why. It is a parse
     * failure, so that binding passes it on as it passes on malformed JSON.
     */
    static final class Refused extends JsonParseException {
        private static final long serialVersionUID = 1L;

        private final transient List<Violation> violations;

        private final boolean stopped;

        Refused(JsonParser parser, Violation violation) {
            this(parser, violation, false);
        }

        private Refused(JsonParser parser, Violation violation, boolean stopped) {
            super(parser, violation.toString());
            this.violations = List.of(violation);
            this.stopped = stopped;
        }

        /**
         * Reading stopped because the document has more problems than are collected.
         *
         * @param parser  the parser
         * @return the failure to throw, not null
         */
        static Refused stop(JsonParser parser) {
            return new Refused(parser, Violation.of("", "has more than " + ReadingProblems.MAX_PROBLEMS
                    + " problems; reading stopped there (the first " + ReadingProblems.MAX_PROBLEMS
                    + " are listed)"), true);
        }

        /**
         * Whether reading stopped at the most problems collected, rather than at a problem of its own.
         *
         * @return true if it stopped
         */
        boolean stopped() {
            return stopped;
        }

        /**
         * What was refused.
         *
         * @return the violations, not null
         */
        List<Violation> violations() {
            return violations;
        }
    }
}
