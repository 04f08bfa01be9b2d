package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import static org.coproduction.core.recompense.Fixtures.activity;
import static org.coproduction.core.recompense.Fixtures.attends;
import static org.coproduction.core.recompense.Fixtures.contributor;
import static org.coproduction.core.recompense.StatementRulesTest.OWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.coproduction.core.activity.Activity;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * More time never pays less. Hourly bands are paid marginally: each band's rate for the minutes within it, on
 * top of what the bands below pay; a fixed band pays its amount for any time in it, and a policy whose fixed band
 * would pay less than the bands below it pay at their top is refused, naming the bands.
 */
class MoreTimeNeverPaysLessTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2025, 4, 7);

    private static RateRule banded(DurationBand... bands) {
        return RateRule.builder().id("banded").description("Banded").basis(RateBasis.BANDED).addBands(bands).build();
    }

    private static RecompensePolicy policy(RateRule rule) {
        return RecompensePolicy.builder().id("bands").name("Bands").source(OWN).currency(Currency.getInstance("GBP"))
                .addSchedule(RateSchedule.builder().version("v1").effectiveFrom(LocalDate.of(2020, 1, 1)).source(OWN)
                        .addRule(rule).build()).build();
    }

    /** The amount offered for each number of minutes, one activity a day. */
    private static List<Money> offered(RecompensePolicy policy, List<Integer> minutes) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            activities.add(activity("a" + i, ActivityType.MEETING, DAY_ONE.plusDays(i),
                    attends("a" + i, minutes.get(i)).build()));
        }
        PaymentStatement s = Recompense.statement(policy, contributor(), activities, DAY_ONE,
                DAY_ONE.plusDays(minutes.size()));
        List<Money> amounts = new ArrayList<>();
        s.lines().forEach(l -> amounts.add(l.offered()));
        return amounts;
    }

    @Test
    void twentyPoundsAnHourToTwoHoursThenFifteenPaysMarginally() {
        RecompensePolicy p = policy(banded(DurationBand.hourly(120, new BigDecimal("20.00")),
                DurationBand.hourly(480, new BigDecimal("15.00"))));
        // 120 min: 2 h × £20 = £40.00. 121 min: £40.00 + 1 min × £15 / 60 = £40.25. 180 min: £40 + 1 h × £15 = £55.
        assertEquals(List.of(Money.gbp("40.00"), Money.gbp("40.25"), Money.gbp("55.00")), offered(p, List.of(120, 121, 180)));
        PaymentStatement s = Recompense.statement(p, contributor(), List.of(activity("a", ActivityType.MEETING, DAY_ONE,
                attends("a", 180).build())), DAY_ONE, DAY_ONE);
        assertEquals("Meeting on 7 April 2025, 3 h, in the band up to 8 h: 2 h at £20.00 an hour + 1 h at £15.00 an hour"
                + " = £55.00.", s.lines().get(0).explanation());
    }

    @Test
    void aFixedBandThatPaysLessThanTheBandsBelowIsRefused() {
        // Up to 4 h: £75. Up to 8 h: £60, less than £75 for more time.
        ValidationException e = assertThrows(ValidationException.class, () -> banded(
                DurationBand.fixed(240, new BigDecimal("75.00")), DurationBand.fixed(480, new BigDecimal("60.00"))));
        assertEquals("bands[1].amount: must be at least 75.00, what the bands up to bands[0] pay for 240 minutes: more"
                + " time must never pay less, was 60.00", e.violations().get(0).message());
    }

    /** Every band edge and the minutes either side, and every seventh minute, up to a day. */
    private static List<Integer> minutesToTry(RateRule rule) {
        TreeSet<Integer> minutes = new TreeSet<>();
        for (int m = 0; m <= 1440; m += 7) {
            minutes.add(m);
        }
        for (DurationBand band : rule.bands()) {
            minutes.add(band.upToMinutes() - 1);
            minutes.add(band.upToMinutes());
            minutes.add(Math.min(1440, band.upToMinutes() + 1));
        }
        return new ArrayList<>(minutes);
    }

    private static void assertNeverLess(RecompensePolicy policy, RateRule rule) {
        List<Integer> minutes = minutesToTry(rule);
        List<Money> amounts = offered(policy, minutes);
        for (int i = 1; i < amounts.size(); i++) {
            assertTrue(amounts.get(i).compareTo(amounts.get(i - 1)) >= 0, minutes.get(i - 1) + " min paid "
                    + amounts.get(i - 1) + ", " + minutes.get(i) + " min paid " + amounts.get(i));
        }
    }

    @Test
    void everyPresetsBandsNeverPayLessForMoreTime() {
        for (RecompensePolicy preset : Recompense.presets()) {
            for (RateSchedule schedule : preset.schedules()) {
                for (RateRule rule : schedule.rules()) {
                    if (rule.basis() == RateBasis.BANDED) {
                        assertNeverLess(policy(rule), rule);
                    }
                }
            }
        }
    }

    @Test
    void generatedBandTablesAreRefusedOrNeverPayLessForMoreTime() {
        Property.forAll(150, (SplittableRandom r) -> {
            List<DurationBand> bands = new ArrayList<>();
            int edge = 0;
            for (int k = 1 + r.nextInt(4); k > 0 && edge < 1400; k--) {
                edge += 1 + r.nextInt(400);
                edge = Math.min(edge, 1440);
                BigDecimal money = BigDecimal.valueOf(r.nextInt(20000), 2);
                bands.add(r.nextBoolean() ? DurationBand.fixed(edge, money) : DurationBand.hourly(edge, money));
            }
            return bands;
        }, bands -> {
            RateRule rule;
            try {
                rule = banded(bands.toArray(new DurationBand[0]));
            } catch (ValidationException refused) {
                assertTrue(refused.getMessage().contains("more time must never pay less"), refused.getMessage());
                return;
            }
            assertNeverLess(policy(rule), rule);
        });
    }
}
