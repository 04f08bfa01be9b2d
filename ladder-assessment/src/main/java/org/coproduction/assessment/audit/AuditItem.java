package org.coproduction.assessment.audit;

import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One statement of an {@link Audit} that a group scores, such as "We find out what skills and experience
 * people bring, and use them in our work".
 *
 * <p>Whether the identifier is unique and the wording not blank is checked by the {@link Audit} that holds the
 * item, so that every problem in an audit is reported together.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AuditItem implements WithAuditItem {

    /**
     * The item's identifier, unique within its audit, such as {@code assets-1}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The statement in the words the group scores.
     *
     * @return the wording
     */
    public abstract String text();

    /**
     * An item with its identifier and wording.
     *
     * @param id  the identifier, unique within the audit
     * @param text  the statement
     * @return the item
     */
    public static AuditItem of(String id, String text) {
        return builder().id(id).text(text).build();
    }

    /**
     * A builder for an item.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AuditItem} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAuditItem.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return id() + ": " + text();
    }
}
