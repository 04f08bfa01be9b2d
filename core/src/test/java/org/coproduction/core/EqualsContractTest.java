package org.coproduction.core;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.coproduction.core.money.Money;
import org.coproduction.core.project.Impact;
import org.coproduction.core.project.LivedExperienceShare;
import org.coproduction.core.proportionality.GroupSizeRecommendation;
import org.coproduction.core.proportionality.GroupSizeRule;
import org.coproduction.core.proportionality.InvolvementPurpose;
import org.coproduction.core.recompense.TaxYear;
import org.coproduction.core.time.PartialDate;
import org.coproduction.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code equals} and {@code hashCode} of core's value classes keep the contract
 * (reflexive, symmetric, transitive, consistent with {@code hashCode}, every significant field used), checked
 * by EqualsVerifier, which builds instances that differ in one field at a time. The Immutables-generated
 * classes are left out: their equality is generated, not written here.
 *
 * <p>Left out on purpose: {@code PaymentStatement} and {@code StatementLine} (being rewritten) and the
 * package-private {@code Explanation}, whose equality is that of a text written lazily from the facts of a
 * line, which is not a field EqualsVerifier can vary.
 */
class EqualsContractTest {

    @Test
    void money() {
        // Equal when the amounts compare equal (27.5 and 27.50): EqualsVerifier checks that hashCode agrees.
        EqualsVerifier.forClass(Money.class).suppress(Warning.NULL_FIELDS).verify();
    }

    @Test
    void taxYear() {
        EqualsVerifier.forClass(TaxYear.class).verify();
    }

    @Test
    void partialDate() {
        EqualsVerifier.forClass(PartialDate.class).suppress(Warning.NULL_FIELDS).verify();
    }

    @Test
    void violation() {
        // path and rule are never null; the offending value may be absent.
        EqualsVerifier.forClass(Violation.class).withNonnullFields("path", "rule").verify();
    }

    @Test
    void livedExperienceShare() {
        EqualsVerifier.forClass(LivedExperienceShare.class).verify();
    }

    @Test
    void groupSizeRecommendation() {
        EqualsVerifier.forClass(GroupSizeRecommendation.class).suppress(Warning.NULL_FIELDS)
                .withPrefabValues(GroupSizeRule.class,
                        GroupSizeRule.builder().impact(Impact.LOW).purpose(InvolvementPurpose.EVIDENCE).minPeople(10).build(),
                        GroupSizeRule.builder().impact(Impact.HIGH).purpose(InvolvementPurpose.DESIGN).minPeople(8).build())
                .verify();
    }
}
