package org.coproduction.measures;

import static org.coproduction.core.testing.JsonRoundTrip.assertRoundTrip;

import java.util.SplittableRandom;
import org.coproduction.core.testing.PolicyGenerators;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.agreement.RatingPair;
import org.coproduction.measures.disclosure.TableEntry;
import org.coproduction.measures.indicator.Share;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost from small generated records: pairs of ratings and count-table entries with Unicode labels,
 * and shares with counts up to the largest long, survive JSON unchanged.
 */
class SmallRecordsRoundTripTest {

    static RatingPair ratingPair(SplittableRandom r) {
        return new RatingPair(PolicyGenerators.text(r), PolicyGenerators.text(r));
    }

    static TableEntry tableEntry(SplittableRandom r) {
        return new TableEntry(PolicyGenerators.text(r), PolicyGenerators.text(r));
    }

    static Share share(SplittableRandom r) {
        long denominator = r.nextBoolean() ? Long.MAX_VALUE : 1 + r.nextInt(1000);
        return new Share(r.nextLong(denominator + (denominator == Long.MAX_VALUE ? 0 : 1)), denominator);
    }

    @Test
    void smallRecords() {
        Property.forAll(100, SmallRecordsRoundTripTest::ratingPair, p -> assertRoundTrip(p, RatingPair.class));
        Property.forAll(100, SmallRecordsRoundTripTest::tableEntry, e -> assertRoundTrip(e, TableEntry.class));
        Property.forAll(100, SmallRecordsRoundTripTest::share, s -> assertRoundTrip(s, Share.class));
    }
}
