package org.coproduction.core.recompense;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A prior approval for an expense that a policy pays only when agreed first, such as a taxi or an
 * overnight stay (NHS England interim expenses policy; AceCentre [V]): the person's claims in that
 * category at that activity are approved.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class ExpenseApproval implements WithExpenseApproval {

    /**
     * The activity the approval is for.
     *
     * @return the activity identifier, not blank
     */
    public abstract String activityId();

    /**
     * The expense category approved, such as {@code taxi}.
     *
     * @return the category identifier, not blank
     */
    public abstract String category();

    /**
     * An approval.
     *
     * @param activityId  the activity, not blank
     * @param category  the expense category identifier, not blank
     * @return the approval, not null
     * @throws org.coproduction.core.validation.ValidationException if either is blank
     */
    public static ExpenseApproval of(String activityId, String category) {
        return ImmutableExpenseApproval.builder().activityId(activityId).category(category).build();
    }

    @Value.Check
    void check() {
        Violations.of("ExpenseApproval").notBlank(activityId(), "activityId").notBlank(category(), "category")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return category() + " approved at " + activityId();
    }
}
