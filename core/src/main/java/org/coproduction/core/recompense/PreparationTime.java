package org.coproduction.core.recompense;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.internal.Quantities;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.EnumIds;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Whether and how preparation time is paid (domain notes, rule type 7): not separately (it is in the fee),
 * as recorded, as recorded up to an agreed allowance, a fixed pre-agreed amount of time per activity, or a
 * share of the time attended.
 *
 * <p>Counted preparation minutes are added to the attended minutes before rounding. A share of the attended
 * time that is not a whole number of minutes is rounded half up to the whole minute, and the statement line
 * shows the minutes counted.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class PreparationTime implements WithPreparationTime {

    /** The ways preparation time can be counted. */
    public enum Mode {
        /** Not paid separately: a flat fee or day rate already covers it (NIHR SPCR, HQIP). */
        NOT_PAID,
        /** Paid as recorded, at the same rate as the activity (Blue Heart pays pre-reading time). */
        ACTUAL,
        /** Paid as recorded up to an agreed allowance of {@link PreparationTime#minutes()} per activity. */
        CAPPED,
        /** A pre-agreed {@link PreparationTime#minutes()} per activity, whatever was recorded. */
        FIXED,
        /** A {@link PreparationTime#share()} of the time attended, such as 0.5 for half. */
        PROPORTIONAL;

        /**
         * The mode as written in JSON, such as {@code capped}.
         *
         * @return the identifier, not null
         */
        @JsonValue
        public String id() {
            return EnumIds.id(this);
        }

        /**
         * Reads a mode from its identifier or constant name.
         *
         * @param text  the text, not null
         * @return the mode, not null
         * @throws IllegalArgumentException listing the allowed values if the text names none
         */
        @JsonCreator
        public static Mode parse(String text) {
            return EnumIds.parse(Mode.class, text, "preparation mode");
        }
    }

    /**
     * How preparation is counted.
     *
     * @return the mode, not null
     */
    public abstract Mode mode();

    /**
     * The allowance ({@link Mode#CAPPED}) or fixed time ({@link Mode#FIXED}) in minutes.
     *
     * @return the minutes, present exactly for those two modes
     */
    public abstract Optional<Integer> minutes();

    /**
     * The share of attended time counted as preparation ({@link Mode#PROPORTIONAL}), such as 0.5.
     *
     * @return the share, present exactly for that mode, from 0 to 10 with at most 10 decimal places
     */
    public abstract Optional<BigDecimal> share();

    /**
     * Preparation is not paid separately.
     *
     * @return the rule, not null
     */
    public static PreparationTime notPaid() {
        return ImmutablePreparationTime.builder().mode(Mode.NOT_PAID).build();
    }

    /**
     * Preparation is paid as recorded.
     *
     * @return the rule, not null
     */
    public static PreparationTime actual() {
        return ImmutablePreparationTime.builder().mode(Mode.ACTUAL).build();
    }

    /**
     * Preparation is paid as recorded, up to an allowance per activity.
     *
     * @param maxMinutes  the allowance in minutes, zero or more
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the allowance is out of range
     */
    public static PreparationTime capped(int maxMinutes) {
        return ImmutablePreparationTime.builder().mode(Mode.CAPPED).minutes(maxMinutes).build();
    }

    /**
     * A pre-agreed preparation time per activity.
     *
     * @param minutes  the time in minutes, zero or more
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the time is out of range
     */
    public static PreparationTime fixed(int minutes) {
        return ImmutablePreparationTime.builder().mode(Mode.FIXED).minutes(minutes).build();
    }

    /**
     * Preparation counted as a share of the time attended.
     *
     * @param share  the share such as 0.5, not null
     * @return the rule, not null
     * @throws org.coproduction.core.validation.ValidationException if the share is out of range
     */
    public static PreparationTime proportional(BigDecimal share) {
        return ImmutablePreparationTime.builder().mode(Mode.PROPORTIONAL).share(share).build();
    }

    /**
     * The preparation minutes counted for an attendance.
     *
     * @param attendedMinutes  the minutes attended, zero or more
     * @param recordedMinutes  the preparation minutes recorded, zero or more
     * @return the minutes to pay
     */
    public int countedMinutes(int attendedMinutes, int recordedMinutes) {
        switch (mode()) {
            case ACTUAL:
                return recordedMinutes;
            case CAPPED:
                return Math.min(recordedMinutes, minutes().orElseThrow());
            case FIXED:
                return minutes().orElseThrow();
            case PROPORTIONAL:
                return share().orElseThrow().multiply(BigDecimal.valueOf(attendedMinutes))
                        .setScale(0, RoundingMode.HALF_UP).intValueExact();
            default:
                return 0;
        }
    }

    @Value.Check
    PreparationTime check() {
        boolean needsMinutes = mode() == Mode.CAPPED || mode() == Mode.FIXED;
        Violations problems = Violations.of("PreparationTime")
                .check(minutes().isPresent() == needsMinutes, "minutes",
                        needsMinutes ? "is required when the mode is " + mode().id()
                                : "must be absent when the mode is " + mode().id())
                .check(share().isPresent() == (mode() == Mode.PROPORTIONAL), "share",
                        mode() == Mode.PROPORTIONAL ? "is required when the mode is proportional"
                                : "must be absent when the mode is " + mode().id());
        minutes().ifPresent(m -> problems.check(m >= 0 && m <= 1440, "minutes", "must be from 0 to 1440", m));
        share().ifPresent(s -> {
            problems.check(s.signum() >= 0 && s.compareTo(BigDecimal.TEN) <= 0, "share", "must be from 0 to 10", s);
            Quantities.decimals(problems, s, Quantities.MAX_RATE_DECIMALS, "share", "");
        });
        problems.throwIfAny();
        // Checked first, so that only a share in range is written out in plain digits.
        if (share().filter(Quantities::needsPlain).isPresent()) {
            return ImmutablePreparationTime.builder().from(this).share(share().map(Quantities::plain)).build();
        }
        return this;
    }

    /**
     * The rule in words, such as "preparation paid as recorded, up to 60 minutes".
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        switch (mode()) {
            case ACTUAL:
                return "preparation paid as recorded";
            case CAPPED:
                return "preparation paid as recorded, up to " + minutes().orElseThrow() + " minutes";
            case FIXED:
                return "preparation paid as a fixed " + minutes().orElseThrow() + " minutes";
            case PROPORTIONAL:
                return "preparation paid as " + share().orElseThrow().toPlainString() + " of the time attended";
            default:
                return "preparation not paid separately";
        }
    }
}
