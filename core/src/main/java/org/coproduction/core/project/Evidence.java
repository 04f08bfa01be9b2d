package org.coproduction.core.project;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A piece of evidence a project started from, such as the Adult Social Care Survey or themes from
 * quality-assurance audits (North Tyneside Council, <i>Stronger Together</i>, 2024, step 1: gather and
 * analyse evidence).
 *
 * <p>Rule: the description is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Evidence implements WithEvidence {

    /**
     * Where the evidence comes from.
     *
     * @return the kind, not null
     */
    public abstract EvidenceKind kind();

    /**
     * What the evidence is, in a sentence.
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * When the evidence was gathered or published.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> date();

    /**
     * Evidence without a date.
     *
     * @param kind  where it comes from, not null
     * @param description  what it is, not blank
     * @return the evidence, not null
     * @throws org.coproduction.core.validation.ValidationException if the description is blank
     */
    public static Evidence of(EvidenceKind kind, String description) {
        return Evidence.builder().kind(kind).description(description).build();
    }

    /**
     * A builder for evidence.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Evidence} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableEvidence.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("Evidence").notBlank(description(), "description").throwIfAny();
    }

    @Override
    public String toString() {
        return kind().id() + ": " + description();
    }
}
