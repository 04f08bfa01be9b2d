package org.coproduction.examples.cli.output;

import java.math.BigDecimal;
import java.util.List;
import org.coproduction.core.api.Experimental;

/**
 * One outcome of a social return on investment analysis with the steps from its quantity to its value in each
 * year, as {@code coproduction measure sroi} explains it.
 *
 * @param id  the outcome's identifier
 * @param description  the outcome and who experiences it
 * @param quantity  how many people (or other units) experience the outcome
 * @param financialProxy  the value of one unit of the outcome for one year
 * @param deadweight  the share that would have happened anyway, from 0 to 1
 * @param displacement  the share that displaces outcomes elsewhere, from 0 to 1
 * @param attribution  the share caused by other organisations or people, from 0 to 1
 * @param dropOff  the share lost each year after the first, from 0 to 1
 * @param durationYears  how many years the outcome lasts
 * @param firstYearImpact  quantity × financial proxy × (1 − deadweight) × (1 − displacement) × (1 − attribution),
 *     rounded to the currency's minor unit
 * @param valueByYear  the impact in each year from the first, each year keeping (1 − drop-off) of the year before,
 *     before discounting, rounded to the currency's minor unit
 * @param explanation  the steps in words
 */
@Experimental
public record OutcomeImpact(String id, String description, BigDecimal quantity, BigDecimal financialProxy,
        BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution, BigDecimal dropOff, int durationYears,
        BigDecimal firstYearImpact, List<BigDecimal> valueByYear, String explanation) {
}
