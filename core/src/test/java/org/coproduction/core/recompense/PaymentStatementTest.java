package org.coproduction.core.recompense;

import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.ExpenseCategory;
import org.coproduction.core.json.CoproductionJson;
import org.coproduction.core.money.Money;
import org.coproduction.core.validation.MissingValueException;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** A statement built by hand or read from JSON is checked in full; one the engine made is the same value. */
class PaymentStatementTest {

    /**
     * NIHR-style £25 an hour before 16 December 2025. Meeting: 75 min rounds up to 90 min, 1.5 × £25.00 =
     * £37.50. Workshop: 150 min is already whole half hours, 2.5 × £25.00 = £62.50, with a £4.20 bus fare
     * repaid. Time £100.00, expenses £4.20.
     */
    private static PaymentStatement statement() {
        return Recompense.statement(Recompense.nihr(), contributor(), List.of(
                activity("m1", ActivityType.MEETING, LocalDate.of(2025, 12, 1), attends("m1", 75).build()),
                activity("w1", ActivityType.WORKSHOP, LocalDate.of(2025, 12, 3), attends("w1", 150)
                        .addExpense(Fixtures.claim(ExpenseCategory.PUBLIC_TRANSPORT, "4.20", true)).build())),
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 7));
    }

    @Test
    void theEngineAddsUpTheLinesAsWorkedByHand() {
        PaymentStatement s = statement();
        assertEquals(3, s.lines().size());
        assertEquals(Money.gbp("37.50"), s.lines().get(0).amount());
        assertEquals(Money.gbp("62.50"), s.lines().get(1).amount());
        assertEquals(Money.gbp("4.20"), s.lines().get(2).amount());
        assertEquals(Money.gbp("100.00"), s.paymentForTime());
        assertEquals(Money.gbp("4.20"), s.reimbursedExpenses());
    }

    @Test
    void aStatementCopiedThroughTheBuilderEqualsTheOneTheEngineMade() {
        PaymentStatement made = statement();
        PaymentStatement copied = PaymentStatement.builder().from(made).build();
        assertEquals(made, copied);
        assertEquals(copied, made);
        assertEquals(made.hashCode(), copied.hashCode());
        assertEquals(made.lines(), copied.lines());
        assertEquals(made.toText(), copied.toText());
        assertNotEquals(made, PaymentStatement.builder().from(made).participantId("p-002").build());
    }

    @Test
    void theBuilderNamesEveryMissingField() {
        MissingValueException e = assertThrows(MissingValueException.class, () -> PaymentStatement.builder().build());
        for (String field : List.of("participantId", "from", "to", "policyId", "currency", "preference",
                "paymentRoute", "offeredForTime", "paymentForTime", "declined", "donated", "overCaps",
                "reimbursedExpenses", "heldExpenses")) {
            assertTrue(e.getMessage().contains(field + ": is required"), () -> field + " in " + e.getMessage());
        }
    }

    @Test
    void aTotalThatIsNotTheSumOfTheLinesIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> PaymentStatement.builder()
                .from(statement()).reimbursedExpenses(Money.gbp("4.21")).build());
        assertTrue(e.getMessage().contains("reimbursedExpenses: must equal the sum of the lines (£4.20)"),
                e.getMessage());
    }

    @Test
    void aStatementReadFromJsonWithoutItsTotalsNamesThem() {
        String json = CoproductionJson.write(statement()).replaceAll("\"paymentForTime\" : \\{[^}]*},", "")
                .replaceAll("\"heldExpenses\" : \\{[^}]*},", "");
        assertTrue(!json.contains("paymentForTime") && !json.contains("heldExpenses"), json);
        ValidationException e = assertThrows(ValidationException.class,
                () -> CoproductionJson.read(json, PaymentStatement.class));
        assertTrue(e.getMessage().contains("paymentForTime"), e.getMessage());
        assertTrue(e.getMessage().contains("heldExpenses"), e.getMessage());
    }

    @Test
    void linesCannotBeChangedWhateverMadeTheStatement() {
        PaymentStatement made = statement();
        PaymentStatement built = PaymentStatement.builder().from(made).build();
        for (PaymentStatement s : List.of(made, built)) {
            StatementLine first = s.lines().get(0);
            assertThrows(UnsupportedOperationException.class, () -> s.lines().add(first));
            assertThrows(UnsupportedOperationException.class, () -> s.lines().set(0, first));
            assertThrows(UnsupportedOperationException.class, () -> s.lines().remove(0));
            assertThrows(UnsupportedOperationException.class, () -> s.lines().clear());
            assertThrows(UnsupportedOperationException.class, () -> s.sources().clear());
            assertThrows(UnsupportedOperationException.class, () -> s.notices().clear());
        }
    }

    @Test
    void aLineReadTwiceIsTheSameValue() {
        PaymentStatement made = statement();
        assertEquals(made.lines().get(0), made.lines().get(0));
        assertEquals(made.lines().get(0).explanation(), made.lines().get(0).explanation());
        assertEquals("Meeting on 1 December 2025, 1 h 15 min rounded up to 1 h 30 min at £25.00 an hour = £37.50.",
                made.lines().get(0).explanation());
    }
}
