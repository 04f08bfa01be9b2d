package org.coproduction.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a UTF-8 byte stream, read a buffer at a time so that a file of any size is read in
 * the same small memory. Bytes that are not UTF-8 are refused, never replaced with U+FFFD: the reader
 * throws {@link InvalidInputException} with {@code NAME: is not UTF-8 text at line L, byte N}, counting
 * bytes from 1 at the start of the stream. A byte-order mark at the start (Excel's "CSV UTF-8", .NET's
 * default encoding) is skipped, as the library's JSON readers skip it; a UTF-16 one is named as such. A
 * stream that cannot be read is {@code NAME: cannot be read (reason)}.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER = 64 * 1024;

    private final String name;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    /** Bytes read but not yet decoded, ready to be read from. */
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    /** Bytes decoded so far, counting a skipped byte-order mark. */
    private long decoded;
    /** Line breaks decoded so far, for the line of a bad byte. */
    private long lineBreaks;
    private boolean started;
    private boolean ended;
    private boolean flushed;

    /**
     * A reader over a stream, which it closes when closed.
     *
     * @param name  the name to use in messages, such as the file name or {@code <stdin>}
     * @param in  the bytes, not null
     */
    Utf8Reader(String name, InputStream in) {
        this.name = name;
        this.in = in;
    }

    @Override
    public int read(char[] chars, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(chars, offset, length);
        while (out.position() == offset) {
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, ended);
            decoded += bytes.position() - before;
            if (result.isError()) {
                countLineBreaks(chars, offset, out.position());
                throw new InvalidInputException(name + ": is not UTF-8 text at line " + (lineBreaks + 1) + ", byte "
                        + (decoded + 1));
            }
            if (result.isOverflow()) {
                break;
            }
            if (ended) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
            fill();
        }
        int count = out.position() - offset;
        countLineBreaks(chars, offset, out.position());
        return count == 0 ? -1 : count;
    }

    private void countLineBreaks(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                lineBreaks++;
            }
        }
    }

    /** Reads the first bytes and skips a UTF-8 byte-order mark; a UTF-16 one would otherwise be a bad byte. */
    private void start() {
        started = true;
        while (!ended && bytes.remaining() < 3) {
            fill();
        }
        int first = bytes.remaining() > 0 ? bytes.get(0) & 0xFF : -1;
        int second = bytes.remaining() > 1 ? bytes.get(1) & 0xFF : -1;
        if (bytes.remaining() >= 3 && first == 0xEF && second == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
            decoded = 3;
        } else if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
            throw new InvalidInputException(name + ": is UTF-16 text (it starts with a UTF-16 byte-order mark), not "
                    + "UTF-8; save it as UTF-8");
        }
    }

    /** Keeps the undecoded bytes and reads more after them; at the end of the stream, notes it. */
    private void fill() {
        bytes.compact();
        try {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                ended = true;
            } else {
                bytes.position(bytes.position() + read);
            }
        } catch (IOException e) {
            throw new InvalidInputException(name + ": cannot be read (" + e.getMessage() + ")");
        } finally {
            bytes.flip();
        }
    }

    /**
     * The name used in messages.
     *
     * @return the file name or {@code <stdin>}, not null
     */
    String name() {
        return name;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
