package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.ladder.Ladder;

/**
 * Fuzz tests of the ladder documents. The corpus is in {@code src/test/resources/org/coproduction/fuzz/
 * LadderFuzzTestInputs/}; a normal build replays it, {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class LadderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void ladder(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, java.nio.charset.StandardCharsets.UTF_8), Ladder.class);
    }

    @FuzzTest(maxDuration = "5m")
    void crosswalk(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, java.nio.charset.StandardCharsets.UTF_8), Crosswalk.class);
    }
}
