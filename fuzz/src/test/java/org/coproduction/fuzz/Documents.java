package org.coproduction.fuzz;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.validation.ValidationException;

/**
 * What every JSON entry point promises, whatever bytes it is given: it returns a valid value or throws the
 * library's {@link ValidationException} with at least one violation. Anything else (a raw Jackson or runtime
 * exception, an {@code Error} such as a stack overflow or running out of memory) escapes to the fuzzer as a
 * finding. A document is read three ways: as a {@code String}, through a {@code Reader} and as a UTF-8
 * {@code InputStream}; the three must agree.
 */
final class Documents {

    private Documents() {
    }

    /**
     * Reads the bytes as a document of the type through the string, character stream and byte stream readers.
     * The string and character readers must give the same value or the same violations; when the bytes are
     * valid UTF-8 the byte stream reader must accept exactly when they do, giving an equal value. A value read
     * must then survive a write-and-read round trip, and every query of it must give a result or a
     * {@link ValidationException} ({@link Operations#exercise(Object)}).
     *
     * @param <T>  the type
     * @param bytes  any bytes
     * @param type  the type to read
     * @return the value read from the string, or null if the document was refused
     */
    static <T> T readsOrRefusesCleanly(byte[] bytes, Class<T> type) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Outcome<T> fromString = outcome(() -> CoproductionJson.read(text, type));
        Outcome<T> fromReader = outcome(() -> CoproductionJson.read(new StringReader(text), type));
        if (!fromString.equals(fromReader)) {
            throw new AssertionError(type.getSimpleName() + ": the string reader gave " + fromString
                    + " but the character stream reader " + fromReader);
        }
        Outcome<T> fromStream = outcome(() -> CoproductionJson.read(new ByteArrayInputStream(bytes), type));
        if (isUtf8(bytes) && !fromString.sameValue(fromStream)) {
            throw new AssertionError(type.getSimpleName() + ": the string reader gave " + fromString
                    + " but the UTF-8 byte stream reader " + fromStream);
        }
        if (fromStream.value != null) {
            roundTrips(fromStream.value, type);
        }
        if (fromString.value == null) {
            return null;
        }
        roundTrips(fromString.value, type);
        Operations.exercise(fromString.value);
        return fromString.value;
    }

    /**
     * Writes a value and reads it back: the text written must read, to an equal value (for types with equality
     * of their own) that writes the same text again.
     *
     * @param <T>  the type
     * @param value  a value the library accepted
     * @param type  the type to read back
     */
    static <T> void roundTrips(T value, Class<T> type) {
        String written = CoproductionJson.write(value);
        T back;
        try {
            back = CoproductionJson.read(written, type);
        } catch (ValidationException refused) {
            throw new AssertionError(type.getSimpleName() + ": the library refuses what it wrote itself: "
                    + refused.getMessage() + "\n" + written, refused);
        }
        if (Operations.hasOwnEquality(value.getClass()) && !value.equals(back)) {
            throw new AssertionError(type.getSimpleName() + ": a value changed on a JSON round trip: " + value
                    + " became " + back);
        }
        String again = CoproductionJson.write(back);
        if (!written.equals(again)) {
            throw new AssertionError(type.getSimpleName() + ": a value read back writes different JSON:\n" + written
                    + "\nbecame\n" + again);
        }
    }

    /**
     * Calls an operation that may refuse with a {@link ValidationException}, which must name a violation.
     *
     * @param <T>  the result type
     * @param operation  the operation
     * @return the result, or null if it refused
     */
    static <T> T resultOrRefusal(Supplier<T> operation) {
        return outcome(operation).value;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static <T> Outcome<T> outcome(Supplier<T> read) {
        try {
            return new Outcome<>(Objects.requireNonNull(read.get(), "a reader returned null"), null);
        } catch (ValidationException refused) {
            if (refused.violations().isEmpty()) {
                throw new AssertionError("A ValidationException without violations", refused);
            }
            return new Outcome<>(null, refused.getMessage());
        }
    }

    /** A value, or the message of the refusal. */
    private static final class Outcome<T> {
        final T value;
        final String refusal;

        Outcome(T value, String refusal) {
            this.value = value;
            this.refusal = refusal;
        }

        /** Both accepted with equal values (or equal JSON, for types without equality), or both refused. */
        boolean sameValue(Outcome<T> other) {
            if (value == null || other.value == null) {
                return value == null && other.value == null;
            }
            return Operations.hasOwnEquality(value.getClass()) ? value.equals(other.value)
                    : CoproductionJson.write(value).equals(CoproductionJson.write(other.value));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome && sameValue(cast(other))
                    && Objects.equals(refusal, ((Outcome<?>) other).refusal);
        }

        @SuppressWarnings("unchecked")
        private Outcome<T> cast(Object other) {
            return (Outcome<T>) other;
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(refusal);
        }

        @Override
        public String toString() {
            return value != null ? "the value " + value : "the refusal: " + refusal;
        }
    }
}
