package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.coproduction.core.activity.ActivityType;
import org.junit.jupiter.api.Test;

/** Time a policy does not pay is shown as a line "not paid under this policy", never silently dropped. */
class UnpaidTimeTest {

    @Test
    void travelTimeUnderTheNihrStylePresetIsListedAsNotPaid() {
        // NIHR-style £27.50 an hour from 16 December 2025; travel time is not paid. 60 min attended: £27.50.
        PaymentStatement s = Recompense.statement(Recompense.nihr(), contributor(), List.of(activity("w",
                ActivityType.WORKSHOP, LocalDate.of(2026, 1, 5), attends("w", 60).travelMinutes(45).build())),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertEquals(2, s.lines().size());
        StatementLine travel = s.lines().get(1);
        assertEquals(LineKind.TIME, travel.kind());
        assertEquals(LineStatus.NOT_PAID, travel.status());
        assertEquals(Money.gbp("0.00"), travel.offered());
        assertEquals("travel time is not paid under this policy", travel.reason().orElseThrow());
        assertEquals("Travel time for the workshop on 5 January 2026: 45 min, not paid under this policy.",
                travel.explanation());
        assertEquals(Money.gbp("27.50"), s.paymentForTime());
    }

    @Test
    void theUnpaidShareOfTravelTimeIsListedToo() {
        // Half of travel time is paid: 45 min recorded, 23 min (22.5 rounded half up) counted, 22 min not paid.
        RecompensePolicy half = StatementRulesTest.policy(StatementRulesTest.schedule(StatementRulesTest.hourly("20.00"))
                .travelTimeShare(new java.math.BigDecimal("0.5")).build());
        PaymentStatement s = StatementRulesTest.june(half, contributor(), activity("m", ActivityType.MEETING,
                StatementRulesTest.MON, attends("m", 60).travelMinutes(45).build()));
        assertEquals("Travel time for the meeting on 2 June 2025: 22 min of the 45 min recorded, not paid under this"
                + " policy (it pays 0.5 of travel time).", s.lines().get(1).explanation());
    }
}
