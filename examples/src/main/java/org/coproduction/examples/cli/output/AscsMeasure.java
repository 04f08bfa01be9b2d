package org.coproduction.examples.cli.output;

import java.util.Optional;
import org.coproduction.core.api.Experimental;
import org.coproduction.measures.interval.ConfidenceInterval;

/**
 * One Adult Social Care Survey measure as {@code coproduction measure ascs} writes it: the figure, who it counts,
 * its confidence interval when the library has a method for it, and the measure explained in words.
 *
 * @param code  the ASCOF code with its framework edition, such as "ASCOF 1B"
 * @param id  the measure's identifier, as the library's indicator definitions name it, such as control-over-daily-life
 * @param name  the measure's name in words
 * @param definition  how the measure is worked out, in words, as the library's indicator definition gives it
 * @param unit  the unit of the value: "%" for a share, "score out of 24" for quality of life
 * @param value  the value in its unit (weighted where the survey weights differ); empty when nobody counts
 * @param counted  the respondents the measure counts (its denominator)
 * @param leftOut  the respondents it leaves out (a blank answer, or "never tried" where the rule excludes it)
 * @param interval  the confidence interval, as a share from 0 to 1 for a percentage measure or a score for quality
 *     of life; empty when the library has no method for it (a weighted mean score) or nobody counts
 * @param explanation  the measure, its answer codes and the interval, in words
 */
@Experimental
public record AscsMeasure(String code, String id, String name, String definition, String unit, Optional<Double> value,
        long counted, long leftOut, Optional<ConfidenceInterval> interval, String explanation) {
}
