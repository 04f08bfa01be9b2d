package org.coproduction.measures;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.coproduction.core.testing.DomainGenerators;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.sroi.DiscountSchedule;
import org.coproduction.measures.sroi.RateBand;
import org.coproduction.measures.sroi.SensitivityRow;
import org.coproduction.measures.sroi.SroiAnalysis;
import org.coproduction.measures.sroi.SroiInput;
import org.coproduction.measures.sroi.SroiOutcome;
import org.coproduction.measures.sroi.SroiResult;
import org.coproduction.measures.sroi.YearValue;
import org.coproduction.measures.survey.AscsAccumulator;
import org.coproduction.measures.survey.AscsResponse;
import org.coproduction.measures.survey.AscsResult;
import org.coproduction.measures.survey.InformationRule;
import org.coproduction.measures.survey.QualityOfLifeScore;
import org.coproduction.measures.survey.WeightedShare;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost from generated social-return analyses and survey responses, nor from the results, years and
 * sensitivity rows the real calculations ({@link SroiAnalysis#result()}, {@link SroiAnalysis#sensitivity()},
 * {@link AscsAccumulator}) work out from them: Unicode text, currencies with 0 to 3 decimals, rates from 0 to 1
 * with up to 30 decimals, weights from the smallest positive double upwards and no responses at all survive JSON
 * unchanged.
 */
class SroiAndSurveyRoundTripTest {

    private static final List<String> CURRENCIES = List.of("GBP", "EUR", "JPY", "BHD");

    /**
     * An amount of up to 18 digits with 0 to 6 decimals: products of two such amounts stay within the 50 digits
     * {@code CoproductionJson} reads back.
     */
    private static BigDecimal amount(SplittableRandom r) {
        return new BigDecimal(BigInteger.valueOf(r.nextLong(r.nextBoolean() ? 1000 : 1_000_000_000_000_000_000L)),
                r.nextInt(7));
    }

    /** A discount schedule of 1 to 4 bands from year 1, rates up to the given maximum. */
    private static DiscountSchedule discountSchedule(SplittableRandom r, BigDecimal maxRate) {
        int bands = 1 + r.nextInt(4);
        List<RateBand> list = new ArrayList<>();
        int from = 1;
        for (int i = 0; i < bands; i++) {
            BigDecimal rate = PolicyGenerators.share(r).multiply(maxRate);
            if (i == bands - 1) {
                list.add(new RateBand(from, Optional.empty(), rate));
            } else {
                int to = from + (r.nextInt(10) == 0 ? Integer.MAX_VALUE / 8 : r.nextInt(40));
                list.add(new RateBand(from, Optional.of(to), rate));
                from = to + 1;
            }
        }
        return new DiscountSchedule(PolicyGenerators.text(r), PolicyGenerators.day(r), list,
                PolicyGenerators.citation(r));
    }

    static DiscountSchedule discountSchedule(SplittableRandom r) {
        return discountSchedule(r, BigDecimal.ONE);
    }

    static SroiAnalysis analysis(SplittableRandom r) {
        Currency currency = Currency.getInstance(CURRENCIES.get(r.nextInt(CURRENCIES.size())));
        List<SroiInput> inputs = new ArrayList<>();
        int inputCount = 1 + r.nextInt(3);
        for (int i = 0; i < inputCount; i++) {
            inputs.add(new SroiInput(PolicyGenerators.text(r), i == 0 ? amount(r).add(BigDecimal.ONE) : amount(r)));
        }
        List<SroiOutcome> outcomes = new ArrayList<>();
        int outcomeCount = 1 + r.nextInt(3);
        for (int i = 0; i < outcomeCount; i++) {
            int years = r.nextInt(10) == 0 ? 1 + r.nextInt(60) : 1 + r.nextInt(5);
            // Short shares keep the drop-off powers, which the analysis keeps unrounded, small.
            outcomes.add(new SroiOutcome(PolicyGenerators.text(r) + " " + i, PolicyGenerators.text(r), amount(r),
                    amount(r), r.nextBoolean() ? Optional.of(PolicyGenerators.text(r)) : Optional.empty(),
                    shortShare(r), shortShare(r), shortShare(r), shortShare(r), years));
        }
        RoundingMode rounding;
        do {
            rounding = DomainGenerators.pick(r, RoundingMode.class);
        } while (rounding == RoundingMode.UNNECESSARY);
        // The sensitivity analysis raises every rate by 0.01, so rates stay at most 0.5 here.
        return new SroiAnalysis(PolicyGenerators.text(r), currency, inputs, outcomes,
                discountSchedule(r, new BigDecimal("0.5")), rounding);
    }

    private static BigDecimal shortShare(SplittableRandom r) {
        return PolicyGenerators.share(r).setScale(r.nextInt(5), RoundingMode.DOWN);
    }

    static SroiResult result(SplittableRandom r) {
        return analysis(r).result();
    }

    static SensitivityRow sensitivityRow(SplittableRandom r) {
        List<SensitivityRow> rows = analysis(r).sensitivity();
        return rows.get(r.nextInt(rows.size()));
    }

    /** A positive finite weight from the smallest positive double to the largest. */
    private static double weight(SplittableRandom r) {
        switch (r.nextInt(5)) {
            case 0:
                return Double.MIN_VALUE;
            case 1:
                return 1e-300 * (1 + r.nextDouble());
            case 2:
                return Math.scalb(1 + r.nextDouble(), 100 + r.nextInt(924));
            default:
                return Double.MIN_NORMAL + r.nextDouble() * 1000;
        }
    }

    static AscsResponse response(SplittableRandom r) {
        return new AscsResponse(PolicyGenerators.text(r), weight(r), r.nextInt(8), r.nextInt(5), r.nextInt(5),
                r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(5), r.nextInt(6));
    }

    /** The survey result the accumulator works out from 0 to 30 generated responses. */
    static AscsResult ascsResult(SplittableRandom r) {
        AscsAccumulator accumulator = new AscsAccumulator(DomainGenerators.pick(r, InformationRule.class));
        int n = r.nextInt(4) == 0 ? 0 : r.nextInt(31);
        for (int i = 0; i < n; i++) {
            accumulator.add(response(r));
        }
        return accumulator.result();
    }

    /** A quality of life score with counts up to the largest a score sum of 24 a respondent allows. */
    static QualityOfLifeScore qualityOfLifeScore(SplittableRandom r) {
        long respondents = r.nextBoolean() ? Long.MAX_VALUE / QualityOfLifeScore.MAXIMUM : r.nextInt(1000);
        long scoreSum = respondents == 0 ? 0 : r.nextLong(QualityOfLifeScore.MAXIMUM * respondents + 1);
        return new QualityOfLifeScore(respondents, r.nextBoolean() ? Long.MAX_VALUE : r.nextInt(10), scoreSum,
                weight(r), weight(r));
    }

    static WeightedShare weightedShare(SplittableRandom r) {
        double denominator = weight(r);
        return new WeightedShare(SmallRecordsRoundTripTest.share(r), denominator * r.nextDouble(), denominator,
                r.nextBoolean() ? Long.MAX_VALUE : r.nextInt(10));
    }

    @Test
    void sroiInputsAndDiscountSchedules() {
        Property.forAll(200, SroiAndSurveyRoundTripTest::discountSchedule,
                s -> assertRoundTrip(s, DiscountSchedule.class));
        Property.forAll(100, SroiAndSurveyRoundTripTest::analysis, a -> assertRoundTrip(a, SroiAnalysis.class));
    }

    @Test
    void sroiResultsAndSensitivityRows() {
        Property.forAll(100, SroiAndSurveyRoundTripTest::result, s -> {
            assertFalse(s.years().isEmpty(), "an analysis has at least one outcome year");
            assertRoundTrip(s, SroiResult.class);
            s.years().forEach(y -> assertRoundTrip(y, YearValue.class));
        });
        Property.forAll(50, r -> analysis(r).sensitivity(),
                rows -> rows.forEach(row -> assertRoundTrip(row, SensitivityRow.class)));
    }

    @Test
    void surveyResponsesAndResults() {
        Property.forAll(200, SroiAndSurveyRoundTripTest::response, x -> assertRoundTrip(x, AscsResponse.class));
        Property.forAll(200, SroiAndSurveyRoundTripTest::ascsResult, x -> assertRoundTrip(x, AscsResult.class));
        Property.forAll(200, SroiAndSurveyRoundTripTest::qualityOfLifeScore,
                x -> assertRoundTrip(x, QualityOfLifeScore.class));
        Property.forAll(200, SroiAndSurveyRoundTripTest::weightedShare, x -> assertRoundTrip(x, WeightedShare.class));
    }
}
