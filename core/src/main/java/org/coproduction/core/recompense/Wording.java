package org.coproduction.core.recompense;

import org.coproduction.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.time.Month;
import java.util.Locale;

/** The plain-English pieces statement lines are written with: durations, dates, labels. */
final class Wording {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private Wording() {
    }

    /** {@code 130} → "2 h 10 min", {@code 120} → "2 h", {@code 45} → "45 min". */
    static String duration(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }

    /** 2026-03-04 → "4 March 2026". */
    static String date(LocalDate day) {
        return day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - Month.JANUARY.getValue()] + " " + day.getYear();
    }

    /** {@code task-and-finish-group} → "Task and finish group". */
    static String label(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** {@code task-and-finish-group} → "task and finish group". */
    static String lower(String id) {
        return id.replace('-', ' ');
    }

    /** "Workshop on 4 March 2026". */
    static String opening(String activityType, LocalDate day) {
        return Wording.label(activityType) + " on " + Wording.date(day);
    }

    /** An amount as a person reads it, with at least the currency's decimal places: "£27.50". */
    static String money(BigDecimal value, Currency currency) {
        int scale = Math.max(0, currency.getDefaultFractionDigits());
        return Money.of(value.scale() < scale ? value.setScale(scale) : value, currency).toString();
    }
}
