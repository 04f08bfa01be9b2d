package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.Fixtures.timed;
import static org.coproduction.core.recompense.StatementRulesTest.MON;
import static org.coproduction.core.recompense.StatementRulesTest.hourly;
import static org.coproduction.core.recompense.StatementRulesTest.june;
import static org.coproduction.core.recompense.StatementRulesTest.policy;
import static org.coproduction.core.recompense.StatementRulesTest.schedule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.activity.ActivityType;
import org.junit.jupiter.api.Test;

/** Daily and weekly caps apply in the order of the day's start times, then activity identifier. */
class SameDayOrderTest {

    @Test
    void theMorningsMeetingIsPaidFirstWhateverItsIdentifier() {
        RecompensePolicy capped = policy(schedule(hourly("20.00"))
                .caps(Caps.builder().perDay(new BigDecimal("30.00")).build()).build());
        PaymentStatement s = june(capped, contributor(),
                timed("a-evening", ActivityType.MEETING, MON, LocalTime.of(18, 0), 60, attends("a-evening", 60).build()),
                timed("b-morning", ActivityType.MEETING, MON, LocalTime.of(9, 0), 120, attends("b-morning", 120).build()));
        // 9:00, 2 h × £20 = £40: £30 paid under the £30 daily cap, £10 over. 18:00, 1 h × £20 = £20: nothing left.
        assertEquals(List.of("b-morning", "a-evening"),
                s.lines().stream().map(StatementLine::activityId).collect(Collectors.toList()));
        assertEquals(List.of(Money.gbp("30.00"), Money.gbp("0.00")),
                s.lines().stream().map(StatementLine::amount).collect(Collectors.toList()));
        assertEquals(Money.gbp("30.00"), s.overCaps());
    }
}
