package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.testing.JsonRoundTrip;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * A statement line's explanation is written when first read; these tests check that this never shows:
 * JSON carries the text, a line read back equals the line written, and lines built by hand are still
 * checked in full.
 */
class StatementLineTest {

    /** NIHR-style £25 an hour before 16 December 2025: 75 min rounds up to 90 min; 1.5 × £25.00 = £37.50. */
    private static final String MEETING = "Meeting on 1 December 2025, 1 h 15 min rounded up to 1 h 30 min at £25.00"
            + " an hour = £37.50.";

    private static PaymentStatement meeting() {
        return Recompense.statement(Recompense.nihr(), contributor(),
                List.of(activity("m1", ActivityType.MEETING, LocalDate.of(2025, 12, 1), attends("m1", 75).build())),
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
    }

    @Test
    void jsonCarriesTheExplanationEvenWhenItWasNeverRead() {
        String json = CoproductionJson.write(meeting());
        assertTrue(json.contains("\"explanation\" : \"" + MEETING + "\""), json);
    }

    @Test
    void aStatementReadBackFromJsonEqualsTheStatementWritten() {
        PaymentStatement read = JsonRoundTrip.assertRoundTrip(meeting(), PaymentStatement.class);
        assertEquals(MEETING, read.lines().get(0).explanation());
    }

    @Test
    void aLineBuiltByHandKeepsItsTextAndEqualsTheSameLineFromTheEngine() {
        StatementLine made = meeting().lines().get(0);
        StatementLine byHand = StatementLine.builder().from(made).explanation(MEETING).build();
        assertEquals(MEETING, byHand.explanation());
        assertEquals(made, byHand);
        assertEquals(made.hashCode(), byHand.hashCode());
    }

    @Test
    void aBlankExplanationGivenByHandIsRejected() {
        StatementLine made = meeting().lines().get(0);
        ValidationException e = assertThrows(ValidationException.class,
                () -> StatementLine.builder().from(made).explanation(" ").build());
        assertTrue(e.getMessage().contains("explanation: must not be blank"), e.getMessage());
    }

    @Test
    void amountsThatDoNotAddUpAreRejectedWhenBuiltByHand() {
        StatementLine made = meeting().lines().get(0);
        // £37.50 offered, nothing over a cap or declined, so £37.49 paid leaves a penny unaccounted for.
        ValidationException e = assertThrows(ValidationException.class,
                () -> StatementLine.builder().from(made).amount(Money.gbp("37.49")).build());
        assertTrue(e.getMessage().contains("offered: must equal overCap + declined + amount"), e.getMessage());
    }
}
