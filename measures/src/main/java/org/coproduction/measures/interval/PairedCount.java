package org.coproduction.measures.interval;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A yes/no answer given twice by the same people, before and after, as the four counts of its 2 × 2 table:
 * yes both times, yes before only, yes after only, no both times. The change after − before has Newcombe's
 * paired interval, and McNemar's test asks whether it could be chance.
 *
 * <pre>{@code
 * PairedCount answers = PairedCount.of(36, 2, 12, 0);   // 38 said yes before, 48 after, of 50
 * answers.change();     // 0.2 (95% CI 0.0569 to 0.3404), Newcombe paired score interval (method 10)
 * answers.mcNemar();    // chi-square = 7.1429, p = 0.0075 (McNemar's test …)
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class PairedCount implements WithPairedCount {

    /**
     * People who said yes both times.
     *
     * @return the count, at least 0
     */
    public abstract long yesBoth();

    /**
     * People who said yes before and no after.
     *
     * @return the count, at least 0
     */
    public abstract long yesBeforeOnly();

    /**
     * People who said no before and yes after.
     *
     * @return the count, at least 0
     */
    public abstract long yesAfterOnly();

    /**
     * People who said no both times.
     *
     * @return the count, at least 0
     */
    public abstract long noBoth();

    /**
     * The four counts.
     *
     * @param yesBoth  yes both times
     * @param yesBeforeOnly  yes before, no after
     * @param yesAfterOnly  no before, yes after
     * @param noBoth  no both times
     * @return the counts, not null
     * @throws org.coproduction.core.validation.ValidationException if a count is negative
     */
    public static PairedCount of(long yesBoth, long yesBeforeOnly, long yesAfterOnly, long noBoth) {
        return ImmutablePairedCount.builder().yesBoth(yesBoth).yesBeforeOnly(yesBeforeOnly).yesAfterOnly(yesAfterOnly)
                .noBoth(noBoth).build();
    }

    /**
     * The number of people asked both times.
     *
     * @return the total
     */
    public long total() {
        return yesBoth() + yesBeforeOnly() + yesAfterOnly() + noBoth();
    }

    /**
     * The answers before, as a proportion.
     *
     * @return yes before of all, not null
     */
    public ProportionCount before() {
        return ProportionCount.of(yesBoth() + yesBeforeOnly(), total());
    }

    /**
     * The answers after, as a proportion.
     *
     * @return yes after of all, not null
     */
    public ProportionCount after() {
        return ProportionCount.of(yesBoth() + yesAfterOnly(), total());
    }

    /**
     * The change after − before with Newcombe's paired interval at 95% confidence.
     *
     * @return the interval, not null
     * @throws org.coproduction.core.validation.ValidationException if nobody was counted
     */
    public ConfidenceInterval change() {
        return change(Intervals.DEFAULT_CONFIDENCE);
    }

    /**
     * The change after − before with Newcombe's paired interval (method 10).
     *
     * @param confidence  the confidence level, strictly between 0 and 1
     * @return the interval, not null
     * @throws org.coproduction.core.validation.ValidationException if nobody was counted or the level is
     *     outside (0, 1)
     */
    public ConfidenceInterval change(double confidence) {
        return Intervals.newcombePaired(yesBoth(), yesAfterOnly(), yesBeforeOnly(), noBoth(), confidence);
    }

    /**
     * McNemar's test of no change.
     *
     * @return the test, not null
     * @throws org.coproduction.core.validation.ValidationException if nobody changed their answer
     */
    public McNemarTest mcNemar() {
        return Intervals.mcNemar(yesBeforeOnly(), yesAfterOnly());
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("PairedCount");
        problems.check(yesBoth() >= 0, "yesBoth", "must not be negative", yesBoth());
        problems.check(yesBeforeOnly() >= 0, "yesBeforeOnly", "must not be negative", yesBeforeOnly());
        problems.check(yesAfterOnly() >= 0, "yesAfterOnly", "must not be negative", yesAfterOnly());
        problems.check(noBoth() >= 0, "noBoth", "must not be negative", noBoth());
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "PairedCount of " + total() + ": yes both " + yesBoth() + ", yes before only " + yesBeforeOnly()
                + ", yes after only " + yesAfterOnly() + ", no both " + noBoth();
    }
}
