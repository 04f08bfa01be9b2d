package org.coproduction.assessment.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coproduction.assessment.evidence.Answer;
import org.coproduction.assessment.evidence.AnswerOrigin;
import org.coproduction.assessment.evidence.Responses;
import org.coproduction.assessment.instrument.AnswerOption;
import org.coproduction.assessment.instrument.Dimension;
import org.coproduction.assessment.instrument.Instrument;
import org.coproduction.assessment.instrument.InstrumentKind;
import org.coproduction.assessment.instrument.Question;
import org.coproduction.core.api.Stable;
import org.coproduction.core.ladder.Ladder;
import org.coproduction.core.ladder.RungDefinition;
import org.coproduction.core.validation.Violations;

/**
 * Assesses responses with one instrument: places a project on a rung with the reasons, or produces a
 * profile, and works out the gap to a target rung.
 *
 * <p><b>The placement rule.</b>
 * <ol>
 * <li>Each answer supports the rung its option names.</li>
 * <li>A dimension supports the lowest rung its answers support. A dimension with an unanswered question has
 * not enough evidence and supports no rung: the library never guesses.</li>
 * <li>The project sits on the highest rung that every core dimension supports, that is the lowest rung any
 * core dimension supports: the weakest link holds it back. Supporting dimensions do not set the rung.</li>
 * <li>If a core dimension has not enough evidence, there is no placement; the {@linkplain Assessment#ceiling()
 * ceiling} is the lowest rung the core dimensions with evidence support.</li>
 * <li>Progress towards the next rung is the share of all questions (core and supporting) whose answer supports
 * the next rung or higher, as a whole percentage rounded down; 100 at the top rung.</li>
 * </ol>
 *
 * <pre>{@code
 * Assessor tlap = Assessor.of(Instruments.tlapDefault());
 * Assessment a = tlap.assess(responses);
 * a.summary();     // "You are at engagement. People's views shape ideas, ..."
 * tlap.gap(a);     // what it would take to reach the next rung
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@Stable
public final class Assessor {

    private final Instrument instrument;
    private final ScoringTable table;

    private Assessor(Instrument instrument) {
        this.instrument = instrument;
        this.table = ScoringTable.of(instrument);
    }

    /**
     * An assessor for an instrument.
     *
     * @param instrument  the instrument
     * @return the assessor
     */
    public static Assessor of(Instrument instrument) {
        return new Assessor(instrument);
    }

    /**
     * The instrument used.
     *
     * @return the instrument
     */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * The placement rule compiled to arrays, for placing many projects quickly.
     *
     * @return the scoring table
     */
    public ScoringTable scoringTable() {
        return table;
    }

    /**
     * Places a project on the ladder from responses, with the explanation.
     *
     * @param responses  responses to this instrument
     * @return the assessment
     * @throws org.coproduction.core.validation.ValidationException if the responses are to another instrument,
     *     or name questions or options the instrument does not have, listing every such problem
     * @throws IllegalStateException if the instrument produces a profile, not a placement
     */
    public Assessment assess(Responses responses) {
        if (instrument.kind() != InstrumentKind.PLACEMENT) {
            throw new IllegalStateException("Instrument " + instrument.id() + " produces a profile; use profile()");
        }
        check(responses);
        Map<String, Answer> answers = byQuestion(responses);
        Ladder ladder = instrument.ladder();
        List<DimensionResult> results = dimensionResults(answers);
        Optional<RungDefinition> ceiling = results.stream().filter(DimensionResult::core)
                .flatMap(d -> d.supports().stream()).min(Comparator.comparingInt(RungDefinition::order));
        boolean complete = results.stream().filter(DimensionResult::core).allMatch(DimensionResult::hasEvidence);
        Optional<RungDefinition> rung = complete ? ceiling : Optional.empty();
        Optional<RungDefinition> next = rung.flatMap(ladder::above);
        Optional<Integer> progress = rung.map(r -> next.map(n -> progressTowards(answers, n)).orElse(100));
        List<String> holdingBack = results.stream().filter(DimensionResult::core)
                .filter(d -> rung.isPresent()
                        ? next.isPresent() && d.supports().orElseThrow().order() == rung.get().order()
                        : !d.hasEvidence())
                .map(DimensionResult::dimensionId).collect(Collectors.toList());
        int answered = answers.size();
        return Assessment.builder()
                .instrumentId(instrument.id())
                .ladderId(ladder.id())
                .subject(responses.subject())
                .perspective(responses.perspective())
                .date(responses.date())
                .rung(rung)
                .ceiling(ceiling)
                .nextRung(next)
                .progress(progress)
                .answered(answered)
                .questions(instrument.questions().size())
                .dimensions(results)
                .holdingBack(holdingBack)
                .summary(summary(rung, next, holdingBack))
                .build();
    }

    /**
     * Rates each dimension of a profile instrument, such as the NEF six principles.
     *
     * @param responses  responses to this instrument
     * @return the profile
     * @throws org.coproduction.core.validation.ValidationException if the responses do not fit the instrument,
     *     listing every problem
     */
    public Profile profile(Responses responses) {
        check(responses);
        return Profile.builder()
                .instrumentId(instrument.id())
                .ladderId(instrument.ladder().id())
                .subject(responses.subject())
                .perspective(responses.perspective())
                .date(responses.date())
                .dimensions(dimensionResults(byQuestion(responses)))
                .answered(responses.answers().size())
                .questions(instrument.questions().size())
                .build();
    }

    /**
     * What it would take to reach the next rung. At the top rung the target is the top (nothing to do); a
     * project not placed for lack of evidence aims at the rung above its ceiling, or the top rung when no core
     * dimension has evidence.
     *
     * @param assessment  an assessment made with this instrument
     * @return the gap
     * @throws IllegalArgumentException if the assessment was made with another instrument
     */
    public Gap gap(Assessment assessment) {
        Ladder ladder = instrument.ladder();
        RungDefinition target = assessment.nextRung()
                .or(assessment::rung)
                .or(() -> assessment.ceiling().map(c -> ladder.above(c).orElse(c)))
                .orElse(ladder.top());
        return gap(assessment, target.id());
    }

    /**
     * What it would take to reach a target rung: for each question below it, the least change that would
     * reach it, core questions furthest behind first (ties in the instrument's order).
     *
     * @param assessment  an assessment made with this instrument
     * @param targetRungId  the rung to reach, such as {@code co-design}
     * @return the gap; its steps are empty exactly when the target is reached
     * @throws IllegalArgumentException if the assessment was made with another instrument
     * @throws java.util.NoSuchElementException if the ladder has no such rung
     */
    public Gap gap(Assessment assessment, String targetRungId) {
        if (!assessment.instrumentId().equals(instrument.id())) {
            throw new IllegalArgumentException("The assessment was made with instrument " + assessment.instrumentId()
                    + ", not " + instrument.id());
        }
        RungDefinition target = instrument.ladder().rung(targetRungId);
        List<GapStep> core = new ArrayList<>();
        List<GapStep> supporting = new ArrayList<>();
        for (DimensionResult result : assessment.dimensions()) {
            Dimension dimension = instrument.dimension(result.dimensionId());
            for (Question question : dimension.questions()) {
                Optional<RungDefinition> now = result.answers().stream()
                        .filter(a -> a.questionId().equals(question.id())).findFirst().map(AnswerExplanation::supports);
                int nowOrder = now.map(RungDefinition::order).orElse(0);
                if (nowOrder >= target.order()) {
                    continue;
                }
                Optional<AnswerOption> least = question.options().stream()
                        .filter(o -> order(o) >= target.order())
                        .min(Comparator.comparingInt(this::order));
                String change = least.map(o -> (now.isEmpty() ? "Gather evidence for \"" + question.text()
                        + "\"; to reach " + target.name() + " the answer must be: " : "") + o.text())
                        .orElse("None of the answers to \"" + question.text() + "\" reaches " + target.name());
                GapStep step = GapStep.builder()
                        .dimensionId(dimension.id())
                        .dimensionName(dimension.name())
                        .core(dimension.core())
                        .questionId(question.id())
                        .now(now)
                        .rungsShort(target.order() - nowOrder)
                        .optionId(least.map(AnswerOption::id))
                        .change(change)
                        .build();
                (dimension.core() ? core : supporting).add(step);
            }
        }
        Comparator<GapStep> furthestFirst = Comparator.comparingInt(GapStep::rungsShort).reversed();
        core.sort(furthestFirst);
        supporting.sort(furthestFirst);
        return Gap.builder().subject(assessment.subject()).from(assessment.rung()).target(target)
                .steps(core).alsoWorthDoing(supporting).build();
    }

    private int order(AnswerOption option) {
        return instrument.ladder().rung(option.supports()).order();
    }

    private int progressTowards(Map<String, Answer> answers, RungDefinition next) {
        int total = 0;
        int there = 0;
        for (Dimension dimension : instrument.dimensions()) {
            for (Question question : dimension.questions()) {
                total++;
                Answer answer = answers.get(question.id());
                if (answer != null && order(question.option(answer.optionId()).orElseThrow()) >= next.order()) {
                    there++;
                }
            }
        }
        return there * 100 / total;
    }

    private static Map<String, Answer> byQuestion(Responses responses) {
        Map<String, Answer> answers = new HashMap<>();
        responses.answers().forEach(a -> answers.put(a.questionId(), a));
        return answers;
    }

    private List<DimensionResult> dimensionResults(Map<String, Answer> answered) {
        List<DimensionResult> results = new ArrayList<>();
        for (Dimension dimension : instrument.dimensions()) {
            List<AnswerExplanation> answers = new ArrayList<>();
            List<String> unanswered = new ArrayList<>();
            for (Question question : dimension.questions()) {
                Optional<Answer> answer = Optional.ofNullable(answered.get(question.id()));
                if (answer.isEmpty()) {
                    unanswered.add(question.id());
                    continue;
                }
                AnswerOption option = question.option(answer.get().optionId()).orElseThrow();
                answers.add(AnswerExplanation.builder()
                        .questionId(question.id())
                        .question(question.text())
                        .optionId(option.id())
                        .answer(option.text())
                        .supports(instrument.ladder().rung(option.supports()))
                        .origin(answer.get().origin())
                        .evidence(answer.get().evidence())
                        .justification(answer.get().justification())
                        .derivedOptionId(answer.get().derivedOptionId())
                        .source(question.sourceOf(option))
                        .build());
            }
            Optional<RungDefinition> supports = unanswered.isEmpty()
                    ? answers.stream().map(AnswerExplanation::supports).min(Comparator.comparingInt(RungDefinition::order))
                    : Optional.empty();
            results.add(DimensionResult.builder()
                    .dimensionId(dimension.id())
                    .name(dimension.name())
                    .core(dimension.core())
                    .supports(supports)
                    .answers(answers)
                    .unanswered(unanswered)
                    .build());
        }
        return results;
    }

    private String summary(Optional<RungDefinition> rung, Optional<RungDefinition> next, List<String> holdingBack) {
        String names = holdingBack.stream().map(id -> lowerFirst(instrument.dimension(id).name()))
                .collect(Collectors.joining(", "));
        if (rung.isEmpty()) {
            return "We cannot say where you are yet. We need answers about: " + names + ".";
        }
        String at = "You are at " + rung.get().name().toLowerCase(Locale.ROOT) + ". "
                + instrument.plainSummary(rung.get().id());
        return next.map(n -> at + " To reach " + n.name().toLowerCase(Locale.ROOT) + ", work on: " + names + ".")
                .orElse(at);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private void check(Responses responses) {
        Violations problems = Violations.of("Responses");
        problems.check(responses.instrumentId().equals(instrument.id()), "instrumentId",
                "must be " + instrument.id() + ", the instrument assessing it", responses.instrumentId());
        for (int i = 0; i < responses.answers().size(); i++) {
            Answer answer = responses.answers().get(i);
            String path = "answers[" + i + "]";
            Optional<Question> question = instrument.findQuestion(answer.questionId());
            problems.check(question.isPresent(), path + ".questionId",
                    "must be a question of instrument " + instrument.id(), answer.questionId());
            if (question.isPresent()) {
                List<String> optionIds = question.get().options().stream().map(AnswerOption::id).collect(Collectors.toList());
                problems.check(optionIds.contains(answer.optionId()), path + ".optionId",
                        "must be one of " + optionIds, answer.optionId());
                if (answer.origin() == AnswerOrigin.OVERRIDDEN) {
                    String derived = answer.derivedOptionId().orElseThrow();
                    problems.check(optionIds.contains(derived), path + ".derivedOptionId",
                            "must be one of " + optionIds, derived);
                }
            }
        }
        problems.throwIfAny();
    }

    @Override
    public String toString() {
        return "Assessor for " + instrument;
    }
}
