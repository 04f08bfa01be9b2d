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
 * </table>
 *
 * @param maxNestingDepth  the deepest nesting of arrays and objects, at least 1
 * @param maxStringLength  the longest text value or field name, in characters, at least 1
 * @param maxNumberLength  the longest number, in characters, at least 1
 * @param maxDocumentLength  the longest document, in bytes or characters, at least 1
 */
@Stable
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {

    private static final JsonLimits DEFAULTS = new JsonLimits(64, 100_000, 50, 512L * 1024 * 1024);

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
                .check(maxDocumentLength >= 1, "maxDocumentLength", "must be at least 1", maxDocumentLength);
        problems.throwIfAny();
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
        return new JsonLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength);
    }

    /**
     * A copy with another text-length limit.
     *
     * @param length  the longest text value allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength);
    }

    /**
     * A copy with another number-length limit.
     *
     * @param length  the longest number allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength);
    }

    /**
     * A copy with another document-length limit.
     *
     * @param length  the longest document allowed, at least 1
     * @return the new limits, not null
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, length);
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
        } else {
            rule = "exceeds a reading limit: " + message;
        }
        return List.of(Violation.of("", rule));
    }
}
