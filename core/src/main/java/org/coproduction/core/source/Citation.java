package org.coproduction.core.source;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * Where a fact comes from: a reference a person can follow, an optional web address, and how far it has
 * been checked ({@link SourceStatus}).
 *
 * <pre>{@code
 * Citation.of("Think Local Act Personal (2021) Ladder of co-production", SourceStatus.VERIFIED)
 * }</pre>
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {

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
        return ImmutableCitation.builder().reference(reference).status(status).build();
    }

    /**
     * A builder for a citation.
     *
     * @return a new builder, not null
     */
    public static ImmutableCitation.Builder builder() {
        return ImmutableCitation.builder();
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
