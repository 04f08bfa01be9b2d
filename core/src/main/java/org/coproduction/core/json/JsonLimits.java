package org.coproduction.core.json;

import java.util.List;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.ValidationException;
import org.coproduction.core.validation.Violation;
import org.coproduction.core.validation.Violations;

/**
 * Limits on the JSON documents the library reads, so that a hostile or broken document cannot exhaust a
 * host's memory or stack. A document past any limit is refused with a {@link ValidationException} that
 * names the limit; nothing of it is used.
 *
 * <table>
 *   <caption>The limits and their defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>what it stops</th></tr>
 *   <tr><td>{@code maxNestingDepth}</td><td>64</td><td>arrays and objects nested deeper than any library
 *       document needs (the deepest is under 10)</td></tr>
 *   <tr><td>{@code maxStringLength}</td><td>100,000 characters</td><td>one text value larger than any
 *       real note, name or explanation</td></tr>
 *   <tr><td>{@code maxNumberLength}</td><td>50 characters</td><td>numbers with absurd numbers of digits,
 *       which are slow to parse</td></tr>
 *   <tr><td>{@code maxDocumentLength}</td><td>512 MiB</td><td>documents larger than a whole council's
 *       year of records</td></tr>
 *   <tr><td>{@code maxTokenCount}</td><td>100,000,000</td><td>documents with more values, names and brackets
 *       than a 512 MiB record holds (a council's 38 MB record has about 4.5 million)</td></tr>
 *   <tr><td>{@code maxListLength}</td><td>1,000,000</td><td>one JSON array with more elements than any list in
 *       a council's record (20,000 participants, 10,000 activities), such as ten million numbers in
 *       {@code notes}</td></tr>
 * </table>
 *
 * <p>Reading streams through the document and keeps only the values being built, so the memory a read
 * takes is bounded by these limits and by the size of the value returned; see {@code docs/json.md} for the
 * figures measured.
 *
 * @param maxNestingDepth  the deepest nesting of arrays and objects, at least 1
 * @param maxStringLength  the longest text value or field name, in characters, at least 1
 * @param maxNumberLength  the longest number, in characters, at least 1
 * @param maxDocumentLength  the longest document, in bytes or characters, at least 1
 * @param maxTokenCount  the most tokens (values, field names, brackets) in one document, at least 1
 * @param maxListLength  the most elements in one JSON array, at least 1
 */
@Stable
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength,
        long maxTokenCount, int maxListLength) {

    private static final long DEFAULT_TOKEN_COUNT = 100_000_000L;
    private static final int DEFAULT_LIST_LENGTH = 1_000_000;

    private static final JsonLimits DEFAULTS = new JsonLimits(64, 100_000, 50, 512L * 1024 * 1024,
            DEFAULT_TOKEN_COUNT, DEFAULT_LIST_LENGTH);

    /**
     * Checks every limit is positive.
     *
     * @throws ValidationException naming every limit that is not positive
     */
    public JsonLimits {
        Violations problems = Violations.of("JsonLimits")
                .check(maxNestingDepth >= 1, "maxNestingDepth", "must be at least 1", maxNestingDepth)
                .check(maxStringLength >= 1, "maxStringLength", "must be at least 1", maxStringLength)
                .check(maxNumberLength >= 1, "maxNumberLength", "must be at least 1", maxNumberLength)
                .check(maxDocumentLength >= 1, "maxDocumentLength", "must be at least 1", maxDocumentLength)
                .check(maxTokenCount >= 1, "maxTokenCount", "must be at least 1", maxTokenCount)
                .check(maxListLength >= 1, "maxListLength", "must be at least 1", maxListLength);
        problems.throwIfAny();
    }

    /**
     * Limits with the default token count and list length, as before those limits existed.
     *
     * @param maxNestingDepth  the deepest nesting of arrays and objects, at least 1
     * @param maxStringLength  the longest text value or field name, in characters, at least 1
     * @param maxNumberLength  the longest number, in characters, at least 1
     * @param maxDocumentLength  the longest document, in bytes or characters, at least 1
     * @throws ValidationException naming every limit that is not positive
     */
    public JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {
        this(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, DEFAULT_TOKEN_COUNT,
                DEFAULT_LIST_LENGTH);
    }

    /**
     * The default limits (see the table above).
     *
     * @return the limits, not null
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another nesting limit.
     *
     * @param depth  the deepest nesting allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength,
                maxTokenCount, maxListLength);
    }

    /**
     * A copy with another text-length limit.
     *
     * @param length  the longest text value allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength,
                maxTokenCount, maxListLength);
    }

    /**
     * A copy with another number-length limit.
     *
     * @param length  the longest number allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength,
                maxTokenCount, maxListLength);
    }

    /**
     * A copy with another document-length limit.
     *
     * @param length  the longest document allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, length,
                maxTokenCount, maxListLength);
    }

    /**
     * A copy with another token-count limit.
     *
     * @param count  the most tokens allowed in one document, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxTokenCount(long count) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, count,
                maxListLength);
    }

    /**
     * A copy with another list-length limit.
     *
     * @param length  the most elements allowed in one JSON array, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxListLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, maxTokenCount,
                length);
    }

    /** Whether a limit concerns one value (text or a number) whose place in the document can be named. */
    static boolean isPositional(String jacksonMessage) {
        return jacksonMessage != null && (jacksonMessage.startsWith("String value length")
                || jacksonMessage.startsWith("Name length") || jacksonMessage.startsWith("Number value length"));
    }

    /** Rephrases a limit Jackson enforced in the terms of these limits. */
    static List<Violation> explain(String jacksonMessage, JsonLimits limits) {
        String message = jacksonMessage == null ? "" : jacksonMessage;
        String rule;
        if (message.startsWith("Document nesting depth")) {
            rule = "must not nest arrays and objects deeper than " + limits.maxNestingDepth() + " levels (maxNestingDepth)";
        } else if (message.startsWith("String value length") || message.startsWith("Name length")) {
            rule = "must not hold text longer than " + limits.maxStringLength() + " characters (maxStringLength)";
        } else if (message.startsWith("Number value length")) {
            rule = "must not hold numbers longer than " + limits.maxNumberLength() + " characters (maxNumberLength)";
        } else if (message.startsWith("Document length")) {
            rule = "must not be longer than " + limits.maxDocumentLength() + " characters (maxDocumentLength)";
        } else if (message.startsWith("Token count")) {
            rule = "must not hold more than " + limits.maxTokenCount() + " values, field names and brackets "
                    + "(maxTokenCount)";
        } else {
            rule = "exceeds a reading limit: " + message;
        }
        return List.of(Violation.of("", rule));
    }
}
