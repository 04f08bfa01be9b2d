package org.coproduction.measures.survey;

import java.util.List;
import java.util.Optional;
import org.coproduction.core.api.Stable;
import org.coproduction.core.source.Citation;
import org.coproduction.core.source.SourceStatus;
import org.coproduction.measures.indicator.Direction;
import org.coproduction.measures.indicator.IndicatorDefinition;
import org.coproduction.measures.indicator.IndicatorKind;

/**
 * The indicator definitions of the Adult Social Care Survey measures this package computes, as data a
 * council can use with {@link org.coproduction.measures.indicator.IndicatorTrack}. Metric codes are given
 * with their framework edition; the mapping of old to new ASCOF codes is unverified apart from 3D = old 1C,
 * so the codes here are the pre-2023 ones that the sources name.
 */
@Stable
public final class AscsIndicators {

    private static final String LG_INFORM_1091 = "http://id.esd.org.uk/metricType/1091";
    private static final String LG_INFORM_1092 = "http://id.esd.org.uk/metricType/1092";
    private static final String EALING = "http://ealingperformance.inphase.com/Detail/895_6132";

    private AscsIndicators() {
    }

    /**
     * ASCOF 1A, social care-related quality of life: the mean of the eight-item ASCOT score, 0 to 24.
     *
     * @return the definition, not null
     */
    public static IndicatorDefinition qualityOfLife() {
        return new IndicatorDefinition("social-care-related-quality-of-life", "Social care-related quality of life",
                IndicatorKind.SCORE, Direction.HIGHER_IS_BETTER, "score out of 24",
                "Mean over respondents who answered all eight ASCOT items of the sum of item scores (first option 3, "
                        + "second 2, third 1, last 0)",
                Optional.of("ASCOF 1A"),
                Citation.builder().reference("LG Inform Plus, metric type 1091: social care-related quality of life")
                        .url(LG_INFORM_1091).status(SourceStatus.VERIFIED)
                        .note("Help text states the division backwards (a typo); NHS England's pipeline computes "
                                + "32 − sum of codes").build());
    }

    /**
     * ASCOF 1B, the share of people who use services who have control over their daily life.
     *
     * @return the definition, not null
     */
    public static IndicatorDefinition controlOverDailyLife() {
        return new IndicatorDefinition("control-over-daily-life",
                "People who use services who have control over their daily life", IndicatorKind.PROPORTION,
                Direction.HIGHER_IS_BETTER, "%",
                "Q3a 'as much control as I want' or 'adequate control' ÷ all who answered Q3a × 100, weighted",
                Optional.of("ASCOF 1B"),
                Citation.builder().reference("LG Inform Plus, metric type 1092: control over daily life")
                        .url(LG_INFORM_1092).status(SourceStatus.VERIFIED).build());
    }

    /**
     * The share of people who use services who find it easy to find information about support (old ASCOF
     * 3D(1)). North Tyneside reports this share improving from 59.9% to 72% in the latest survey, among the impact of its
     * Inspire forum, which co-produced its information and advice (<i>Stronger Together</i>, 2024).
     *
     * @return the definition, not null
     */
    public static IndicatorDefinition findingInformationEasy() {
        return new IndicatorDefinition("finding-information-easy",
                "People who use services who find it easy to find information about support",
                IndicatorKind.PROPORTION, Direction.HIGHER_IS_BETTER, "%",
                "Q12 'very easy' or 'fairly easy' ÷ all who answered Q12, excluding 'never tried' [U] × 100, weighted",
                Optional.of("ASCOF 3D(1), to 2022-23"),
                Citation.builder().reference("London Borough of Ealing, performance pages: ASCOF definitions")
                        .url(EALING).status(SourceStatus.SECONDARY)
                        .note("The exclusion of 'never tried' is believed but unverified").build());
    }

    /**
     * The share of people who use services who are extremely or very satisfied with their care and support
     * (old ASCOF 3A; believed dropped from the refreshed framework [U]).
     *
     * @return the definition, not null
     */
    public static IndicatorDefinition satisfaction() {
        return new IndicatorDefinition("overall-satisfaction",
                "People who use services who are satisfied with their care and support", IndicatorKind.PROPORTION,
                Direction.HIGHER_IS_BETTER, "%",
                "Q1 'extremely satisfied' or 'very satisfied' ÷ all who answered Q1 × 100, weighted",
                Optional.of("ASCOF 3A, to 2022-23"),
                Citation.builder().reference("London Borough of Ealing, performance pages; NHS Choices scorecard, "
                        + "satisfaction with care and support").url(EALING).status(SourceStatus.SECONDARY).build());
    }

    /**
     * All four definitions.
     *
     * @return the definitions, not null
     */
    public static List<IndicatorDefinition> all() {
        return List.of(qualityOfLife(), controlOverDailyLife(), findingInformationEasy(), satisfaction());
    }
}
