package org.coproduction.core.project;

import java.math.BigDecimal;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A baseline a project measures its progress against, and the latest value when there is one: for example
 * the share of people who found it easy to find information, 59.9% at the baseline and 72% in the latest
 * Adult Social Care Survey (North Tyneside Council, <i>Stronger Together</i>, 2024). Of gathering evidence the
 * guide says: "This activity will determine the issue to be solved, and a baseline against which progress can
 * be measured."
 *
 * <p>Rules: the measure, unit and source are not blank; a latest value is not dated certainly before the
 * baseline.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Baseline implements WithBaseline {

    /**
     * What is measured, such as "people who found it easy to find information about services".
     *
     * @return the measure, not blank
     */
    public abstract String measure();

    /**
     * The value at the baseline, exactly as published.
     *
     * @return the value, not null
     */
    public abstract BigDecimal value();

    /**
     * The unit of the value, such as "percent" or "people".
     *
     * @return the unit, not blank
     */
    public abstract String unit();

    /**
     * When the baseline was measured.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> asOf();

    /**
     * The latest value, when progress has been measured since.
     *
     * @return the value, or empty
     */
    public abstract Optional<BigDecimal> latestValue();

    /**
     * When the latest value was measured.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> latestAsOf();

    /**
     * Where the figures come from, such as "Adult Social Care Survey".
     *
     * @return the source, or empty
     */
    public abstract Optional<String> source();

    /**
     * A builder for a baseline.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Baseline} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableBaseline.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Baseline").notBlank(measure(), "measure").notBlank(unit(), "unit");
        source().ifPresent(s -> problems.check(!s.isBlank(), "source", "must not be blank when present"));
        asOf().ifPresent(b -> latestAsOf().ifPresent(l -> problems.check(!l.isCertainlyBefore(b), "latestAsOf",
                "must not be before the baseline date " + b, l)));
        problems.check(latestAsOf().isEmpty() || latestValue().isPresent(), "latestAsOf",
                "needs a latestValue");
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return measure() + ": " + value().toPlainString() + " " + unit()
                + latestValue().map(v -> " → " + v.toPlainString() + " " + unit()).orElse("");
    }
}
