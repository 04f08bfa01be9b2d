package org.coproduction.assessment.audit;

import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * A published band of overall totals with its label, such as 60 to 79, "on the way". Only an audit whose
 * publisher gives bands has them; the library never makes bands up.
 *
 * <p>Rules: the label is not blank and the lowest total is at most the highest. That the bands of an audit
 * follow one another without gap or overlap from its lowest possible total to its highest is checked by the
 * {@link Audit}.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AuditBand implements WithAuditBand {

    /**
     * The lowest total in the band, inclusive.
     *
     * @return the lowest total
     */
    public abstract int lowest();

    /**
     * The highest total in the band, inclusive.
     *
     * @return the highest total
     */
    public abstract int highest();

    /**
     * The band's label as the audit's source words it.
     *
     * @return the label
     */
    public abstract String label();

    /**
     * A band of totals from {@code lowest} to {@code highest}, both inclusive.
     *
     * @param lowest  the lowest total
     * @param highest  the highest total
     * @param label  the label
     * @return the band
     * @throws org.coproduction.core.validation.ValidationException if the label is blank or lowest is above highest
     */
    public static AuditBand of(int lowest, int highest, String label) {
        return builder().lowest(lowest).highest(highest).label(label).build();
    }

    /**
     * A builder for a band.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AuditBand} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAuditBand.Builder {
        Builder() {
        }
    }

    /**
     * Whether a total falls in this band.
     *
     * @param total  the total
     * @return true if {@code lowest <= total <= highest}
     */
    public boolean contains(int total) {
        return total >= lowest() && total <= highest();
    }

    @Value.Check
    void check() {
        Violations.of("AuditBand").notBlank(label(), "label")
                .check(lowest() <= highest(), "highest", "must be at least lowest " + lowest(), highest())
                .throwIfAny();
    }

    @Override
    public String toString() {
        return lowest() + " to " + highest() + ": " + label();
    }
}
