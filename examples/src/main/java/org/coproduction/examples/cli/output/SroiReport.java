package org.coproduction.examples.cli.output;

import java.util.List;
import org.coproduction.core.api.Experimental;
import org.coproduction.measures.sroi.SroiResult;

/**
 * What {@code coproduction measure sroi} writes as JSON: the social return on investment of an analysis, with each
 * outcome's steps and the discounting year by year.
 *
 * @param analysisId  the analysis's identifier
 * @param outcomes  each outcome with the steps from its quantity to its value in each year
 * @param result  the ratio, present value, net present value and payback, with the value and discount of each year
 * @param explanation  the calculation in words, from the outcomes to the ratio
 */
@Experimental
public record SroiReport(String analysisId, List<OutcomeImpact> outcomes, SroiResult result, String explanation) {
}
