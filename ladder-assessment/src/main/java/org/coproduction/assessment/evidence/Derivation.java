package org.coproduction.assessment.evidence;

import java.util.List;
import java.util.stream.Collectors;
import org.coproduction.core.api.Stable;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;

/**
 * The answers derived from a project's record, each citing the records it used, and for each question that
 * could not be derived, why not. Questions left underived are for people to answer.
 */
@Stable
@Value.Immutable
@ValueStyle
public abstract class Derivation implements WithDerivation {

    /**
     * The project.
     *
     * @return its identifier
     */
    public abstract String subject();

    /**
     * The answers derived, each with origin {@code derived} and its records as evidence.
     *
     * @return the answers
     */
    public abstract List<Answer> answers();

    /**
     * For each question the record could not answer, the reason, such as "agenda: no co-chair with lived
     * experience on record; answer by hand".
     *
     * @return the notes
     */
    public abstract List<String> notDerived();

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Derivation} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableDerivation.Builder {
        Builder() {
        }
    }

    /**
     * Responses made of the derived answers together with answers people give to the other questions; a
     * stated answer to a derived question is rejected, since changing a derived answer needs an override
     * with a justification ({@link Responses#override}).
     *
     * @param base  responses with the instrument, date, perspective and the stated answers
     * @return the responses with the derived answers added
     * @throws org.coproduction.core.validation.ValidationException if a stated answer repeats a derived question
     */
    public Responses into(Responses base) {
        return base.withAnswers(
                java.util.stream.Stream.concat(answers().stream(), base.answers().stream()).collect(Collectors.toList()));
    }

    @Override
    public String toString() {
        return "Derived for " + subject() + ": " + answers() + (notDerived().isEmpty() ? "" : "; not derived: " + notDerived());
    }
}
