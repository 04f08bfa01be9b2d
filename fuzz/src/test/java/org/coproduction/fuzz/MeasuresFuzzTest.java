package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.coproduction.measures.representation.ReferencePopulation;

/**
 * Fuzz tests of the measures inputs read from JSON. The corpus is in {@code src/test/resources/org/coproduction/fuzz/
 * MeasuresFuzzTestInputs/}; a normal build replays it, {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class MeasuresFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void referencePopulation(byte[] input) {
        JsonEntryPoints.readsOrRefusesCleanly(new String(input, StandardCharsets.UTF_8), ReferencePopulation.class);
    }
}
