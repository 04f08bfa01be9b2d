package org.coproduction.core;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;

import org.coproduction.core.disclosure.SmallNumberRule;
import org.coproduction.core.json.JsonLimits;
import org.coproduction.core.ladder.Crosswalk;
import org.coproduction.core.proportionality.ProportionalityRules;
import org.coproduction.core.recompense.RecompensePolicy;
import org.coproduction.core.recompense.StatementOptions;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.recompense.benefit.BenefitCheck;
import org.coproduction.core.recompense.benefit.BenefitLimits;
import org.coproduction.core.recompense.benefit.BenefitWarning;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost from policy values: generated recompense policies (every rate basis, duration bands,
 * rounding, preparation time, caps, expense rules with rates per mile, schedules from 0001-01-01 to
 * 9999-12-31), benefit limits, checks and warnings, crosswalks, proportionality rules, statement options with
 * approvals, validation messages, small-number rules and limits for reading JSON are equal after being written to JSON and read back, and write the same
 * JSON again. Policies (the roles, involvement levels and activity types of rate rules) and statement options
 * (approvals, exchange rates) hold sets and maps, whose members may be written in another order after each
 * round trip: for them the values are compared, twice, and not the text.
 */
class PolicyRoundTripTest {

    @Test
    void recompensePolicies() {
        Property.forAll(300, PolicyGenerators::policy, p -> assertRoundTrip(p, RecompensePolicy.class));
    }

    @Test
    void statementOptionsWithApprovals() {
        Property.forAll(200, PolicyGenerators::statementOptions, o -> assertRoundTrip(o, StatementOptions.class));
    }

    @Test
    void benefitLimitsChecksAndWarnings() {
        Property.forAll(200, PolicyGenerators::taxYear, y -> assertRoundTrip(y, TaxYear.class));
        Property.forAll(200, PolicyGenerators::benefitLimits, l -> assertRoundTrip(l, BenefitLimits.class));
        Property.forAll(200, PolicyGenerators::benefitCheck, c -> assertRoundTrip(c, BenefitCheck.class));
        Property.forAll(200, PolicyGenerators::benefitWarning, w -> assertRoundTrip(w, BenefitWarning.class));
    }

    @Test
    void crosswalksAndProportionalityRules() {
        Property.forAll(200, PolicyGenerators::crosswalk, c -> assertRoundTrip(c, Crosswalk.class));
        Property.forAll(200, PolicyGenerators::proportionalityRules,
                p -> assertRoundTrip(p, ProportionalityRules.class));
    }

    @Test
    void violations() {
        Property.forAll(200, PolicyGenerators::violation, v -> assertRoundTrip(v, Violation.class));
    }

    @Test
    void smallNumberRulesAndJsonLimits() {
        Property.forAll(100, PolicyGenerators::smallNumberRule, rule -> assertRoundTrip(rule, SmallNumberRule.class));
        Property.forAll(100, PolicyGenerators::jsonLimits, limits -> assertRoundTrip(limits, JsonLimits.class));
    }
}
