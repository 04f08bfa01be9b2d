package org.coproduction.assessment.audit;

import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The score a group gave one item of an audit.
 *
 * <p>Whether the item belongs to the audit and the score lies on its scale is checked when the answers are
 * scored ({@link Audit#score}), since the scale belongs to the audit.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AuditAnswer implements WithAuditAnswer {

    /**
     * The item scored.
     *
     * @return the item's identifier
     */
    public abstract String itemId();

    /**
     * The score given, on the audit's scale (1 to 5 for both shipped audits).
     *
     * @return the score
     */
    public abstract int score();

    /**
     * A score for an item.
     *
     * @param itemId  the item's identifier
     * @param score  the score
     * @return the answer
     * @throws org.coproduction.core.validation.ValidationException if the item identifier is blank
     */
    public static AuditAnswer of(String itemId, int score) {
        return builder().itemId(itemId).score(score).build();
    }

    /**
     * A builder for an answer.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AuditAnswer} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAuditAnswer.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations.of("AuditAnswer").notBlank(itemId(), "itemId").throwIfAny();
    }

    @Override
    public String toString() {
        return itemId() + " = " + score();
    }
}
