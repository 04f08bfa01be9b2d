package org.coproduction.assessment.audit;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.core.json.JsonValueType;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * One area's score in an {@link AuditResult}: the sum of its items' scores, beside the lowest and highest
 * score the area can have, with the answers that make it up and the items not yet scored.
 *
 * <p>Example: a principle of the Wales audit with three items scored 2, 3 and 2 scores 7, on a possible 3 to 15.
 */
@Experimental
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AreaScore implements WithAreaScore {

    /**
     * The area scored.
     *
     * @return the area's identifier
     */
    public abstract String areaId();

    /**
     * The area's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The sum of the area's item scores; empty while an item is not scored, since an unscored item is never
     * counted as any score.
     *
     * @return the score, or empty
     */
    public abstract Optional<Integer> score();

    /**
     * The lowest score the area can have: every item at the bottom of the scale.
     *
     * @return the lowest possible score
     */
    public abstract int lowest();

    /**
     * The highest score the area can have: every item at the top of the scale.
     *
     * @return the highest possible score
     */
    public abstract int highest();

    /**
     * The scores given to the area's items, in the audit's order.
     *
     * @return the answers
     */
    public abstract List<AuditAnswer> answers();

    /**
     * The area's items not yet scored, in the audit's order.
     *
     * @return the item identifiers
     */
    public abstract List<String> unanswered();

    /**
     * A builder for an area score; normally built by {@link Audit#score}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AreaScore} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAreaScore.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("AreaScore").notBlank(areaId(), "areaId").notBlank(name(), "name")
                .check(lowest() <= highest(), "highest", "must be at least lowest " + lowest(), highest())
                .check(score().isPresent() == unanswered().isEmpty(), "score",
                        "must be given exactly when every item is scored");
        score().ifPresent(s -> problems.check(s >= lowest() && s <= highest(), "score",
                "must be " + lowest() + " to " + highest(), s)
                .check(s == answers().stream().mapToLong(AuditAnswer::score).sum(), "score",
                        "must be the sum of the answers' scores", s));
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return areaId() + ": " + score().map(String::valueOf).orElse("not all scored") + " (" + lowest() + " to "
                + highest() + ")";
    }
}
