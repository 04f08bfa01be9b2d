package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Ladder;

/**
 * Fuzz tests of the ladder documents. The corpus is in {@code src/test/resources/org/coproduction/fuzz/
 * LadderFuzzTestInputs/}; a normal build replays it, {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class LadderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void ladder(byte[] input) {
        Documents.readsOrRefusesCleanly(input, Ladder.class);
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryFile(resourcePath = "coproduction.dict")
    void crosswalk(byte[] input) {
        Documents.readsOrRefusesCleanly(input, Crosswalk.class);
    }
}
