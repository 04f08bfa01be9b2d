package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The plain-English explanation of a statement line: either text given to a builder or read from JSON,
 * or written from the facts the statement engine priced the line with, the first time it is read.
 *
 * <p>A council's year holds hundreds of thousands of lines and most explanations are never read, so the
 * engine does not write them up front. The text is the same whenever it is written: the facts it is
 * written from are immutable, and writing it reads no changing state. Two explanations are equal when
 * their texts are equal.
 */
abstract class Explanation {

    /** Written at most a few times by racing readers, always to the same text; a String is safely published. */
    private String text;

    /**
     * An explanation given as text.
     *
     * @param text  the text, not null
     * @return the explanation, not null
     */
    @JsonCreator
    static Explanation of(String text) {
        return new Given(Objects.requireNonNull(text, "explanation"));
    }

    /**
     * Writes the text; called when it is first read, and must always give the same text.
     *
     * @return the text, not null
     */
    abstract String write();

    /**
     * The text, written now if it has not been yet.
     *
     * @return the text, not null
     */
    @JsonValue
    final String text() {
        String written = text;
        if (written == null) {
            written = write();
            text = written;
        }
        return written;
    }

    /**
     * Whether the text is blank; an explanation the engine writes never is, so it is not written to find out.
     *
     * @return true if blank
     */
    boolean isBlank() {
        return false;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Explanation && text().equals(((Explanation) other).text());
    }

    @Override
    public final int hashCode() {
        return text().hashCode();
    }

    @Override
    public final String toString() {
        return text();
    }

    /**
     * What the explanations of many engine-made lines have in common, which writes one line's explanation from
     * the line and the record it was priced from. Engine-made explanations are never blank.
     */
    interface Shared {

        /**
         * The explanation of one line.
         *
         * @param line  the line, not null
         * @param record  the record the line was priced from, not null
         * @return the explanation, not null
         */
        Explanation explain(StatementLine line, Object record);
    }

    /** Text given to a builder or read from JSON. */
    private static final class Given extends Explanation {

        private final String given;

        Given(String given) {
            this.given = given;
        }

        @Override
        String write() {
            return given;
        }

        @Override
        boolean isBlank() {
            return given.isBlank();
        }
    }
}
