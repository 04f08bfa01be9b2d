package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.recompense.RecompensePolicy;

/**
 * Fuzz tests of the record documents and recompense policies. The corpus is in {@code src/test/resources/org/coproduction/fuzz/
 * RecordFuzzTestInputs/}; a normal build replays it, {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class RecordFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void coproductionRecord(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, StandardCharsets.UTF_8), CoproductionRecord.class);
    }

    @FuzzTest(maxDuration = "5m")
    void recompensePolicy(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, StandardCharsets.UTF_8), RecompensePolicy.class);
    }
}
