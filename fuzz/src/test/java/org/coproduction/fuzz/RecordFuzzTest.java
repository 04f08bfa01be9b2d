package org.coproduction.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.recording.CoproductionRecord;
import org.coproduction.core.recompense.PaymentStatement;
import org.coproduction.core.recompense.Recompense;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.validation.ValidationException;

/**
 * Fuzz tests of the record documents, recompense policies and the statements made from records. The corpus is in {@code src/test/resources/org/coproduction/fuzz/
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

    /**
     * A record that reads gives statements under every preset, or a {@link ValidationException} naming its
     * problems; each statement's totals are the sums of its lines, as the builder checks them.
     */
    @FuzzTest(maxDuration = "5m")
    void statements(byte[] input) {
        CoproductionRecord record;
        try {
            record = CoproductionJson.read(new String(input, StandardCharsets.UTF_8), CoproductionRecord.class);
        } catch (ValidationException refused) {
            return;
        }
        LocalDate first = LocalDate.of(2025, 4, 6);
        LocalDate last = LocalDate.of(2026, 4, 5);
        for (Activity activity : record.activities()) {
            if (activity.date().isExact()) {
                first = activity.date().toLocalDate().isBefore(first) ? activity.date().toLocalDate() : first;
                last = activity.date().toLocalDate().isAfter(last) ? activity.date().toLocalDate() : last;
            }
        }
        for (RecompensePolicy policy : Recompense.presets()) {
            LocalDate[][] periods = {{first, last}, {LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)}};
            for (LocalDate[] period : periods) {
                Map<String, PaymentStatement> statements;
                try {
                    statements = Recompense.statements(policy, record.participants(), record.activities(), period[0],
                            period[1], StatementOptions.none());
                } catch (ValidationException refused) {
                    if (refused.violations().isEmpty()) {
                        throw new AssertionError("A ValidationException without violations");
                    }
                    continue;
                }
                for (PaymentStatement statement : statements.values()) {
                    PaymentStatement.builder().from(statement).build();
                }
            }
        }
    }
}
