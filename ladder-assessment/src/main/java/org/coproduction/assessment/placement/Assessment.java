package org.coproduction.assessment.placement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.coproduction.assessment.evidence.Perspective;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * Where a project sits on the ladder, and why.
 *
 * <p>The placement rule ({@link Assessor#assess}): the project sits on the highest rung that every core
 * dimension supports, so the weakest core dimension holds it back. When a core dimension lacks an answer
 * there is no placement, only a {@linkplain #ceiling() ceiling} from the dimensions that have evidence.
 * {@link #progress()} is the share of all questions whose answer already supports the next rung.
 *
 * <p>Every figure explains itself: each dimension carries its answers, the rung they support and their
 * evidence; {@link #holdingBack()} names the dimensions that set the rung; {@link #summary()} says it in
 * plain English short enough for an Easy Read version.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Assessment implements WithAssessment {

    /**
     * The instrument used.
     *
     * @return the instrument identifier
     */
    public abstract String instrumentId();

    /**
     * The ladder the rungs belong to.
     *
     * @return the ladder identifier
     */
    public abstract String ladderId();

    /**
     * The project assessed.
     *
     * @return its identifier
     */
    public abstract String subject();

    /**
     * Whose view the answers give.
     *
     * @return the perspective
     */
    public abstract Perspective perspective();

    /**
     * When the answers were given.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> date();

    /**
     * The rung the project sits on; empty when a core dimension has not enough evidence.
     *
     * @return the rung, or empty
     */
    public abstract Optional<RungDefinition> rung();

    /**
     * The highest rung the core dimensions with evidence allow: equal to {@link #rung()} when every core
     * dimension has evidence, otherwise an upper bound, never a placement.
     *
     * @return the ceiling, or empty when no core dimension has evidence
     */
    public abstract Optional<RungDefinition> ceiling();

    /**
     * The rung above the placement; empty at the top or without a placement.
     *
     * @return the next rung, or empty
     */
    public abstract Optional<RungDefinition> nextRung();

    /**
     * Progress towards the next rung, 0 to 100: the share of all the instrument's questions whose answer
     * already supports the next rung or higher, rounded down; 100 at the top rung; empty without a placement.
     *
     * @return the progress, or empty
     */
    public abstract Optional<Integer> progress();

    /**
     * How many of the instrument's questions have an answer.
     *
     * @return the number answered
     */
    public abstract int answered();

    /**
     * How many questions the instrument has.
     *
     * @return the number of questions
     */
    public abstract int questions();

    /**
     * Each dimension's result, in the instrument's order.
     *
     * @return the dimension results
     */
    public abstract List<DimensionResult> dimensions();

    /**
     * The core dimensions that hold the project back: with a placement, those supporting exactly the placed
     * rung (none at the top rung); without one, those lacking evidence.
     *
     * @return the dimension identifiers, in the instrument's order
     */
    public abstract List<String> holdingBack();

    /**
     * The result in plain English, short enough for an Easy Read version.
     *
     * @return the summary
     */
    public abstract String summary();

    /**
     * A builder for an assessment; normally built by {@link Assessor}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Assessment} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableAssessment.Builder {
        Builder() {
        }
    }

    /**
     * Whether every core dimension has evidence, so the project is placed.
     *
     * @return true if placed
     */
    @JsonIgnore
    public boolean isPlaced() {
        return rung().isPresent();
    }

    /**
     * How complete the evidence is: the percentage of questions answered, rounded down.
     *
     * @return 0 to 100
     */
    public int completeness() {
        return questions() == 0 ? 0 : answered() * 100 / questions();
    }

    /**
     * The result of one dimension.
     *
     * @param dimensionId  the dimension
     * @return the result
     * @throws NoSuchElementException if the instrument has no such dimension
     */
    public DimensionResult dimension(String dimensionId) {
        return dimensions().stream().filter(d -> d.dimensionId().equals(dimensionId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No dimension \"" + dimensionId + "\" in the assessment"));
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Assessment").notBlank(instrumentId(), "instrumentId")
                .notBlank(ladderId(), "ladderId").notBlank(subject(), "subject")
                .check(answered() >= 0 && answered() <= questions(), "answered",
                        "must be 0 to the number of questions " + questions(), answered());
        Optional<RungDefinition> lowest = dimensions().stream().filter(DimensionResult::core)
                .flatMap(d -> d.supports().stream()).min(java.util.Comparator.comparingInt(RungDefinition::order));
        boolean complete = dimensions().stream().filter(DimensionResult::core).allMatch(DimensionResult::hasEvidence);
        problems.check(ceiling().map(RungDefinition::id).equals(lowest.map(RungDefinition::id)), "ceiling",
                "must be the lowest rung a core dimension supports, " + lowest.map(RungDefinition::id).orElse("none"),
                ceiling().map(RungDefinition::id).orElse("none"));
        problems.check(rung().map(RungDefinition::id).equals(complete ? lowest.map(RungDefinition::id) : Optional.empty()), "rung",
                "must be the ceiling when every core dimension has evidence, and absent otherwise",
                rung().map(RungDefinition::id).orElse("none"));
        problems.check(rung().isPresent() == progress().isPresent(), "progress", "must be given exactly when placed");
        progress().ifPresent(p -> problems.check(p >= 0 && p <= 100, "progress", "must be 0 to 100", p));
        problems.check(rung().isPresent() || nextRung().isEmpty(), "nextRung", "must be absent when not placed");
        for (int i = 0; i < holdingBack().size(); i++) {
            String id = holdingBack().get(i);
            problems.check(dimensions().stream().anyMatch(d -> d.core() && d.dimensionId().equals(id)),
                    "holdingBack[" + i + "]", "must name a core dimension of the assessment", id);
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return subject() + " (" + perspective().id() + date().map(d -> ", " + d).orElse("") + "): "
                + rung().map(RungDefinition::name).orElse("not enough evidence")
                + progress().map(p -> ", " + p + "% towards " + nextRung().map(RungDefinition::name).orElse("the top"))
                        .orElse("")
                + ", evidence " + completeness() + "% complete";
    }
}
