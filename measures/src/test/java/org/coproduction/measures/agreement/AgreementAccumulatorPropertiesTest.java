package org.coproduction.measures.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.coproduction.core.testing.Property;
import org.coproduction.measures.Accumulator;
import org.coproduction.measures.Accumulators;
import org.junit.jupiter.api.Test;

/** Merging the agreement accumulators in any order and grouping gives the same table as one pass. */
class AgreementAccumulatorPropertiesTest {

    private static final Scale SCALE = Scale.rungs();

    static List<RatedUnit> randomUnits(SplittableRandom random, int raters, boolean allowMissing) {
        List<RatedUnit> units = new ArrayList<>();
        int count = random.nextInt(40);
        for (int u = 0; u < count; u++) {
            List<String> row = new ArrayList<>();
            int centre = random.nextInt(SCALE.size());
            for (int r = 0; r < raters; r++) {
                if (allowMissing && random.nextInt(4) == 0) {
                    row.add(null);
                } else {
                    int code = Math.max(0, Math.min(SCALE.size() - 1, centre + random.nextInt(3) - 1));
                    row.add(SCALE.categories().get(code));
                }
            }
            units.add(new RatedUnit("u" + u, row));
        }
        return units;
    }

    static <T, R, A extends Accumulator<T, R, A>> void assertMergeEqualsOnePass(List<T> records, Supplier<A> fresh,
            long seed) {
        A onePass = fresh.get();
        records.forEach(onePass::add);
        Random shuffle = new Random(seed);
        List<T> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, shuffle);
        List<A> parts = new ArrayList<>();
        int i = 0;
        while (i < shuffled.size()) {
            int size = 1 + shuffle.nextInt(5);
            A part = fresh.get();
            shuffled.subList(i, Math.min(i + size, shuffled.size())).forEach(part::add);
            parts.add(part);
            i += size;
        }
        parts.add(fresh.get());
        Collections.shuffle(parts, shuffle);
        // Merge as a tree in a random pairing, not only left to right, to exercise associativity.
        while (parts.size() > 1) {
            int a = shuffle.nextInt(parts.size());
            A left = parts.remove(a);
            int b = shuffle.nextInt(parts.size());
            A right = parts.remove(b);
            parts.add(left.merge(right));
        }
        assertEquals(onePass.result(), parts.get(0).result());
        assertEquals(onePass.result(), records.parallelStream().collect(Accumulators.collector(fresh)));
    }

    @Test
    void coincidences_merge_in_any_order() {
        Property.forAll(150, random -> randomUnits(random, 2 + random.nextInt(4), true),
                units -> assertMergeEqualsOnePass(units, () -> new CoincidenceAccumulator(SCALE), units.size()));
    }

    @Test
    void fleiss_sums_merge_in_any_order() {
        Property.forAll(150, random -> randomUnits(random, 3, false),
                units -> assertMergeEqualsOnePass(units, () -> new FleissAccumulator(SCALE, 3), units.size()));
    }

    @Test
    void pair_tables_merge_in_any_order() {
        Property.forAll(150, random -> {
            List<RatingPair> pairs = new ArrayList<>();
            for (RatedUnit unit : randomUnits(random, 2, true)) {
                pairs.add(RatingPair.of(unit.ratings().get(0), unit.ratings().get(1)));
            }
            return pairs;
        }, pairs -> assertMergeEqualsOnePass(pairs, () -> new PairTableAccumulator(SCALE), pairs.size()));
    }
}
