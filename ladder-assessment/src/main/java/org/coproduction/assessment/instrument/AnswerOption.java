package org.coproduction.assessment.instrument;

import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * One answer a respondent can give to a {@link Question}, and the rung of the instrument's ladder that the
 * answer supports: the highest rung a project can reach while this is the honest answer.
 *
 * <p>Whether {@link #supports()} names a rung of the ladder is checked by the {@link Instrument} that holds
 * the option, so that every problem in an instrument is reported together.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class AnswerOption implements WithAnswerOption {

    /**
     * The option's identifier within its question, such as {@code shared-design}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The answer in the words the respondent sees.
     *
     * @return the wording
     */
    public abstract String text();

    /**
     * The identifier of the highest rung this answer supports, such as {@code co-design}.
     *
     * @return a rung identifier of the instrument's ladder
     */
    public abstract String supports();

    /**
     * Where the wording comes from, when it differs from the question's source.
     *
     * @return the citation, or empty to use the question's
     */
    public abstract Optional<Citation> source();

    /**
     * An option with its wording and the rung it supports.
     *
     * @param id  the identifier within the question
     * @param text  the wording
     * @param supports  the identifier of the rung it supports
     * @return the option
     * @throws org.coproduction.core.validation.ValidationException if any field is blank
     */
    public static AnswerOption of(String id, String text, String supports) {
        return AnswerOption.builder().id(id).text(text).supports(supports).build();
    }

    /**
     * A builder for an option.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link AnswerOption} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAnswerOption.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return id() + " (" + supports() + "): " + text();
    }
}
