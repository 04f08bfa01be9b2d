package org.coproduction.measures;

import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.coproduction.measures.agreement.CoincidenceMatrix;
import org.coproduction.measures.agreement.FleissTable;
import org.coproduction.measures.agreement.PairTable;
import org.coproduction.measures.agreement.Ratings;
import org.coproduction.measures.agreement.Scale;
import org.coproduction.measures.disclosure.CountTable;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@code equals} and {@code hashCode} of the measures' tables keep the contract (reflexive,
 * symmetric, transitive, consistent with {@code hashCode}, every significant field and array element used),
 * checked by EqualsVerifier, which builds instances that differ in one field at a time. Fields are never null:
 * the factories refuse null, so null fields are not part of the contract.
 */
class EqualsContractTest {

    private static final Scale RED = Scale.nominal("yes", "no");
    private static final Scale BLUE = Scale.ordinal("low", "middle", "high");

    @Test
    void pairTable() {
        verifierFor(PairTable.class).verify();
    }

    @Test
    void fleissTable() {
        verifierFor(FleissTable.class).verify();
    }

    @Test
    void coincidenceMatrix() {
        verifierFor(CoincidenceMatrix.class).verify();
    }

    @Test
    void ratings() {
        verifierFor(Ratings.class).verify();
    }

    @Test
    void countTable() {
        EqualsVerifier.forClass(CountTable.class).suppress(Warning.NULL_FIELDS).verify();
    }

    private static <T> nl.jqno.equalsverifier.api.SingleTypeEqualsVerifierApi<T> verifierFor(Class<T> type) {
        return EqualsVerifier.forClass(type).suppress(Warning.NULL_FIELDS).withPrefabValues(Scale.class, RED, BLUE);
    }
}
