package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.Instrument;

/**
 * Fuzz tests of the ladder assessment documents. The corpus is in {@code src/test/resources/org/coproduction/fuzz/
 * AssessmentFuzzTestInputs/}; a normal build replays it, {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class AssessmentFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void instrument(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, StandardCharsets.UTF_8), Instrument.class);
    }

    @FuzzTest(maxDuration = "5m")
    void responses(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, StandardCharsets.UTF_8), Responses.class);
    }
}
