package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.coproduction.core.activity.ActivityType;
import org.coproduction.core.activity.Attendance;
import org.coproduction.core.activity.ExpenseClaim;
import org.coproduction.core.participant.RecompensePreference;

/**
 * The plain-English explanation of a statement line: either text given to a builder or read from JSON,
 * or written from the facts the statement engine priced the line with, the first time it is read.
 *
 * <p>A council's year holds hundreds of thousands of lines and most explanations are never read, so the
 * engine does not write them up front. The text is the same whenever it is written: the facts it is
 * written from are immutable, belong to the one line, and writing it reads no changing state. Two
 * explanations are equal when their texts are equal.
 */
abstract class Explanation {

    /** Written at most a few times by racing readers, always to the same text; a String is safely published. */
    private String text;

    /** An explanation given as text. */
    @JsonCreator
    static Explanation of(String text) {
        return new Given(Objects.requireNonNull(text, "explanation"));
    }

    /** Writes the text; called when it is first read, and must always give the same text. */
    abstract String write();

    /** The text, written now if it has not been yet. */
    @JsonValue
    final String text() {
        String written = text;
        if (written == null) {
            written = write();
            text = written;
        }
        return written;
    }

    /** Whether the text is blank; an explanation the engine writes never is, so it is not written to find out. */
    boolean isBlank() {
        return false;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Explanation && text().equals(((Explanation) other).text());
    }

    @Override
    public final int hashCode() {
        return text().hashCode();
    }

    @Override
    public final String toString() {
        return text();
    }

    /** Text given to a builder or read from JSON. */
    private static final class Given extends Explanation {

        private final String given;

        Given(String given) {
            this.given = given;
        }

        @Override
        String write() {
            return given;
        }

        @Override
        boolean isBlank() {
            return given.isBlank();
        }
    }

    /**
     * What a time line was priced from, kept to write its explanation when first read: the record, the schedule and
     * rule, the amount offered, and the cap and part-payment that applied. The engine sets the amounts before it makes
     * the line, and nothing changes them afterwards.
     */
    static final class TimeFacts extends Explanation {
        private final Currency currency;
        private final ActivityType type;
        private final LocalDate day;
        private final Attendance record;
        private final RateSchedule schedule;
        private final RateRule rule;
        private final RecompensePreference preference;
        BigDecimal offered;
        String capName;
        BigDecimal capLimit;
        BigDecimal allowed;
        BigDecimal partLimit;
        BigDecimal partPaid;
        BigDecimal partDeclined;

        TimeFacts(Currency currency, ActivityType type, LocalDate day, Attendance record, RateSchedule schedule,
                RateRule rule, RecompensePreference preference) {
            this.currency = currency;
            this.type = type;
            this.day = day;
            this.record = record;
            this.schedule = schedule;
            this.rule = rule;
            this.preference = preference;
        }

        @Override
        String write() {
            String opening = Wording.opening(type.id(), day);
            if (rule.basis() == RateBasis.UNPAID) {
                return opening + ": time is not paid under this policy (" + rule.unpaidReason().orElseThrow()
                        + "); expenses are still repaid.";
            }
            StringBuilder text = new StringBuilder(160).append(opening);
            if (rule.basis() == RateBasis.FLAT_FEE) {
                text.append(": a flat fee of ").append(money(rule.flatFee().orElseThrow()))
                        .append(" for the activity, preparation included");
            } else if (rule.basis() == RateBasis.TIME_EQUIVALENT) {
                text.append(": counts as ").append(Wording.duration(rule.equivalentMinutes().orElseThrow()))
                        .append(" at ").append(money(rule.hourlyRate().orElseThrow())).append(" an hour");
            } else {
                timed(text);
            }
            if (record.chaired() && schedule.chairMultiplier().isPresent()) {
                text.append(" × ").append(schedule.chairMultiplier().get().toPlainString()).append(" for chairing");
            }
            text.append(" = ").append(money(offered)).append('.');
            if (capName != null) {
                text.append(" The ").append(capName).append(" cap of ").append(money(capLimit)).append(" leaves ")
                        .append(money(allowed)).append(" to pay; ").append(money(offered.subtract(allowed)))
                        .append(" over the cap is not paid.");
            }
            return text.append(choice()).toString();
        }

        /** What the person's choice did with the amount. */
        private String choice() {
            switch (preference) {
                case DECLINED:
                    return " Offered and declined at your request: nothing is paid, and it is not your earnings.";
                case DONATION:
                    return " Paid to a charity at your request, not to you.";
                case VOUCHER:
                    return " Paid as vouchers, which count as earnings like money.";
                case PART_PAYMENT:
                    return " You asked to be paid at most " + money(partLimit) + " a week: " + money(partPaid) + " paid"
                            + (partDeclined.signum() > 0 ? ", " + money(partDeclined) + " offered and declined" : "")
                            + ".";
                default:
                    return "";
            }
        }

        /** ", 2 h 10 min (…) rounded up to 2 h 30 min at £27.50 an hour", or the band. */
        private void timed(StringBuilder text) {
            int preparation = schedule.preparation().countedMinutes(record.minutes(), record.preparationMinutes());
            int travel = StatementEngine.travel(schedule, record.travelMinutes());
            int before = record.minutes() + preparation + travel;
            int after = schedule.rounding().apply(before);
            text.append(", ").append(Wording.duration(before));
            if (preparation > 0 || travel > 0) {
                text.append(" (").append(Wording.duration(record.minutes())).append(" attended");
                if (preparation > 0) {
                    text.append(" + ").append(Wording.duration(preparation)).append(" preparation");
                }
                if (travel > 0) {
                    text.append(" + ").append(Wording.duration(travel)).append(" travel");
                }
                text.append(')');
            }
            if (after != before) {
                TimeRounding rounding = schedule.rounding();
                boolean minimum = after == rounding.minimumMinutes() && rounding.applyIncrement(before) < after;
                text.append(minimum ? " raised to the minimum of " : after > before ? " rounded up to "
                        : " rounded down to ").append(Wording.duration(after));
            }
            if (rule.basis() == RateBasis.HOURLY) {
                text.append(" at ").append(money(rule.hourlyRate().orElseThrow())).append(" an hour");
                return;
            }
            DurationBand band = StatementEngine.band(rule, after);
            boolean beyond = after > band.upToMinutes();
            if (band.amount().isPresent()) {
                text.append(beyond ? ", longer than the top band (" + Wording.duration(band.upToMinutes())
                        + "), paid the top band's " : ", in the band up to " + Wording.duration(band.upToMinutes())
                        + ", paid ").append(money(band.amount().get()));
                return;
            }
            List<String> parts = hourlyParts(rule.bands(), rule.bands().indexOf(band), after);
            text.append(beyond ? ", longer than the top band"
                    : ", in the band up to " + Wording.duration(band.upToMinutes()));
            if (parts.size() == 1) {
                text.append(beyond ? ", paid for " + parts.get(0) : " at " + parts.get(0).split(" at ", 2)[1]);
            } else {
                text.append(beyond ? " (" + Wording.duration(band.upToMinutes()) + "), paid for " : ": ")
                        .append(String.join(" + ", parts));
            }
        }

        /** An hourly band's pay, band by band ("2 h at £20.00 an hour"), after any fixed fee below ("£75.00 for…"). */
        private List<String> hourlyParts(List<DurationBand> bands, int index, int minutes) {
            int first = index;
            while (first > 0 && bands.get(first - 1).amount().isEmpty()) {
                first--;
            }
            List<String> parts = new ArrayList<>();
            int below = first == 0 ? 0 : bands.get(first - 1).upToMinutes();
            if (first > 0) {
                parts.add(money(bands.get(first - 1).amount().orElseThrow()) + " for the first "
                        + Wording.duration(below));
            }
            for (int i = first; i <= index; i++) {
                int in = Math.min(minutes, bands.get(i).upToMinutes()) - below;
                parts.add(Wording.duration(in) + " at " + money(bands.get(i).hourlyRate().orElseThrow()) + " an hour");
                below = bands.get(i).upToMinutes();
            }
            return parts;
        }

        private String money(BigDecimal value) {
            return Wording.money(value, currency);
        }
    }

    /** Travel time a line did not count: all of it, or the share the policy does not pay. */
    static final class UnpaidTravel extends Explanation {
        private final ActivityType type;
        private final LocalDate day;
        private final int recorded;
        private final int counted;
        private final BigDecimal share;

        UnpaidTravel(ActivityType type, LocalDate day, int recorded, int counted, BigDecimal share) {
            this.type = type;
            this.day = day;
            this.recorded = recorded;
            this.counted = counted;
            this.share = share;
        }

        @Override
        String write() {
            String opening = "Travel time for the " + Wording.lower(type.id()) + " on " + Wording.date(day) + ": ";
            return counted == 0 ? opening + Wording.duration(recorded) + ", not paid under this policy."
                    : opening + Wording.duration(recorded - counted) + " of the " + Wording.duration(recorded)
                            + " recorded, not paid under this policy (it pays " + share.toPlainString()
                            + " of travel time).";
        }
    }

    /**
     * What an expense line was worked out from, kept to write its explanation when first read: the claim, its rule, the
     * exchange rate, the amount priced by the mile, what is repaid and why it is held.
     */
    static final class ExpenseFacts extends Explanation {
        private final Currency currency;
        private final ActivityType type;
        private final LocalDate day;
        private final ExpenseClaim claim;
        final ExpenseRule rule;
        BigDecimal exchangeRate;
        BigDecimal claimed;
        BigDecimal priced;
        BigDecimal paid;
        String heldReason;

        ExpenseFacts(Currency currency, ActivityType type, LocalDate day, ExpenseClaim claim, ExpenseRule rule) {
            this.currency = currency;
            this.type = type;
            this.day = day;
            this.claim = claim;
            this.rule = rule;
        }

        @Override
        String write() {
            StringBuilder text = new StringBuilder(160).append(Wording.label(claim.category().id()))
                    .append(" for the ").append(Wording.lower(type.id())).append(" on ").append(Wording.date(day))
                    .append(": ");
            if (priced != null) {
                return miles(text);
            }
            if (claim.miles().isPresent()) {
                text.append(claim.miles().get().toPlainString()).append(" miles, ");
            }
            if (exchangeRate != null) {
                text.append(claim.amount().toPlainString()).append(' ').append(claim.currency().getCurrencyCode())
                        .append(" at ").append(exchangeRate.toPlainString()).append(" = ");
            }
            text.append(money(claimed)).append(" claimed");
            if (heldReason != null) {
                return held(text);
            }
            if (!capped(text, claimed)) {
                text.append(", repaid at cost = ").append(money(paid));
            }
            rule.ratePerMile().ifPresent(r -> text.append(" (the policy's mileage rate is ").append(money(r))
                    .append(" a mile)"));
            return text.append(". Expenses are not earnings.").toString();
        }

        /** "12 miles at 45p a mile = £5.40", with the rounding, the amount claimed, any cap and any hold. */
        private String miles(StringBuilder text) {
            BigDecimal miles = claim.miles().orElseThrow();
            BigDecimal rate = rule.ratePerMile().orElseThrow();
            BigDecimal exact = miles.multiply(rate);
            boolean pence = "GBP".equals(currency.getCurrencyCode()) && rate.compareTo(BigDecimal.ONE) < 0;
            text.append(miles.toPlainString()).append(" miles at ")
                    .append(pence ? rate.movePointRight(2).stripTrailingZeros().toPlainString() + "p" : money(rate))
                    .append(" a mile = ");
            if (exact.compareTo(priced) != 0) {
                text.append(money(exact.stripTrailingZeros())).append(", rounded to ");
            }
            text.append(money(priced));
            if (claimed.compareTo(priced) != 0) {
                text.append(" (").append(money(claimed)).append(" was claimed; the policy's rate per mile is repaid)");
            }
            if (heldReason != null) {
                return held(text);
            }
            if (!capped(text, priced)) {
                text.append(", repaid in full");
            }
            return text.append(". Expenses are not earnings.").toString();
        }

        /** Whether the cap per claim cut what is owed; if so, the text says by how much. */
        private boolean capped(StringBuilder text, BigDecimal owed) {
            if (paid.compareTo(owed) != 0) {
                text.append(", repaid up to the cap of ").append(money(paid)).append(" a claim = ").append(money(paid))
                        .append("; ").append(money(owed.subtract(paid))).append(" over the cap is not repaid");
            }
            return paid.compareTo(owed) != 0;
        }

        private String held(StringBuilder text) {
            return text.append(", held: ").append(heldReason)
                    .append(". It is not lost: it will be paid once this is resolved.").toString();
        }

        private String money(BigDecimal value) {
            return Wording.money(value, currency);
        }
    }
}
