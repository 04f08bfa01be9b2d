package org.coproduction.assessment.evidence;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A pointer to the evidence behind an answer: a record of the project (an activity, a feedback item, a
 * governance entry) or a passage of a document, and what it shows.
 *
 * <pre>{@code
 * EvidenceRef.of("activity", "act-12", "design workshop attended by 6 people with lived experience")
 * EvidenceRef.of("source", "Shropshire Council, Coproduction Week reflection", "co-chaired by an expert by experience")
 * }</pre>
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class EvidenceRef implements WithEvidenceRef {

    /**
     * What kind of record or document it is, such as {@code activity}, {@code feedback-item},
     * {@code project}, {@code recompense-policy} or {@code source}.
     *
     * @return the kind
     */
    public abstract String kind();

    /**
     * The record's identifier, or the document's reference.
     *
     * @return the reference
     */
    public abstract String reference();

    /**
     * What the record or passage shows, in plain words; never names or contact details.
     *
     * @return the note
     */
    public abstract String shows();

    /**
     * A piece of evidence.
     *
     * @param kind  the kind of record or document
     * @param reference  its identifier or reference
     * @param shows  what it shows
     * @return the evidence
     * @throws org.coproduction.core.validation.ValidationException if any field is blank
     */
    public static EvidenceRef of(String kind, String reference, String shows) {
        return EvidenceRef.builder().kind(kind).reference(reference).shows(shows).build();
    }

    /**
     * A builder for evidence.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link EvidenceRef} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableEvidenceRef.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("EvidenceRef").notBlank(kind(), "kind").notBlank(reference(), "reference")
                .notBlank(shows(), "shows").throwIfAny();
    }

    /**
     * The kind and the reference only: what the evidence shows is free text that may name people or repeat
     * what they said, and text from {@code toString()} ends up in logs.
     *
     * @return a short description, not null
     */
    @Override
    public String toString() {
        return kind() + " " + reference();
    }
}
