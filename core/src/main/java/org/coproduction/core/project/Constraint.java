package org.coproduction.core.project;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Something that limits how far a project can co-produce, stated openly, such as the local advocacy project
 * that "felt there was no scope within the contract with the local authority to release an advocacy worker from
 * their caseload to undertake non-statutory work" (Scottish adult support and protection project) or a legal duty that fixes part of a policy. North Tyneside commits to be open about difficult
 * decisions and realistic targets (<i>Stronger Together</i>, 2024).
 *
 * <p>Rule: the description is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Constraint implements WithConstraint {

    /**
     * The kind of limit: legal, money, time, urgent risk or practical.
     *
     * @return the kind, not null
     */
    public abstract ConstraintKind kind();

    /**
     * The limit in plain words.
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * A constraint.
     *
     * @param kind  the kind of limit, not null
     * @param description  the limit in plain words, not blank
     * @return the constraint, not null
     * @throws org.coproduction.core.validation.ValidationException if the description is blank
     */
    public static Constraint of(ConstraintKind kind, String description) {
        return ImmutableConstraint.builder().kind(kind).description(description).build();
    }

    @Value.Check
    void check() {
        Violations.of("Constraint").notBlank(description(), "description").throwIfAny();
    }

    @Override
    public String toString() {
        return kind().id() + ": " + description();
    }
}
