package org.coproduction.core.project;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * The terms of reference a group agrees for itself: its purpose and aims, methods, how often and how long it
 * meets, practical and accessibility arrangements, ground rules, and how it will be evaluated.
 *
 * <p>These are the headings North Tyneside's groups agree at the start of working together (<i>Stronger
 * Together</i>, 2024, step 3; the Inspire forum wrote its own terms of reference).
 *
 * <p>Rules: the purpose is not blank; every listed text is not blank.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class TermsOfReference implements WithTermsOfReference {

    /**
     * The group's purpose in its own words.
     *
     * @return the purpose, not blank
     */
    public abstract String purpose();

    /**
     * The group's aims.
     *
     * @return the aims, not null
     */
    public abstract List<String> aims();

    /**
     * The methods the group will use, such as meetings, workshops or surveys.
     *
     * @return the methods, not null
     */
    public abstract List<String> methods();

    /**
     * How often the group meets and for how long it will run, such as "monthly, two hours, ongoing".
     *
     * @return the frequency and duration, or empty
     */
    public abstract Optional<String> frequencyAndDuration();

    /**
     * Practical and accessibility arrangements, such as venues, formats and support.
     *
     * @return the arrangements, not null
     */
    public abstract List<String> practicalArrangements();

    /**
     * The ground rules the group agreed.
     *
     * @return the ground rules, not null
     */
    public abstract List<String> groundRules();

    /**
     * How the group's work will be evaluated.
     *
     * @return the evaluation, or empty
     */
    public abstract Optional<String> evaluation();

    /**
     * When the group agreed the terms.
     *
     * @return the date, or empty
     */
    public abstract Optional<PartialDate> agreedOn();

    /**
     * A builder for terms of reference.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link TermsOfReference} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableTermsOfReference.Builder {
        Builder() {
        }
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("TermsOfReference").notBlank(purpose(), "purpose");
        notBlank(problems, aims(), "aims");
        notBlank(problems, methods(), "methods");
        notBlank(problems, practicalArrangements(), "practicalArrangements");
        notBlank(problems, groundRules(), "groundRules");
        frequencyAndDuration().ifPresent(t -> problems.check(!t.isBlank(), "frequencyAndDuration",
                "must not be blank when present"));
        evaluation().ifPresent(t -> problems.check(!t.isBlank(), "evaluation", "must not be blank when present"));
        problems.throwIfAny();
    }

    private static void notBlank(Violations problems, List<String> texts, String path) {
        for (int i = 0; i < texts.size(); i++) {
            problems.check(!texts.get(i).isBlank(), path + "[" + i + "]", "must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Terms of reference: " + purpose();
    }
}
