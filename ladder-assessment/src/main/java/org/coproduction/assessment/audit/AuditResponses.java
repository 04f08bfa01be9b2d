package org.coproduction.assessment.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One set of scores for an audit about one organisation, team or project: who answered (as a
 * {@link Perspective}), when, and a score for each item, at most one per item.
 *
 * <p>Rules: the audit and subject are not blank, and no item is scored twice. Whether the items belong to the
 * audit, the scores lie on its scale and every item is scored is checked by {@link Audit#score}, which
 * reports all those problems together.
 *
 * <pre>{@code
 * AuditResponses.builder().auditId("coproduction-assessment").subject("adult-social-care")
 *     .perspective(Perspective.JOINT).date(LocalDate.of(2025, 6, 2))
 *     .addAnswer(AuditAnswer.of("assets-1", 4))
 *     .build();
 * }</pre>
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AuditResponses implements WithAuditResponses {

    /**
     * The audit answered.
     *
     * @return the audit's identifier
     */
    public abstract String auditId();

    /**
     * The organisation, team or project audited, by its identifier.
     *
     * @return the subject's identifier
     */
    public abstract String subject();

    /**
     * Who answered: people with lived experience, professionals, or both together (the Co-production
     * Network for Wales suggests a group from across the organisation).
     *
     * @return the perspective; {@code joint} unless set
     */
    @Value.Default
    public Perspective perspective() {
        return Perspective.JOINT;
    }

    /**
     * When the scores were given.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> date();

    /**
     * The scores, at most one per item.
     *
     * @return the answers
     */
    public abstract List<AuditAnswer> answers();

    /**
     * A builder for a set of scores.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AuditResponses} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAuditResponses.Builder {
        Builder() {
        }
    }

    /**
     * The score given to an item, if any.
     *
     * @param itemId  the item
     * @return the score, or empty
     */
    public Optional<Integer> score(String itemId) {
        return answers().stream().filter(a -> a.itemId().equals(itemId)).findFirst().map(AuditAnswer::score);
    }

    @Value.Check
    void check() {
        Violations.of("AuditResponses").notBlank(auditId(), "auditId").notBlank(subject(), "subject")
                .unique(answers(), AuditAnswer::itemId, "answers", "itemId")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return "Scores for " + auditId() + " about " + subject() + " (" + perspective().id()
                + date().map(d -> ", " + d).orElse("") + "): " + answers().size() + " answers";
    }
}
