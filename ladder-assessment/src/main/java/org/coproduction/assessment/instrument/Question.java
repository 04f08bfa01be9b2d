package org.coproduction.assessment.instrument;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * A question of an assessment {@link Instrument}, with the answers a respondent can choose from and the
 * source of its wording.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Question implements WithQuestion {

    /**
     * The question's identifier, unique within its instrument, such as {@code decisions}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The question in the words the respondent sees.
     *
     * @return the wording
     */
    public abstract String text();

    /**
     * Where the question and, unless an option says otherwise, its answers come from.
     *
     * @return the citation
     */
    public abstract Citation source();

    /**
     * The answers to choose from, usually from the lowest rung they support to the highest.
     *
     * @return the options
     */
    public abstract List<AnswerOption> options();

    /**
     * A builder for a question.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Question} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableQuestion.Builder {
        Builder() {
        }
    }

    /**
     * The option with an identifier, if the question has one.
     *
     * @param optionId  the option's identifier
     * @return the option, or empty
     */
    public Optional<AnswerOption> option(String optionId) {
        return options().stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /**
     * Where an option's wording comes from: its own source, or else the question's.
     *
     * @param option  an option of this question
     * @return the citation
     */
    public Citation sourceOf(AnswerOption option) {
        return option.source().orElse(source());
    }

    @Override
    public String toString() {
        return id() + ": " + text();
    }
}
