package org.coproduction.measures.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.interval.ConfidenceInterval;
import org.coproduction.measures.interval.Intervals;

/**
 * An indicator followed over time: its definition, a baseline, a target, the observations so far, and
 * how often an observation is expected.
 *
 * <p>The status rule ({@link #status(LocalDate)}) is the library's own, stated here in full so that it can
 * be checked:
 * <ol>
 *   <li>Only observations dated after the baseline and on or before the judging date count. With none,
 *       the status is {@link Status#NOT_ENOUGH_DATA}.</li>
 *   <li>With a reporting interval, if the latest observation plus one interval is before the judging date,
 *       an observation is missing and the status is {@link Status#NOT_ENOUGH_DATA}: the library never
 *       judges on stale data.</li>
 *   <li>If the latest observation reaches the target (in the indicator's better direction), the status is
 *       {@link Status#MET}.</li>
 *   <li>Otherwise, if the target date is on or before the judging date, {@link Status#NOT_MET}.</li>
 *   <li>Otherwise the expected value at the latest observation's date is read off the straight line from
 *       the baseline (at its date) to the target (at its date), counting days. At or beyond it is
 *       {@link Status#ON_TRACK}; behind it is {@link Status#NOT_MET}.</li>
 * </ol>
 * No confidence interval enters this rule: a change that is within sampling noise is still counted. When the
 * baseline and the latest observation both carry their counts, the status also gives the 95% Newcombe
 * interval for the change ({@link IndicatorStatus#change()}) and says in the reasoning whether it excludes no
 * change.
 *
 * <p>In the example, 59.9 and 72 are North Tyneside's published before and latest values (both achieved
 * survey results, <i>Stronger Together</i>, 2024); the target of 75 and all the dates are illustrative.
 *
 * <pre>{@code
 * IndicatorTrack track = new IndicatorTrack(definition,
 *     Observation.of(LocalDate.of(2022, 3, 31), "59.9"), Target.of(LocalDate.of(2026, 3, 31), "75"),
 *     List.of(Observation.of(LocalDate.of(2024, 3, 31), "72")), Optional.of(Period.ofYears(1)));
 * track.status(LocalDate.of(2024, 6, 1));   // on track: 72 is above the straight line from 59.9 to 75
 * }</pre>
 *
 * @param definition  what is measured, not null
 * @param baseline  the value the change is measured from, not null
 * @param target  the value to reach and when, not null; dated after the baseline
 * @param observations  the observations, in any order, at most one per date
 * @param reportingInterval  how often an observation is expected, such as one year for the ASCS, if known
 */
@Stable
public record IndicatorTrack(IndicatorDefinition definition, Observation baseline, Target target,
        List<Observation> observations, Optional<Period> reportingInterval) {

    private static final MathContext DISPLAY = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;

    /**
     * Checks the track and puts the observations in date order.
     *
     * @throws org.coproduction.core.validation.ValidationException naming every problem: missing parts, a
     *     target not after the baseline, two observations on one date, a non-positive interval, a proportion
     *     whose value disagrees with its counts
     */
    public IndicatorTrack {
        Violations problems = Violations.of("IndicatorTrack");
        problems.check(definition != null, "definition", "is required");
        problems.check(baseline != null, "baseline", "is required");
        problems.check(target != null, "target", "is required");
        problems.check(observations != null, "observations", "is required");
        reportingInterval = Objects.requireNonNullElse(reportingInterval, Optional.empty());
        if (baseline != null && target != null) {
            problems.check(target.date().isAfter(baseline.date()), "target.date",
                    "must be after the baseline date " + baseline.date(), target.date());
        }
        if (observations != null) {
            problems.unique(observations, Observation::date, "observations", "date");
        }
        if (definition != null && baseline != null) {
            checkValueAgreesWithCounts(problems, definition, baseline, "baseline");
        }
        if (definition != null && observations != null) {
            for (int i = 0; i < observations.size(); i++) {
                checkValueAgreesWithCounts(problems, definition, observations.get(i), "observations[" + i + "]");
            }
        }
        reportingInterval.ifPresent(p -> problems.check(!p.isNegative() && !p.isZero(), "reportingInterval",
                "must be positive", p));
        problems.throwIfAny();
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(Comparator.comparing(Observation::date));
        observations = List.copyOf(sorted);
    }

    /**
     * A proportion's value must be what its counts give, to the precision the value is written in (59.9 % from
     * 599 of 1,000; not 72 % from 100 of 1,000), so that a status never judges one number and explains another.
     */
    private static void checkValueAgreesWithCounts(Violations problems, IndicatorDefinition definition,
            Observation observation, String path) {
        if (definition.kind() != IndicatorKind.PROPORTION || observation.counts().isEmpty()
                || observation.counts().get().denominator() == 0) {
            return;
        }
        Share counts = observation.counts().get();
        BigDecimal scale = definition.unit().trim().equals("%") ? BigDecimal.valueOf(100) : BigDecimal.ONE;
        BigDecimal fromCounts = BigDecimal.valueOf(counts.numerator()).multiply(scale)
                .divide(BigDecimal.valueOf(counts.denominator()), EXACT_ENOUGH);
        // Half a unit in the last place written: 59.9 stands for anything from 59.85 to 59.95.
        BigDecimal halfLastPlace = BigDecimal.ONE.movePointLeft(Math.max(0, observation.value().scale()))
                .divide(BigDecimal.valueOf(2));
        problems.check(observation.value().subtract(fromCounts).abs().compareTo(halfLastPlace) <= 0, path + ".value",
                "must agree with its counts " + counts.numerator() + " of " + counts.denominator() + " ("
                        + fromCounts.round(DISPLAY).stripTrailingZeros().toPlainString() + " " + definition.unit().trim()
                        + ")", observation.value());
    }

    /**
     * A copy with one more observation.
     *
     * @param observation  the observation, not null; its date must not repeat another's
     * @return the new track, not null
     * @throws org.coproduction.core.validation.ValidationException if the date repeats
     */
    public IndicatorTrack withObservation(Observation observation) {
        List<Observation> more = new ArrayList<>(observations);
        more.add(observation);
        return new IndicatorTrack(definition, baseline, target, more, reportingInterval);
    }

    /**
     * Where the indicator stands on a date, by the rule in the class description.
     *
     * @param asOf  the date to judge on, not null
     * @return the status with its reasoning, not null
     */
    public IndicatorStatus status(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Optional<Observation> found = observations.stream()
                .filter(o -> o.date().isAfter(baseline.date()) && !o.date().isAfter(asOf))
                .reduce((a, b) -> b);
        String unit = " " + definition.unit();
        if (found.isEmpty()) {
            return new IndicatorStatus(Status.NOT_ENOUGH_DATA, asOf, "No observation between the baseline ("
                    + baseline + ") and " + asOf + ", so no status can be given.", Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        Observation latest = found.get();
        Optional<ConfidenceInterval> change = change(latest);
        String noise = change.map(c -> " The change since the baseline, " + c + ", "
                + (c.excludesZero() ? "excludes" : "includes") + " no change.").orElse("");
        if (reportingInterval.isPresent() && latest.date().plus(reportingInterval.get()).isBefore(asOf)) {
            return new IndicatorStatus(Status.NOT_ENOUGH_DATA, asOf, "The latest observation is from "
                    + latest.date() + " but one is expected every " + reportingInterval.get() + "; the one due by "
                    + latest.date().plus(reportingInterval.get()) + " is missing, so no status can be given.",
                    found, Optional.empty(), Optional.empty());
        }
        Direction direction = definition.direction();
        String better = direction == Direction.HIGHER_IS_BETTER ? "higher is better" : "lower is better";
        if (direction.atLeastAsGood(latest.value(), target.value())) {
            return new IndicatorStatus(Status.MET, asOf, "The latest value, " + latest.value().toPlainString() + unit
                    + " on " + latest.date() + ", reaches the target of " + target.value().toPlainString() + unit
                    + " (" + better + "); the baseline was " + baseline.value().toPlainString() + unit + " on "
                    + baseline.date() + "." + noise, found, Optional.empty(), change);
        }
        if (!target.date().isAfter(asOf)) {
            return new IndicatorStatus(Status.NOT_MET, asOf, "The target date " + target.date() + " has passed and the"
                    + " latest value, " + latest.value().toPlainString() + unit + " on " + latest.date()
                    + ", does not reach the target of " + target.value().toPlainString() + unit + " (" + better + ")."
                    + noise, found, Optional.empty(), change);
        }
        long total = ChronoUnit.DAYS.between(baseline.date(), target.date());
        long elapsed = ChronoUnit.DAYS.between(baseline.date(), latest.date());
        BigDecimal gap = target.value().subtract(baseline.value());
        // Compare (latest − baseline) × total with (target − baseline) × elapsed: exact, no division.
        BigDecimal progress = latest.value().subtract(baseline.value()).multiply(BigDecimal.valueOf(total));
        BigDecimal due = gap.multiply(BigDecimal.valueOf(elapsed));
        BigDecimal expected = baseline.value().add(gap.multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), EXACT_ENOUGH));
        boolean onLine = direction == Direction.HIGHER_IS_BETTER ? progress.compareTo(due) >= 0
                : progress.compareTo(due) <= 0;
        String line = "the straight line from the baseline (" + baseline.value().toPlainString() + unit + " on "
                + baseline.date() + ") to the target (" + target.value().toPlainString() + unit + " by "
                + target.date() + ") gives " + expected.round(DISPLAY).stripTrailingZeros().toPlainString() + unit + " on "
                + latest.date() + ", " + elapsed + " of " + total + " days along";
        if (onLine) {
            return new IndicatorStatus(Status.ON_TRACK, asOf, "The latest value, " + latest.value().toPlainString()
                    + unit + " on " + latest.date() + ", is at or beyond the trajectory: " + line + " (" + better
                    + ")." + noise, found, Optional.of(expected), change);
        }
        return new IndicatorStatus(Status.NOT_MET, asOf, "The latest value, " + latest.value().toPlainString()
                + unit + " on " + latest.date() + ", is behind the trajectory: " + line + " (" + better + ")." + noise,
                found, Optional.of(expected), change);
    }

    private Optional<ConfidenceInterval> change(Observation latest) {
        if (baseline.counts().isEmpty() || latest.counts().isEmpty()) {
            return Optional.empty();
        }
        Share now = latest.counts().get();
        Share then = baseline.counts().get();
        if (now.denominator() == 0 || then.denominator() == 0) {
            return Optional.empty();
        }
        return Optional.of(Intervals.newcombe(now.numerator(), now.denominator(), then.numerator(), then.denominator()));
    }

    @Override
    public String toString() {
        return definition.id() + ": baseline " + baseline + ", target " + target + ", " + observations.size()
                + " observation(s)";
    }
}
