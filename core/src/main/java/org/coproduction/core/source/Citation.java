package org.coproduction.core.source;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Where a fact comes from: a reference a person can follow, an optional web address, and how far it has
 * been checked ({@link SourceStatus}).
 *
 * <pre>{@code
 * Citation.of("Think Local Act Personal (2021) Ladder of co-production", SourceStatus.VERIFIED)
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Citation implements WithCitation {

    /**
     * The reference in words: author or publisher, title, year.
     *
     * @return the reference, not blank
     */
    public abstract String reference();

    /**
     * A web address for the source, where there is one.
     *
     * @return the address, not null
     */
    public abstract Optional<String> url();

    /**
     * How far the fact has been checked against this source.
     *
     * @return the status, not null
     */
    public abstract SourceStatus status();

    /**
     * A note on how the source was used, such as "meanings paraphrased".
     *
     * @return the note, not null
     */
    public abstract Optional<String> note();

    /**
     * A citation with a reference and a status.
     *
     * @param reference  the reference in words, not blank
     * @param status  how far it has been checked, not null
     * @return the citation, not null
     * @throws org.coproduction.core.validation.ValidationException if the reference is blank
     */
    public static Citation of(String reference, SourceStatus status) {
        return Citation.builder().reference(reference).status(status).build();
    }

    /**
     * A builder for a citation.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Citation} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableCitation.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("Citation").notBlank(reference(), "reference").throwIfAny();
    }

    @Override
    public String toString() {
        return reference() + " [" + status().id() + "]";
    }
}
