package org.coproduction.measures.survey;

import org.coproduction.core.api.Stable;
import org.coproduction.core.validation.Violations;

/**
 * The Adult Social Care Survey measures over a set of responses.
 *
 * @param responses  the responses accumulated
 * @param qualityOfLife  ASCOF 1A, social care-related quality of life, not null
 * @param controlOverDailyLife  ASCOF 1B: q3a answered "as much control as I want" or "adequate control", of
 *     all who answered q3a [V: LG Inform 1092; NHS pipeline recode {1:1, 2:1, 3:2, 4:2}], not null
 * @param findingInformationEasy  q12 answered "very easy" or "fairly easy", of all who answered, less those
 *     who never tried when the rule excludes them (old ASCOF 3D(1)) [V for the numerator, Ealing; U for the
 *     exclusion], not null
 * @param neverTriedToFindInformation  respondents who answered q12 "never tried"
 * @param satisfaction  q1 answered "extremely" or "very" satisfied, of all who answered (old ASCOF 3A) [V:
 *     Ealing; NHS scorecard], not null
 * @param rule  how the information measure treated "never tried", not null
 */
@Stable
public record AscsResult(long responses, QualityOfLifeScore qualityOfLife, WeightedShare controlOverDailyLife,
        WeightedShare findingInformationEasy, long neverTriedToFindInformation, WeightedShare satisfaction,
        InformationRule rule)
        implements java.io.Serializable {

    /**
     * Checks the parts are present.
     *
     * @throws org.coproduction.core.validation.ValidationException naming a missing part or a negative count
     */
    public AscsResult {
        Violations.of("AscsResult")
                .check(responses >= 0, "responses", "must not be negative", responses)
                .check(qualityOfLife != null, "qualityOfLife", "is required")
                .check(controlOverDailyLife != null, "controlOverDailyLife", "is required")
                .check(findingInformationEasy != null, "findingInformationEasy", "is required")
                .check(neverTriedToFindInformation >= 0, "neverTriedToFindInformation", "must not be negative",
                        neverTriedToFindInformation)
                .check(satisfaction != null, "satisfaction", "is required")
                .check(rule != null, "rule", "is required")
                .throwIfAny();
    }

    @Override
    public String toString() {
        return responses + " responses; 1A " + qualityOfLife + "; 1B " + controlOverDailyLife + "; information "
                + findingInformationEasy + "; satisfaction " + satisfaction;
    }
}
