package org.coproduction.assessment.instrument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedMap;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.source.Citation;
import org.coproduction.core.validation.Violations;
import org.coproduction.core.value.ValueStyle;
import org.immutables.value.Value;
import org.coproduction.core.json.JsonValueType;

/**
 * An assessment instrument held as data: the ladder (or progress scale) it places projects on, its
 * dimensions, each with questions whose answer options say which rung an answer supports, and the source
 * of every wording.
 *
 * <p>The library ships {@link Instruments#tlapDefault()} (the TLAP ladder of co-production) and
 * {@link Instruments#nefSixPrinciples()} (a profile against NEF's six aspects of co-production); a council
 * can load its own with {@code CoproductionJson.read(json, Instrument.class)}. An instrument is rejected,
 * with every problem named, when it has no dimensions, a dimension without questions, a question without
 * options, duplicate dimension, question or option identifiers, an option pointing at a rung outside its
 * ladder, a plain summary for a rung outside its ladder, or (for a placement) no core dimension.
 */
@Stable
@Value.Immutable
@ValueStyle
@JsonValueType
public abstract class Instrument implements WithInstrument {

    /**
     * The instrument's identifier, such as {@code tlap-default}.
     *
     * @return the identifier
     */
    public abstract String id();

    /**
     * The instrument's name.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Whether the instrument places a project on a rung or produces a profile.
     *
     * @return the kind
     */
    public abstract InstrumentKind kind();

    /**
     * The ladder answers point at: a ladder of participation for a placement, a progress scale for a profile.
     *
     * @return the ladder
     */
    public abstract Ladder ladder();

    /**
     * Where the instrument as a whole comes from.
     *
     * @return the citation
     */
    public abstract Citation source();

    /**
     * The dimensions, in the order a board reads them.
     *
     * @return the dimensions, at least one
     */
    public abstract List<Dimension> dimensions();

    /**
     * A plain-English sentence for each rung, short enough for an Easy Read version, keyed by rung identifier;
     * rungs without one fall back to the ladder's meaning.
     *
     * @return the sentences by rung identifier, in identifier order so that JSON is written the same every time
     */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> plainSummaries();

    /**
     * A builder for an instrument.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder for {@link Instrument} values: set the fields, then {@code build()} checks every rule
     * and reports all the problems it finds at once.
     */
    public static final class Builder extends ImmutableInstrument.Builder {
        Builder() {
        }
    }

    /**
     * The dimension with an identifier.
     *
     * @param dimensionId  the identifier
     * @return the dimension
     * @throws NoSuchElementException if there is none, naming the dimensions there are
     */
    public Dimension dimension(String dimensionId) {
        return dimensions().stream().filter(d -> d.id().equals(dimensionId)).findFirst().orElseThrow(() ->
                new NoSuchElementException("Instrument " + id() + " has no dimension \"" + dimensionId
                    + "\"; its dimensions are " + dimensions().stream().map(Dimension::id).toList()));
    }

    /**
     * The question with an identifier, if the instrument has one.
     *
     * @param questionId  the identifier
     * @return the question, or empty
     */
    public Optional<Question> findQuestion(String questionId) {
        for (Dimension d : dimensions()) {
            for (Question q : d.questions()) {
                if (q.id().equals(questionId)) {
                    return Optional.of(q);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The question with an identifier.
     *
     * @param questionId  the identifier
     * @return the question
     * @throws NoSuchElementException if there is none
     */
    public Question question(String questionId) {
        return findQuestion(questionId).orElseThrow(() -> new NoSuchElementException(
                "Instrument " + id() + " has no question \"" + questionId + "\""));
    }

    /**
     * The dimension a question belongs to.
     *
     * @param questionId  the question's identifier
     * @return the dimension
     * @throws NoSuchElementException if there is no such question
     */
    public Dimension dimensionOf(String questionId) {
        for (Dimension d : dimensions()) {
            for (Question q : d.questions()) {
                if (q.id().equals(questionId)) {
                    return d;
                }
            }
        }
        throw new NoSuchElementException("Instrument " + id() + " has no question \"" + questionId + "\"");
    }

    /**
     * Every question, dimension by dimension.
     *
     * @return the questions in order
     */
    public List<Question> questions() {
        List<Question> all = new ArrayList<>();
        dimensions().forEach(d -> all.addAll(d.questions()));
        return List.copyOf(all);
    }

    /**
     * The plain-English sentence for a rung: the instrument's own, or else the ladder's meaning.
     *
     * @param rungId  a rung of the ladder
     * @return the sentence
     * @throws NoSuchElementException if the ladder has no such rung
     */
    public String plainSummary(String rungId) {
        String own = plainSummaries().get(rungId);
        return own != null ? own : ladder().rung(rungId).meaning();
    }

    @Value.Check
    void check() {
        Violations problems = Violations.of("Instrument")
                .notBlank(id(), "id")
                .notBlank(name(), "name")
                .check(!dimensions().isEmpty(), "dimensions", "must have at least one dimension")
                .unique(dimensions(), Dimension::id, "dimensions", "id");
        Map<String, String> firstQuestion = new HashMap<>();
        for (int d = 0; d < dimensions().size(); d++) {
            Dimension dimension = dimensions().get(d);
            String dPath = "dimensions[" + d + "]";
            problems.notBlank(dimension.id(), dPath + ".id").notBlank(dimension.name(), dPath + ".name");
            problems.check(!dimension.questions().isEmpty(), dPath + ".questions",
                    "must have at least one question (an empty dimension cannot be assessed)", dimension.id());
            for (int q = 0; q < dimension.questions().size(); q++) {
                Question question = dimension.questions().get(q);
                String qPath = dPath + ".questions[" + q + "]";
                problems.notBlank(question.id(), qPath + ".id").notBlank(question.text(), qPath + ".text");
                String earlier = firstQuestion.putIfAbsent(question.id(), qPath);
                problems.check(earlier == null, qPath + ".id",
                        "must be unique across the instrument (same as " + earlier + ")", question.id());
                problems.check(!question.options().isEmpty(), qPath + ".options", "must have at least one option");
                problems.unique(question.options(), AnswerOption::id, qPath + ".options", "id");
                for (int o = 0; o < question.options().size(); o++) {
                    AnswerOption option = question.options().get(o);
                    String oPath = qPath + ".options[" + o + "]";
                    problems.notBlank(option.id(), oPath + ".id").notBlank(option.text(), oPath + ".text");
                    problems.check(ladder().findRung(option.supports()).isPresent(), oPath + ".supports",
                            "must name a rung of ladder " + ladder().id() + " " + ladder().rungIds(), option.supports());
                }
            }
        }
        problems.check(kind() != InstrumentKind.PLACEMENT || dimensions().stream().anyMatch(Dimension::core),
                "dimensions", "must include at least one core dimension for a placement instrument");
        plainSummaries().forEach((rung, text) -> {
            problems.check(ladder().findRung(rung).isPresent(), "plainSummaries." + rung,
                    "must be keyed by a rung of ladder " + ladder().id() + " " + ladder().rungIds(), rung);
            problems.notBlank(text, "plainSummaries." + rung);
        });
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return name() + " (" + kind().id() + " on " + ladder().id() + "): "
                + dimensions().size() + " dimensions, " + questions().size() + " questions";
    }
}
