package org.coproduction.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The checked-in dictionary is the one {@link Dictionary} makes from the current types. After a change to the
 * types, write it again with
 * {@code ./mvnw -o -B -pl fuzz -am verify -Dtest=DictionaryTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcoproduction.fuzz.writeDictionary=true}.
 */
class DictionaryTest {

    private static final Path SOURCE = Path.of("src/test/resources/org/coproduction/fuzz", Dictionary.RESOURCE);

    @Test
    void theDictionaryIsCurrent() throws IOException {
        String made = Dictionary.text();
        if (Boolean.getBoolean("coproduction.fuzz.writeDictionary")) {
            Files.writeString(SOURCE, made);
        }
        String checkedIn;
        try (InputStream in = DictionaryTest.class.getResourceAsStream(Dictionary.RESOURCE)) {
            checkedIn = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(made, Boolean.getBoolean("coproduction.fuzz.writeDictionary") ? Files.readString(SOURCE)
                : checkedIn, "coproduction.dict is out of date; the class comment says how to write it again");
    }

    @Test
    void theDictionaryHoldsFieldNamesAndIds() {
        // By hand from the documents: a ladder's "rungs", the TLAP rung "co-design", a record's type key.
        java.util.Set<String> entries = Dictionary.entries();
        assertTrue(entries.contains("\"rungs\""));
        assertTrue(entries.contains("\"co-design\""));
        assertTrue(entries.contains("CoproductionRecord\n"));
    }
}
