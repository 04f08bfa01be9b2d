package org.coproduction.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.coproduction.core.json.CoproductionJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coproduction measure sroi} on the measures notes' reference case R-SROI-1 (derived from the guide's
 * method; not the guide's own "Wheels to Meals" example, whose figures could not be read).
 */
class SroiCommandTest {

    private static final String SAMPLE = Path.of("samples", "sroi.json").toString();

    @TempDir
    Path folder;

    // R-SROI-1 (measures notes): impact in year 1 A = 20 × 1000 × 0.75 × 1 × 0.80 = 12,000 and
    // B = 10 × 300 × 0.90 × 1 × 0.50 = 1,350; years 13,350 / 12,150 / 9,720; PV = 13,350/1.035 + 12,150/1.035²
    // + 9,720/1.035³ = 33,007.59; NPV 13,007.59; ratio 1.6504; payback 20,000 / (13,350/12) = 17.98 months.
    @Test
    void explainsTheReferenceCaseStepByStep() {
        CommandRun r = CommandRun.of("", "measure", "sroi", SAMPLE);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("× (1 − deadweight 0.25) × (1 − displacement 0) × (1 − attribution 0.2) = GBP 12000.00 "
                + "in year 1; drop-off 0.1 a year after the first, for 3 years: 12000.00, 10800.00, 9720.00"), r.out());
        assertTrue(r.out().contains("= GBP 1350.00 in year 1"), r.out());
        assertTrue(r.out().contains("Present value GBP 33007.59; net present value (present value − inputs) GBP 13007.59"),
                r.out());
        assertTrue(r.out().contains("SROI ratio (present value ÷ inputs) 1.6504 : 1"), r.out());
        assertTrue(r.out().contains("Payback: 17.98 months"), r.out());
    }

    @Test
    void jsonGivesTheSameFiguresAndMatchesItsSchema() throws IOException {
        CommandRun r = CommandRun.of("", "measure", "sroi", SAMPLE, "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertEquals(Set.of(), CommandOutputSchemas.problems(DocumentType.SROI_REPORT, r.out()));
        JsonNode json = CoproductionJson.mapper().readTree(r.out());
        JsonNode result = json.get("result");
        assertEquals(new BigDecimal("33007.59"), result.get("presentValue").decimalValue());
        assertEquals(new BigDecimal("13007.59"), result.get("netPresentValue").decimalValue());
        assertEquals(new BigDecimal("1.6504"), result.get("ratio").decimalValue());
        assertEquals(new BigDecimal("17.98"), result.get("paybackMonths").decimalValue());
        assertEquals(new BigDecimal("12000.00"), json.get("outcomes").get(0).get("firstYearImpact").decimalValue());
        assertEquals("[12000.00,10800.00,9720.00]", json.get("outcomes").get(0).get("valueByYear").toString());
        // Independently in floating point: the same sum of discounted years.
        double pv = 13350 / 1.035 + 12150 / Math.pow(1.035, 2) + 9720 / Math.pow(1.035, 3);
        assertEquals(pv, result.get("presentValue").doubleValue(), 0.005);
    }

    @Test
    void aBrokenAnalysisNamesTheFileAndTheField() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.json"),
                Files.readString(Path.of(SAMPLE)).replace("\"deadweight\" : 0.25", "\"deadweight\" : 1.5"));
        CommandRun r = CommandRun.of("", "measure", "sroi", broken.toString());
        assertEquals(1, r.code(), r.out());
        assertEquals(1, r.errorLines().size(), r.err());
        assertTrue(r.err().startsWith(broken + ": "), r.err());
        assertTrue(r.err().contains("deadweight"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aWrongOptionIsExitCodeTwo() {
        CommandRun r = CommandRun.of("", "measure", "sroi", SAMPLE, "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("expected text or json, was \"xml\""), r.err());
        assertEquals(1, CommandRun.of("", "measure", "sroi", "no-such.json").code());
    }
}
