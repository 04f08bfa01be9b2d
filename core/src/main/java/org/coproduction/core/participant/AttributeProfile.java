package org.coproduction.core.participant;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The counts of one demographic attribute in a {@link DemographicProfile}: one cell per category that
 * occurs among the participants counted, and one for those who did not share the attribute (when there are
 * any). Categories that occur nowhere are not listed. The cells add up to the profile's participants.
 *
 * <p>An attribute is withheld (no cells at all, and {@link #withheldReason()} says why) when no choice of
 * suppressed cells can protect every small count (every category holds one person, so the total would give
 * each of them away), or when the cells would differ for the same group with any one person fewer, so that
 * publishing both could reveal that person (see {@link DemographicProfile}, "Stability").
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AttributeProfile implements WithAttributeProfile {

    /**
     * The attribute counted.
     *
     * @return the attribute, not null
     */
    public abstract DemographicAttribute attribute();

    /**
     * The cells, stated categories in alphabetical order, then "not stated"; empty when withheld.
     *
     * @return the cells, not null
     */
    public abstract List<DemographicCount> cells();

    /**
     * Whether the attribute is withheld: its small counts could not be protected, or one person more or fewer
     * would change what it shows.
     *
     * @return true when no cells are shown
     */
    public abstract boolean withheld();

    /**
     * Why the attribute is withheld, in words, such as "withheld: one person more or fewer would change
     * the published cells" ({@link DemographicProfile#UNSTABLE_REASON}); present exactly when
     * {@link #withheld()} is true. It never names a category.
     *
     * @return the reason, or empty when the cells are shown
     */
    public abstract Optional<String> withheldReason();

    /**
     * A builder, for reading stored profiles; use {@link DemographicProfile#of} to count participants.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AttributeProfile} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAttributeProfile.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("AttributeProfile");
        problems.check(!withheld() || cells().isEmpty(), "cells", "must be empty when the attribute is withheld");
        problems.check(withheld() == withheldReason().isPresent(), "withheldReason",
                withheld() ? "must be given when the attribute is withheld" : "must be empty when the attribute is shown");
        withheldReason().ifPresent(r -> problems.check(!r.isBlank(), "withheldReason", "must not be blank when present"));
        // Checked by hand rather than with Violations.unique, which would repeat the category in the message.
        for (int i = 0; i < cells().size(); i++) {
            for (int j = 0; j < i; j++) {
                problems.check(!cells().get(i).category().equals(cells().get(j).category()), "cells[" + i + "].category",
                        "must be unique (same as cells[" + j + "]; the category is not shown: it is personal data)");
            }
        }
        problems.throwIfAny();
    }

    /** The attribute and the number of cells, never the categories (they may be rare enough to point at someone). */
    @Override
    public String toString() {
        return attribute().id() + (withheld() ? " (" + withheldReason().orElse("withheld") + ")" : " (" + cells().size() + " cells, "
                + cells().stream().filter(DemographicCount::isSuppressed).count() + " suppressed)");
    }
}
