package org.coproduction.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coproduction.core.json.CoproductionJson;

/** Checks that a value survives being written to JSON and read back. */
public final class JsonRoundTrip {

    private JsonRoundTrip() {
    }

    /**
     * Writes the value, reads it back and checks that it is equal and writes the same text again.
     *
     * @param <T>  the value type
     * @param value  the value
     * @param type  the type to read back
     * @return the value read back
     */
    public static <T> T assertRoundTrip(T value, Class<T> type) {
        String json = CoproductionJson.write(value);
        T back = CoproductionJson.read(json, type);
        assertEquals(value, back, () -> "JSON round trip changed the value; JSON was:\n" + json);
        assertEquals(json, CoproductionJson.write(back), "writing the value read back gave different JSON");
        return back;
    }
}
