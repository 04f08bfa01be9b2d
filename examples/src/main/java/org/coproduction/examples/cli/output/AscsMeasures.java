package org.coproduction.examples.cli.output;

import java.util.List;
import org.coproduction.core.api.Experimental;
import org.coproduction.measures.survey.InformationRule;

/**
 * What {@code coproduction measure ascs} writes as JSON: the Adult Social Care Outcomes Framework measures of a
 * file of Adult Social Care Survey responses, each with its interval and explained in words.
 *
 * @param responses  the responses read
 * @param weighted  whether the survey weights differ between respondents, so that the values are weighted
 * @param informationRule  how the finding-information measure treats "I've never tried to find information"
 * @param confidenceLevel  the confidence level of the intervals, such as 0.95
 * @param measures  the measures: quality of life (1A), control over daily life (1B), finding information easy,
 *     overall satisfaction
 */
@Experimental
public record AscsMeasures(long responses, boolean weighted, InformationRule informationRule, double confidenceLevel,
        List<AscsMeasure> measures) {
}
