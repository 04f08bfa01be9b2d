package org.coproduction.core.participant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One cell of a {@link DemographicProfile}: how many of the group's participants are in a category of an
 * attribute, or that the count is suppressed.
 *
 * <p>A category is printed (here, in JSON and in text) only when it is on the attribute's code list (the
 * council's fixed categories, or {@code yes} and {@code no} for carers) or when at least as many people as the
 * rule's threshold gave it. Categories outside the code list that fewer people gave, such as a gender
 * identity written in a person's own words, are counted together in one cell labelled {@link #SMALL_CATEGORIES}.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class DemographicCount implements WithDemographicCount {

    /**
     * The category of the cell that counts together every category outside the attribute's code list that
     * fewer people than the threshold gave, so that words only a few people used are never printed.
     */
    public static final String SMALL_CATEGORIES = "other (categories too small to name)";

    /**
     * The category, in the council's own terms (such as {@code 65-74}), or {@code other (categories too small to
     * name)} for categories too few people gave; empty for the participants who did not share this attribute.
     *
     * @return the category, or empty for "not stated"
     */
    public abstract Optional<String> category();

    /**
     * The number of participants in the category, rounded if the rule rounds; empty when suppressed.
     *
     * @return the count, or empty when suppressed
     */
    public abstract Optional<Long> count();

    /**
     * A builder, for reading stored profiles; use {@link DemographicProfile#of} to count participants.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link DemographicCount} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDemographicCount.Builder {
        Builder() {
        }
    }

    /**
     * Whether the count is hidden by disclosure control.
     *
     * @return true when suppressed
     */
    @JsonIgnore
    public boolean isSuppressed() {
        return count().isEmpty();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("DemographicCount");
        category().ifPresent(c -> problems.check(!c.isBlank(), "category", "must not be blank when present"));
        count().ifPresent(c -> problems.check(c >= 0, "count", "must not be negative", c));
        problems.throwIfAny();
    }

    /** The category and the count, {@code [c]} (the ONS mark for "confidential") when suppressed. */
    @Override
    public String toString() {
        return category().orElse("not stated") + ": " + count().map(String::valueOf).orElse("[c]");
    }
}
