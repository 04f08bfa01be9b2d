package org.coproduction.assessment.audit;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.source.Citation;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One area of an {@link Audit}, such as a principle of co-production, with the statements scored under it.
 * An area's score is the sum of its items' scores.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AuditArea implements WithAuditArea {

    /**
     * The area's identifier, unique within its audit, such as {@code reciprocity}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The area's name as a group would read it, such as "Reciprocity".
     *
     * @return the name
     */
    public abstract String name();

    /**
     * What the area is about, in a sentence, in the words of the audit's {@code statementsSource}.
     *
     * @return the description, or empty
     */
    public abstract Optional<String> description();

    /**
     * Where the area's name comes from, when it differs from the audit's source.
     *
     * @return the citation, or empty to use the audit's
     */
    public abstract Optional<Citation> source();

    /**
     * The statements scored under this area; an audit rejects an area without any.
     *
     * @return the items
     */
    public abstract List<AuditItem> items();

    /**
     * A builder for an area.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AuditArea} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAuditArea.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return id() + ": " + name() + " (" + items().size() + " items)";
    }
}
