package org.coproduction.core.participant;

import java.util.List;
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
 * <p>When no choice of suppressed cells can protect every small count (every category holds one person, so
 * the total would give each of them away), the attribute is withheld: no cells are shown at all.
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
     * Whether the attribute is withheld because its small counts could not be protected.
     *
     * @return true when no cells are shown
     */
    public abstract boolean withheld();

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
        return attribute().id() + (withheld() ? " (withheld)" : " (" + cells().size() + " cells, "
                + cells().stream().filter(DemographicCount::isSuppressed).count() + " suppressed)");
    }
}
