package org.coproduction.measures.disclosure;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One cell (or total) of a published table: the count as published, or nothing when it is suppressed,
 * with the status and the reason in words. A suppressed cell never carries its raw value, and every
 * suppressed cell of a table has the same status and reason, so that none is marked as small.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class PublishedCell implements WithPublishedCell {

    /**
     * The count as published (rounded if the rule rounds); empty when suppressed.
     *
     * @return the value, not null
     */
    public abstract Optional<Long> value();

    /**
     * Whether the count is shown.
     *
     * @return the status, not null
     */
    public abstract CellStatus status();

    /**
     * The reason in words, such as "at least 5" for a published count, or for every suppressed one
     * "suppressed: fewer than 5, or hidden so that no suppressed count can be worked out from the totals".
     *
     * @return the reason, not blank
     */
    public abstract String reason();

    static PublishedCell published(long value, String reason) {
        return ImmutablePublishedCell.builder().value(value).status(CellStatus.PUBLISHED).reason(reason).build();
    }

    static PublishedCell suppressed(String reason) {
        return ImmutablePublishedCell.builder().status(CellStatus.SUPPRESSED).reason(reason).build();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("PublishedCell");
        problems.check(status().isSuppressed() != value().isPresent(), "value",
                status().isSuppressed() ? "must be absent when the cell is suppressed"
                        : "must be present when the cell is published");
        problems.notBlank(reason(), "reason");
        problems.throwIfAny();
    }

    /** Shows the published value, or {@code [c]} (the ONS and NHS England mark for "confidential") when suppressed. */
    @Override
    public String toString() {
        return value().map(String::valueOf).orElse("[c]");
    }
}
