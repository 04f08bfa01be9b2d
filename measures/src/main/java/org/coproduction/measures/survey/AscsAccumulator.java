package org.coproduction.measures.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collector;
import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.Accumulators;
import org.coproduction.measures.indicator.Share;

/**
 * Accumulates Adult Social Care Survey responses into the ASCOF measures ({@link AscsResult}) in constant
 * memory: a fixed set of counts and weighted sums, whatever the number of responses. (Ten million
 * responses on one thread allocate the same few kilobytes as one million; see the benchmarks module.)
 *
 * <pre>{@code
 * AscsResult result = responses.parallelStream().collect(AscsAccumulator.collector());
 * result.controlOverDailyLife().percent();   // ASCOF 1B, weighted
 * }</pre>
 *
 * <p>Counts are exact, so merging in any order gives identical counts; weighted sums are added in floating
 * point (see {@link WeightedShare}). Not thread-safe: give each thread its own and merge.
 *
 * <p>The accumulator travels between machines as its {@link #state()}, which is its result: in JSON
 * ({@code CoproductionJson.write(accumulator)}, read back with
 * {@code CoproductionJson.read(json, AscsAccumulator.class)}) or by Java serialisation; the copy read back
 * goes on adding and merging exactly as the original would.
 */
@Stable
public final class AscsAccumulator implements Accumulator<AscsResponse, AscsResult, AscsAccumulator>, Serializable {

    private static final long serialVersionUID = 1L;

    private final InformationRule rule;
    private final boolean includeNeverTried;

    // Counts are exact; weighted sums are floating point. Plain fields, not arrays, so that the hot path has
    // no bounds checks.
    private long responses;
    private long qolRespondents;
    private long qolIncomplete;
    private long qolScoreSum;
    private long controlYes;
    private long controlAnswered;
    private long infoYes;
    private long infoCounted;
    private long infoAnswered;
    private long infoNeverTried;
    private long satisfiedYes;
    private long satisfactionAnswered;
    private double wQol;
    private double wQolScore;
    private double wControlYes;
    private double wControlAnswered;
    private double wInfoYes;
    private double wInfoCounted;
    private double wSatisfiedYes;
    private double wSatisfactionAnswered;

    /** An empty accumulator that leaves "never tried" out of the information measure. */
    public AscsAccumulator() {
        this(InformationRule.EXCLUDE_NEVER_TRIED);
    }

    /**
     * An empty accumulator with a rule for "never tried".
     *
     * @param rule  how to treat "never tried" in the information measure, not null
     */
    public AscsAccumulator(InformationRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.includeNeverTried = rule == InformationRule.INCLUDE_NEVER_TRIED;
    }

    /**
     * A stream collector giving each thread its own accumulator (with the default information rule) and
     * merging them.
     *
     * @return the collector, not null
     */
    public static Collector<AscsResponse, AscsAccumulator, AscsResult> collector() {
        return Accumulators.<AscsResponse, AscsResult, AscsAccumulator>collector(AscsAccumulator::new);
    }

    @Override
    public void add(AscsResponse r) {
        // Each step is a small method so that the JIT inlines all of them into the caller's loop, and can drop
        // the short-lived response objects. The steps are written without data-dependent branches (answers
        // vary at random from row to row, so branches would be mispredicted); each indicator is 0 or 1.
        double w = r.weight();
        responses++;
        addQualityOfLife(w, r.q3a(), r.q4a(), r.q5a(), r.q6a(), r.q7a(), r.q8a(), r.q9a(), r.q11());
        addControl(w, r.q3a());
        addInformation(w, r.q12());
        addSatisfaction(w, r.q1());
    }

    /** 1A: 32 − Σ codes = Σ (4 − code); a blank (0) anywhere excludes the respondent. */
    private void addQualityOfLife(double w, int q3a, int q4a, int q5a, int q6a, int q7a, int q8a, int q9a, int q11) {
        int complete = q3a != 0 & q4a != 0 & q5a != 0 & q6a != 0 & q7a != 0 & q8a != 0 & q9a != 0 & q11 != 0 ? 1 : 0;
        int score = (32 - (q3a + q4a + q5a + q6a + q7a + q8a + q9a + q11)) * complete;
        qolRespondents += complete;
        qolIncomplete += 1 - complete;
        qolScoreSum += score;
        wQol += w * complete;
        wQolScore += w * score;
    }

    /** 1B: codes 1 and 2 of q3a are "control", 3 and 4 are not. */
    private void addControl(double w, int q3a) {
        int answered = q3a != 0 ? 1 : 0;
        int controlled = q3a != 0 & q3a <= 2 ? 1 : 0;
        controlAnswered += answered;
        controlYes += controlled;
        wControlAnswered += w * answered;
        wControlYes += w * controlled;
    }

    /** Information: codes 1 and 2 are "easy"; 5, "never tried", is counted only under the inclusive rule. */
    private void addInformation(double w, int q12) {
        int answered = q12 != 0 ? 1 : 0;
        int never = q12 == AscsResponse.NEVER_TRIED ? 1 : 0;
        int counted = answered & (includeNeverTried ? 1 : 1 - never);
        int easy = q12 != 0 & q12 <= 2 ? 1 : 0;
        infoAnswered += answered;
        infoNeverTried += never;
        infoCounted += counted;
        infoYes += easy;
        wInfoCounted += w * counted;
        wInfoYes += w * easy;
    }

    /** Satisfaction: codes 1 and 2 of q1 are "extremely" or "very" satisfied. */
    private void addSatisfaction(double w, int q1) {
        int rated = q1 != 0 ? 1 : 0;
        int satisfied = q1 != 0 & q1 <= 2 ? 1 : 0;
        satisfactionAnswered += rated;
        satisfiedYes += satisfied;
        wSatisfactionAnswered += w * rated;
        wSatisfiedYes += w * satisfied;
    }

    @Override
    public AscsAccumulator merge(AscsAccumulator other) {
        if (other.rule != rule) {
            throw new IllegalArgumentException("Cannot merge ASCS measures with information rule " + other.rule.id()
                    + " into measures with rule " + rule.id());
        }
        responses = Math.addExact(responses, other.responses);
        qolRespondents = Math.addExact(qolRespondents, other.qolRespondents);
        qolIncomplete = Math.addExact(qolIncomplete, other.qolIncomplete);
        qolScoreSum = Math.addExact(qolScoreSum, other.qolScoreSum);
        controlYes = Math.addExact(controlYes, other.controlYes);
        controlAnswered = Math.addExact(controlAnswered, other.controlAnswered);
        infoYes = Math.addExact(infoYes, other.infoYes);
        infoCounted = Math.addExact(infoCounted, other.infoCounted);
        infoAnswered = Math.addExact(infoAnswered, other.infoAnswered);
        infoNeverTried = Math.addExact(infoNeverTried, other.infoNeverTried);
        satisfiedYes = Math.addExact(satisfiedYes, other.satisfiedYes);
        satisfactionAnswered = Math.addExact(satisfactionAnswered, other.satisfactionAnswered);
        wQol += other.wQol;
        wQolScore += other.wQolScore;
        wControlYes += other.wControlYes;
        wControlAnswered += other.wControlAnswered;
        wInfoYes += other.wInfoYes;
        wInfoCounted += other.wInfoCounted;
        wSatisfiedYes += other.wSatisfiedYes;
        wSatisfactionAnswered += other.wSatisfactionAnswered;
        return this;
    }

    /**
     * The counts and weighted sums so far (the same as {@link #result()}: the result carries them all), as a value: what this accumulator is written as in JSON and by Java serialisation.
     *
     * @return the state, not null
     */
    @JsonValue
    public AscsResult state() {
        return result();
    }

    /**
     * An accumulator that goes on from a state written earlier, as if it had seen the same records.
     *
     * @param state  the state, not null
     * @return the accumulator, not null
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AscsAccumulator from(AscsResult state) {
        checkCountsFit(state);
        AscsAccumulator acc = new AscsAccumulator(state.rule());
        acc.responses = state.responses();
        QualityOfLifeScore qol = state.qualityOfLife();
        acc.qolRespondents = qol.respondents();
        acc.qolIncomplete = qol.incomplete();
        acc.qolScoreSum = qol.scoreSum();
        acc.wQol = qol.weightSum();
        acc.wQolScore = qol.weightedScoreSum();
        WeightedShare control = state.controlOverDailyLife();
        acc.controlYes = control.counts().numerator();
        acc.controlAnswered = control.counts().denominator();
        acc.wControlYes = control.weightedNumerator();
        acc.wControlAnswered = control.weightedDenominator();
        WeightedShare info = state.findingInformationEasy();
        acc.infoYes = info.counts().numerator();
        acc.infoCounted = info.counts().denominator();
        acc.infoAnswered = state.responses() - info.notAnswered();
        acc.infoNeverTried = state.neverTriedToFindInformation();
        acc.wInfoYes = info.weightedNumerator();
        acc.wInfoCounted = info.weightedDenominator();
        WeightedShare satisfaction = state.satisfaction();
        acc.satisfiedYes = satisfaction.counts().numerator();
        acc.satisfactionAnswered = satisfaction.counts().denominator();
        acc.wSatisfiedYes = satisfaction.weightedNumerator();
        acc.wSatisfactionAnswered = satisfaction.weightedDenominator();
        return acc;
    }

    /**
     * Checks that the parts of a result written elsewhere describe one set of responses: every respondent
     * either answered a question or left it blank, and "never tried" is counted as the rule says.
     */
    private static void checkCountsFit(AscsResult state) {
        long n = state.responses();
        QualityOfLifeScore qol = state.qualityOfLife();
        WeightedShare info = state.findingInformationEasy();
        long infoAnswered = n - info.notAnswered();
        long expectedCounted = state.rule() == InformationRule.INCLUDE_NEVER_TRIED ? infoAnswered
                : infoAnswered - state.neverTriedToFindInformation();
        Violations problems = Violations.of("AscsResult");
        problems.check(qol.respondents() + qol.incomplete() == n, "qualityOfLife",
                "must have respondents + incomplete = responses " + n, qol.respondents() + qol.incomplete());
        answeredOrBlank(problems, "controlOverDailyLife", state.controlOverDailyLife(), n);
        answeredOrBlank(problems, "satisfaction", state.satisfaction(), n);
        problems.check(info.notAnswered() <= n, "findingInformationEasy.notAnswered",
                "must not exceed responses " + n, info.notAnswered());
        problems.check(state.neverTriedToFindInformation() <= infoAnswered, "neverTriedToFindInformation",
                "must not exceed the respondents who answered q12 (" + infoAnswered + ")",
                state.neverTriedToFindInformation());
        problems.check(info.counts().denominator() == expectedCounted, "findingInformationEasy.counts.denominator",
                "must be " + expectedCounted + " under rule " + state.rule().id(), info.counts().denominator());
        problems.throwIfAny();
    }

    private static void answeredOrBlank(Violations problems, String field, WeightedShare share, long responses) {
        problems.check(share.counts().denominator() + share.notAnswered() == responses, field,
                "must have counts.denominator + notAnswered = responses " + responses,
                share.counts().denominator() + share.notAnswered());
    }

    /** Java serialisation writes the state, so that reading checks it as JSON reading does. */
    private Object writeReplace() {
        return new Serialised(state());
    }

    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("AscsAccumulator is read through its state");
    }

    /** The serialised form: the state, from which reading rebuilds the accumulator. */
    private record Serialised(AscsResult state) implements Serializable {
        private Object readResolve() {
            return from(state);
        }
    }

    @Override
    public AscsResult result() {
        return new AscsResult(responses,
                new QualityOfLifeScore(qolRespondents, qolIncomplete, qolScoreSum, wQol, wQolScore),
                new WeightedShare(Share.of(controlYes, controlAnswered), wControlYes, wControlAnswered,
                        responses - controlAnswered),
                new WeightedShare(Share.of(infoYes, infoCounted), wInfoYes, wInfoCounted, responses - infoAnswered),
                infoNeverTried,
                new WeightedShare(Share.of(satisfiedYes, satisfactionAnswered), wSatisfiedYes, wSatisfactionAnswered,
                        responses - satisfactionAnswered),
                rule);
    }
}
