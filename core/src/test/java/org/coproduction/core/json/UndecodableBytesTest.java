package org.coproduction.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Bytes that cannot be decoded as text are a fault of the document: the byte stream reader refuses them with a
 * {@link ValidationException}, as the string reader refuses the same text, not with an {@code UncheckedIOException}
 * that says the stream could not be read. Found by fuzzing ({@code fuzz/}, {@code AllTypesFuzzTest#anyType}).
 */
class UndecodableBytesTest {

    @Test
    void leadingZeroBytesThenTextAreRefusedAsADocument() {
        // Three zero bytes and '{' make the parser read the stream as UTF-32, big-endian; the next four bytes,
        // "abcd", are then the number 0x61626364, above U+10FFFF, the last code point Unicode has.
        byte[] document = new byte[] {0, 0, 0, '{', 'a', 'b', 'c', 'd', 0, 0, 0, '}'};
        ValidationException refused = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(new ByteArrayInputStream(document), Ladder.class));
        assertEquals("must be UTF-8 text: the bytes cannot be decoded", refused.violations().get(0).rule());
        // The string reader refuses the same text too.
        assertThrows(ValidationException.class,
                () -> CoproductionJson.read(new String(document, StandardCharsets.UTF_8), Ladder.class));
    }

    @Test
    void theRefusalDoesNotQuoteTheBytes() {
        byte[] document = "\0\0\0{Jane".getBytes(StandardCharsets.UTF_8);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(new ByteArrayInputStream(document), Ladder.class));
        java.io.StringWriter trace = new java.io.StringWriter();
        refused.printStackTrace(new java.io.PrintWriter(trace));
        // "Jane" read as UTF-32 is 0x4a616e65; neither it nor the name may appear anywhere in the chain.
        assertEquals(-1, trace.toString().indexOf("4a616e65"), trace.toString());
        assertEquals(-1, trace.toString().indexOf("Jane"), trace.toString());
    }
}
