package org.coproduction.measures.disclosure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One cell (or total) of a published table: the count as published, or nothing when it is suppressed,
 * with the status and the reason in words. A suppressed cell never carries its raw value.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePublishedCell.class)
@JsonDeserialize(as = ImmutablePublishedCell.class)
public abstract class PublishedCell implements WithPublishedCell {

    /**
     * The count as published (rounded if the rule rounds); empty when suppressed.
     *
     * @return the value, not null
     */
    public abstract Optional<Long> value();

    /**
     * Whether the count is shown, and if not, why not.
     *
     * @return the status, not null
     */
    public abstract CellStatus status();

    /**
     * The reason in words, such as "fewer than 5".
     *
     * @return the reason, not blank
     */
    public abstract String reason();

    static PublishedCell published(long value, String reason) {
        return ImmutablePublishedCell.builder().value(value).status(CellStatus.PUBLISHED).reason(reason).build();
    }

    static PublishedCell suppressed(CellStatus status, String reason) {
        return ImmutablePublishedCell.builder().status(status).reason(reason).build();
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
