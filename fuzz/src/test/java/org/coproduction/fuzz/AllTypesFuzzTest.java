package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One fuzz test for every public type the library reads from JSON ({@link ReadableTypes#TABLE}). An input is
 * the type's key on the first line and the document after it:
 *
 * <pre>
 * Ladder
 * {"schemaVersion": 1, "id": "our-ladder", …}
 * </pre>
 *
 * <p>An input whose first line is no key is read as the type its first byte picks, the whole input as the
 * document, so that every input exercises a reader. The document goes through the string, character stream and
 * byte stream readers ({@link Documents#readsOrRefusesCleanly}). The seeds, one to three documents the library
 * wrote for each type, are in {@code src/test/resources/org/coproduction/fuzz/AllTypesFuzzTestInputs/anyType/};
 * {@link ReadableTypesTest} checks that every type has one.
 */
class AllTypesFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void anyType(byte[] input) {
        Input split = Input.of(input);
        Documents.readsOrRefusesCleanly(split.document, split.type);
    }

    /** A fuzz input taken apart into the type to read and the document. */
    static final class Input {
        final Class<?> type;
        final byte[] document;

        private Input(Class<?> type, byte[] document) {
            this.type = type;
            this.document = document;
        }

        /**
         * Takes an input apart.
         *
         * @param input  the fuzz input
         * @return the type and the document
         */
        static Input of(byte[] input) {
            int newline = 0;
            while (newline < input.length && input[newline] != '\n') {
                newline++;
            }
            if (newline < input.length) {
                String key = new String(input, 0, newline, StandardCharsets.UTF_8).strip();
                Class<?> type = ReadableTypes.byKey(key).orElse(null);
                if (type != null) {
                    return new Input(type, Arrays.copyOfRange(input, newline + 1, input.length));
                }
            }
            int pick = input.length == 0 ? 0 : input[0] & 0xff;
            return new Input(ReadableTypes.TABLE.get(pick % ReadableTypes.TABLE.size()), input);
        }
    }
}
